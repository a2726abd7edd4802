import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  parseNameStatus,
  parseRawAndPatch
} from "./chunk-C5BAC656.js";
import {
  settingsTextReader,
  withSettingsText
} from "./chunk-QQBOK7KR.js";
import {
  decodeText
} from "./chunk-FRPMA3TM.js";
import {
  addTime,
  clock,
  profiling
} from "./chunk-WSULOSY3.js";
import {
  firstLine,
  gitArgs,
  gitEnv,
  stopChild
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/git/commit-stream.ts
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
var FIELD_COUNT = 7;
var CONTENT_DIFF_ARGS = [
  "--raw",
  "--no-abbrev",
  "-p",
  "-U0",
  "--text",
  "--no-ext-diff",
  "--no-textconv",
  "--no-color",
  "--src-prefix=a/",
  "--dst-prefix=b/"
];
var MERGE_DIFF_ARGS = { remerge: ["--diff-merges=remerge"], combined: ["--diff-merges=dense-combined"] };
function startCommitLog(cwd, options) {
  const marker = Buffer.from(`${randomBytes(9).toString("hex")}\0`, "latin1");
  const start = marker.toString("latin1").replace("", "%x1e").replace("\0", "%x00");
  const format = `--format=${start}%H%x00%an <%ae>%x00%cn <%ce>%x00%cI%x00%aI%x00%e%x00%B`;
  const diffArgs = [...options.content ? CONTENT_DIFF_ARGS : ["--name-status"], ...MERGE_DIFF_ARGS[options.merges ?? "remerge"]];
  const errors = [];
  let revisionArgs;
  try {
    revisionArgs = splitRevisions(options.revisions);
  } catch (failure) {
    return { marker, errors, exited: Promise.resolve(2), failure };
  }
  const { options: flags, revs } = revisionArgs;
  const args = ["log", "-z", format, "--no-renames", ...diffArgs, ...flags, "--end-of-options", ...revs, "--"];
  const child = spawn("git", gitArgs(args), { cwd, env: { ...gitEnv(), GIT_FLUSH: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  child.stderr.on("data", (chunk) => errors.push(chunk));
  const exited = new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new UsageError(`cannot run git: ${error.message}`)));
    child.on("close", (code) => resolve(code ?? 1));
  });
  exited.catch(() => void 0);
  child.stdout.on("readable", () => void 0);
  const chunks = child.stdout[Symbol.asyncIterator]();
  return { child, chunks, marker, errors, exited };
}
function stopCommitLog(started) {
  if (started.child) stopChild(started.child);
}
async function* streamCommitBatches(cwd, options) {
  const started = options.started ?? startCommitLog(cwd, options);
  if (started.failure !== void 0) throw started.failure;
  const { marker, errors, exited } = started;
  const child = started.child;
  const chunks = started.chunks;
  const finders = options.skipUnless && withNonAscii(options.skipUnless);
  let carry = Buffer.alloc(0);
  let parts = [];
  let seenMarker = false;
  try {
    for await (const chunk of coalesced(chunks, COALESCE_BYTES)) {
      const buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const batch = [];
      const hits = finders ? new FirstHits(buffer, finders) : void 0;
      let skipped = 0;
      let start = 0;
      let index;
      while ((index = buffer.indexOf(marker, start)) !== -1) {
        if (seenMarker && parts.length === 0) {
          if (hits && !hits.needed(buffer, start, index)) skipped++;
          else batch.push(parseRecord(buffer, start, index, options.content, hits));
        } else if (seenMarker) {
          parts.push(buffer.subarray(start, index));
          const record = Buffer.concat(parts);
          batch.push(parseRecord(record, 0, record.length, options.content));
        }
        seenMarker = true;
        parts = [];
        start = index + marker.length;
      }
      const keepFrom = Math.max(start, buffer.length - (marker.length - 1));
      parts.push(buffer.subarray(start, keepFrom));
      carry = buffer.subarray(keepFrom);
      if (skipped > 0) options.onSkipped?.(skipped);
      if (batch.length > 0) yield batch;
    }
    parts.push(carry);
    const code = await exited;
    if (code !== 0) {
      const reason = firstLine(Buffer.concat(errors).toString("utf8")) || `exit ${code}`;
      if (/diff-merges/.test(reason)) throw new UsageError(`git log: git 2.36 or later is needed to read merge commits: ${reason}`);
      throw new UsageError(`git log ${options.revisions.join(" ")}: ${reason}`);
    }
    if (seenMarker) {
      const record = Buffer.concat(parts);
      yield [parseRecord(record, 0, record.length, options.content)];
    }
  } finally {
    stopChild(child);
  }
}
var COALESCE_BYTES = 64 * 1024;
async function* coalesced(chunks, atLeast) {
  let pending = [];
  let size = 0;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    pending.push(next.value);
    size += next.value.length;
    if (size < atLeast) continue;
    yield pending.length === 1 ? pending[0] : Buffer.concat(pending, size);
    pending = [];
    size = 0;
  }
  if (size > 0) yield Buffer.concat(pending, size);
}
function withNonAscii(finders) {
  const widen = (finder) => new RegExp(`${finder.source}|[\\x80-\\xff]`, "g");
  return { identity: widen(finders.identity), message: widen(finders.message), changes: widen(finders.changes) };
}
var FirstHits = class {
  constructor(buffer, finders) {
    this.finders = finders;
    this.text = buffer.toString("latin1").toLowerCase();
  }
  finders;
  text;
  searches = /* @__PURE__ */ new Map();
  /** Whether any rule could match the record in buffer[start, end): its identities or its message hold a hit. */
  needed(buffer, start, end) {
    const ends = fieldEnds(buffer, start, end);
    if (!ends) return true;
    if (this.within(this.finders.identity, ends[0] + 1, ends[2])) return true;
    if (this.within(this.finders.message, ends[5] + 1, ends[6])) return true;
    return this.within(this.finders.changes, ends[6] + 1, end);
  }
  within(finder, start, end) {
    let search = this.searches.get(finder);
    if (!search || search.hit < start || search.from > start) {
      finder.lastIndex = start;
      search = { from: start, hit: finder.exec(this.text)?.index ?? Infinity };
      this.searches.set(finder, search);
    }
    return search.hit < end;
  }
};
function fieldEnds(buffer, start, end) {
  const ends = [];
  let position = start;
  for (let i = 0; i < FIELD_COUNT; i++) {
    const found = buffer.indexOf(0, position);
    if (found === -1 || found >= end) return i === FIELD_COUNT - 1 ? [...ends, end] : void 0;
    ends.push(found);
    position = found + 1;
  }
  return ends;
}
function decodeMessage(buffer, start, stop, encoding) {
  const text = buffer.toString("utf8", start, stop);
  if (!text.includes("\uFFFD") && text.charCodeAt(0) !== 65279) return text;
  return decodeText(buffer.subarray(start, stop), encoding);
}
var REVISION_OPTION = /^--(?:all|not|branches|tags|remotes|glob|exclude)(?:=.*)?$/;
function splitRevisions(revisions) {
  for (const revision of revisions) {
    if (revision.startsWith("-") && !REVISION_OPTION.test(revision)) throw new UsageError(`unsupported revision option: ${revision}`);
  }
  if (revisions.includes("--not")) return { options: revisions, revs: [] };
  const options = revisions.filter((revision) => revision.startsWith("--"));
  const revs = revisions.filter((revision) => !revision.startsWith("--"));
  return { options, revs };
}
function parseRecord(buffer, start, end, withPatch, hits) {
  if (!profiling) return parseFields(buffer, start, end, withPatch, hits);
  const started = clock();
  const parsed = parseFields(buffer, start, end, withPatch, hits);
  addTime("parsing git output", clock() - started);
  return parsed;
}
function parseFields(buffer, start, end, withPatch, hits) {
  const fields = [];
  let position = start;
  for (let i = 0; i < FIELD_COUNT; i++) {
    const found = buffer.indexOf(0, position);
    const stop = found === -1 || found > end ? end : found;
    fields.push(i === FIELD_COUNT - 1 ? decodeMessage(buffer, position, stop, fields[5] ?? "") : buffer.toString("utf8", position, stop));
    position = stop + 1;
  }
  const [id = "", author = "", committer = "", date = "", authorDate = "", , message = ""] = fields;
  const header = { id, author, committer, date, authorDate, message };
  if (hits && !hits.within(hits.finders.changes, position, end)) return { ...header, paths: [], diff: void 0 };
  const rest = buffer.toString("utf8", Math.min(position, end), end);
  const parsed = withPatch ? parseRawAndPatch(rest) : { paths: parseNameStatus(rest), diff: void 0 };
  return { id, author, committer, date, authorDate, message, paths: parsed.paths, diff: parsed.diff };
}

// src/sources/commit-subjects.ts
function commitInfo(record) {
  const newline = record.message.indexOf("\n");
  return {
    id: record.id,
    summary: (newline === -1 ? record.message : record.message.slice(0, newline)).trim(),
    author: record.author,
    committer: record.committer,
    date: record.date,
    authorDate: record.authorDate
  };
}
function* commitSubjects(record) {
  const commit = commitInfo(record);
  yield { type: "message", text: record.message, commit };
  yield { type: "identity", role: "author", value: record.author, commit };
  yield { type: "identity", role: "committer", value: record.committer, commit };
  for (const changed of record.paths) {
    if (changed.status === "D") continue;
    yield { type: "path", path: changed.path, symlink: changed.mode === "120000", commit, blob: changed.blob };
  }
  if (record.diff) yield { type: "diff", diff: record.diff, commit };
}

// src/sources/range.ts
function historySource(cwd, options) {
  const started = startCommitLog(cwd, { revisions: options.revisions, content: options.content, merges: options.merges });
  return {
    label: options.label ?? "history",
    async *read(needs) {
      const prefilter = await needs.commitPrefilter?.(options.content);
      const batches = rangeSubjectBatches(
        { cwd },
        { revisions: options.revisions, content: options.content, onCommit: needs.onCommit, prefilter, started }
      );
      const reader = settingsTextReader({ cwd }, "commits");
      try {
        yield* withSettingsText(batches, needs.wantsText, reader.read);
      } finally {
        reader.close();
      }
    },
    // A log read to its end has exited; one abandoned half-way (an error, a config problem) is killed.
    stop: () => stopCommitLog(started)
  };
}
async function* rangeSubjects(repo, options) {
  for await (const batch of rangeSubjectBatches(repo, options)) yield* batch;
}
async function* rangeSubjectBatches(repo, options) {
  try {
    const onSkipped = (count) => {
      for (let i = 0; i < count; i++) options.onCommit?.();
    };
    const streamOptions = {
      revisions: options.revisions,
      content: options.content,
      skipUnless: options.prefilter,
      onSkipped,
      started: options.started
    };
    for await (const records of streamCommitBatches(repo.cwd, streamOptions)) {
      const subjects = [];
      for (const record of records) {
        options.onCommit?.();
        for (const subject of commitSubjects(record)) subjects.push(subject);
      }
      yield subjects;
    }
  } catch (error) {
    throw namedRevisionError(error, options.revisions);
  }
}
function namedRevisionError(error, revisions) {
  if (!(error instanceof UsageError)) return error;
  const ambiguous = /ambiguous argument '([^']*)'|bad revision '([^']*)'|unknown revision[^']*'([^']*)'/.exec(error.message);
  if (ambiguous) return new UsageError(`unknown revision: ${ambiguous[1] ?? ambiguous[2] ?? ambiguous[3]}`);
  if (/does not have any commits yet/.test(error.message)) return new UsageError(`no commits yet: ${revisions.join(" ")}`);
  return error;
}

export {
  historySource,
  rangeSubjects,
  rangeSubjectBatches
};
