import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { gitArgs, gitEnv, firstLine, stopChild } from './run-git.js';
import { decodeText } from './decode.js';
import { UsageError } from '../errors.js';
import { parseNameStatus, parseRawAndPatch, type ChangedPath } from './raw-diff.js';
import { profiling, addTime, clock } from '../util/profile.js';

export type { ChangedPath };

export interface CommitRecord {
  id: string;
  author: string;
  committer: string;
  date: string;
  /** Author date, ISO 8601 with offset: kept by rebase and cherry-pick (a baseline's commit key). */
  authorDate: string;
  message: string;
  paths: ChangedPath[];
  /** -U0 patch text, present when added lines were asked for. */
  diff?: string;
}

export interface CommitStreamOptions {
  /** Revision arguments as git rev-list takes them (`main`, `A..B`, `--all`, `--not`, …). */
  revisions: string[];
  /** Read added lines too (git log -p -U0). */
  content: boolean;
  /** How merges show their own changes (default remerge; see MERGE_DIFF_ARGS). */
  merges?: MergeDiff;
  /**
   * Global expressions over lower-cased text, one a part of the record (detect's commitPrefilters): a record within
   * one chunk in which none finds anything in its part, and which is pure ASCII there, is counted through onSkipped
   * instead of being parsed and yielded; a record whose changes alone have no hit is yielded without them.
   */
  skipUnless?: RecordFinders;
  onSkipped?: (count: number) => void;
  /** The same log, already spawned by startCommitLog with these revisions and content flag. */
  started?: StartedCommitLog;
}

const FIELD_COUNT = 7;

/** Expressions for the parts of a record: author and committer, message, changes (paths and patch). */
export interface RecordFinders {
  identity: RegExp;
  message: RegExp;
  changes: RegExp;
}

/**
 * Added lines as they are stored: --text so that neither a NUL byte nor a `-diff`/`binary` attribute turns a file's
 * lines into "Binary files differ", --no-textconv/--no-ext-diff so that no driver the repository names rewrites them.
 */
export const CONTENT_DIFF_ARGS = [
  '--raw',
  '--no-abbrev',
  '-p',
  '-U0',
  '--text',
  '--no-ext-diff',
  '--no-textconv',
  '--no-color',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

/**
 * How a merge's own changes (an "evil merge") are read; commits with one parent are unaffected either way.
 * - remerge (--remerge-diff, git ≥ 2.36): the recorded merge against the merge git itself would have made. A clean
 *   merge shows nothing; a merge shows exactly what its author decided, including a trace or a path it keeps that
 *   the other side had removed. Costs an in-memory merge and a temporary object folder per merge (measured on
 *   expressjs/express, 1,565 merges in 11,467 commits: git log 2.5× as long).
 * - combined (--cc): only what differs from every parent — every line and path the merge adds that no parent has.
 *   Far cheaper (git log 1.4× as long on the same history), but blind to a merge that keeps one side's version
 *   against the other side's removal.
 * Bounded ranges (pre-push, pre-receive, ci, scan --range: a few merges) take remerge; a whole-history inventory
 * (scan --all, ci --all) takes combined, and the tree scan shows whatever such a merge brought back.
 */
export type MergeDiff = 'remerge' | 'combined';
const MERGE_DIFF_ARGS: Record<MergeDiff, string[]> = { remerge: ['--diff-merges=remerge'], combined: ['--diff-merges=dense-combined'] };

/** Streams every commit the revisions list from one git log process; never one process per commit. */
export async function* streamCommits(cwd: string, options: CommitStreamOptions): AsyncGenerator<CommitRecord> {
  for await (const batch of streamCommitBatches(cwd, options)) yield* batch;
}

/** A git log already running: started before its reader is ready, so that git's start-up overlaps the caller's. */
export interface StartedCommitLog {
  child?: ChildProcessByStdio<null, Readable, Readable>;
  chunks?: AsyncIterator<Buffer>;
  marker: Buffer;
  errors: Buffer[];
  exited: Promise<number>;
  /** An error in the arguments, thrown where the stream is read (as before it was started early). */
  failure?: unknown;
}

/** Spawns the git log of streamCommitBatches now; pass it as options.started, or stop it with stopCommitLog. */
export function startCommitLog(cwd: string, options: CommitStreamOptions): StartedCommitLog {
  // A per-run nonce marks record starts, so no message or patch can forge a boundary.
  const marker = Buffer.from(`\x1e${randomBytes(9).toString('hex')}\0`, 'latin1');
  const start = marker.toString('latin1').replace('\x1e', '%x1e').replace('\0', '%x00');
  const format = `--format=${start}%H%x00%an <%ae>%x00%cn <%ce>%x00%cI%x00%aI%x00%e%x00%B`;
  const diffArgs = [...(options.content ? CONTENT_DIFF_ARGS : ['--name-status']), ...MERGE_DIFF_ARGS[options.merges ?? 'remerge']];
  const errors: Buffer[] = [];
  let revisionArgs: { options: string[]; revs: string[] };
  try {
    revisionArgs = splitRevisions(options.revisions);
  } catch (failure) {
    return { marker, errors, exited: Promise.resolve(2), failure };
  }
  const { options: flags, revs } = revisionArgs;
  const args = ['log', '-z', format, '--no-renames', ...diffArgs, ...flags, '--end-of-options', ...revs, '--'];
  // GIT_FLUSH=0: git log flushes after every commit into a pipe otherwise, and each tiny write costs us a read and a wake-up.
  const child = spawn('git', gitArgs(args), { cwd, env: { ...gitEnv(), GIT_FLUSH: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', (error) => reject(new UsageError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => resolve(code ?? 1));
  });
  // A log stopped before it was read must not count as an unhandled rejection; the reader still sees the error.
  exited.catch(() => undefined);
  // A 'readable' listener keeps node from draining (and dropping) an unread stdout when git exits first; the
  // output waits in the stream's buffer and the pipe, as much as they hold, and git waits for the reader beyond that.
  child.stdout.on('readable', () => undefined);
  const chunks = (child.stdout as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  return { child, chunks, marker, errors, exited };
}

/** Ends a started git log that will not be read (a config error, a repository outside the policy's scope). */
export function stopCommitLog(started: StartedCommitLog): void {
  if (started.child) stopChild(started.child);
}

/** The same stream, a batch of commits per chunk git writes: one await a chunk instead of one a commit. */
export async function* streamCommitBatches(cwd: string, options: CommitStreamOptions): AsyncGenerator<CommitRecord[]> {
  const started = options.started ?? startCommitLog(cwd, options);
  if (started.failure !== undefined) throw started.failure;
  const { marker, errors, exited } = started;
  const child = started.child!;
  const chunks = started.chunks!;

  // Any byte outside ASCII sends its record the careful way: rules see text only after normalisation.
  const finders = options.skipUnless && withNonAscii(options.skipUnless);
  let carry: Buffer = Buffer.alloc(0);
  let parts: Buffer[] = [];
  let seenMarker = false;
  try {
    for await (const chunk of coalesced(chunks, COALESCE_BYTES)) {
      const buffer: Buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const batch: CommitRecord[] = [];
      const hits = finders ? new FirstHits(buffer, finders) : undefined;
      let skipped = 0;
      let start = 0;
      let index: number;
      while ((index = buffer.indexOf(marker, start)) !== -1) {
        if (seenMarker && parts.length === 0) {
          // No keyword, path key or non-ASCII byte: no rule can match this commit.
          if (hits && !hits.needed(buffer, start, index)) skipped++;
          // Most records lie within one chunk: parse them in place, without a copy or a view.
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
      // The tail may hold the first bytes of the next marker: keep it for the next chunk.
      const keepFrom = Math.max(start, buffer.length - (marker.length - 1));
      parts.push(buffer.subarray(start, keepFrom));
      carry = buffer.subarray(keepFrom);
      if (skipped > 0) options.onSkipped?.(skipped);
      if (batch.length > 0) yield batch;
    }
    parts.push(carry);
    const code = await exited;
    if (code !== 0) {
      const reason = firstLine(Buffer.concat(errors).toString('utf8')) || `exit ${code}`;
      if (/diff-merges/.test(reason)) throw new UsageError(`git log: git 2.36 or later is needed to read merge commits: ${reason}`);
      throw new UsageError(`git log ${options.revisions.join(' ')}: ${reason}`);
    }
    if (seenMarker) {
      const record = Buffer.concat(parts);
      yield [parseRecord(record, 0, record.length, options.content)];
    }
  } finally {
    stopChild(child);
  }
}

// git log writes into a pipe 4 KB at a time: taken one by one, every piece pays each await downstream.
const COALESCE_BYTES = 64 * 1024;

/** The stream's pieces joined into buffers of at least `atLeast` bytes (the last one may be shorter). */
async function* coalesced(chunks: AsyncIterator<Buffer>, atLeast: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    pending.push(next.value);
    size += next.value.length;
    if (size < atLeast) continue;
    yield pending.length === 1 ? pending[0]! : Buffer.concat(pending, size);
    pending = [];
    size = 0;
  }
  if (size > 0) yield Buffer.concat(pending, size);
}

// Any byte outside ASCII sends its part the careful way: rules see text only after normalisation.
function withNonAscii(finders: RecordFinders): RecordFinders {
  const widen = (finder: RegExp): RegExp => new RegExp(`${finder.source}|[\\x80-\\xff]`, 'g');
  return { identity: widen(finders.identity), message: widen(finders.message), changes: widen(finders.changes) };
}

/**
 * Whether the expressions find something in the parts of a record, in the buffer read as latin1 (one character a
 * byte) and lower-cased. Records are asked about in order and each search stops at its first hit: a commit whose
 * message holds a trailer is decided without reading its patch, and no byte is searched twice by one expression.
 */
class FirstHits {
  private readonly text: string;
  private readonly searches = new Map<RegExp, { from: number; hit: number }>();

  constructor(
    buffer: Buffer,
    readonly finders: RecordFinders,
  ) {
    // Latin-1 lower-casing keeps every character one character, so positions stay byte offsets.
    this.text = buffer.toString('latin1').toLowerCase();
  }

  /** Whether any rule could match the record in buffer[start, end): its identities or its message hold a hit. */
  needed(buffer: Buffer, start: number, end: number): boolean {
    const ends = fieldEnds(buffer, start, end);
    if (!ends) return true;
    // id, author, committer, date, author date, encoding, message: the identities are fields 2-3, the message is 7.
    if (this.within(this.finders.identity, ends[0]! + 1, ends[2]!)) return true;
    if (this.within(this.finders.message, ends[5]! + 1, ends[6]!)) return true;
    return this.within(this.finders.changes, ends[6]! + 1, end);
  }

  within(finder: RegExp, start: number, end: number): boolean {
    let search = this.searches.get(finder);
    // A hit found from an earlier start answers for every later start up to it: nothing lies between.
    if (!search || search.hit < start || search.from > start) {
      finder.lastIndex = start;
      search = { from: start, hit: finder.exec(this.text)?.index ?? Infinity };
      this.searches.set(finder, search);
    }
    return search.hit < end;
  }
}

/** Where each of the record's NUL-ended fields ends; undefined when it has fewer (read it the careful way). */
function fieldEnds(buffer: Buffer, start: number, end: number): number[] | undefined {
  const ends: number[] = [];
  let position = start;
  for (let i = 0; i < FIELD_COUNT; i++) {
    const found = buffer.indexOf(0, position);
    if (found === -1 || found >= end) return i === FIELD_COUNT - 1 ? [...ends, end] : undefined;
    ends.push(found);
    position = found + 1;
  }
  return ends;
}

// Valid UTF-8 decodes the same either way; a replacement character or a BOM (which TextDecoder drops) takes the careful path.
function decodeMessage(buffer: Buffer, start: number, stop: number, encoding: string): string {
  const text = buffer.toString('utf8', start, stop);
  if (!text.includes('\uFFFD') && text.charCodeAt(0) !== 0xfeff) return text;
  return decodeText(buffer.subarray(start, stop), encoding);
}

// Only revision-selecting options may pass: anything else (--output=…, --exec…) could make git write or run.
const REVISION_OPTION = /^--(?:all|not|branches|tags|remotes|glob|exclude)(?:=.*)?$/;

/** Options (`--all`, `--not`, `--remotes=x`, `--branches`) go before --end-of-options, revisions after it. */
function splitRevisions(revisions: string[]): { options: string[]; revs: string[] } {
  for (const revision of revisions) {
    if (revision.startsWith('-') && !REVISION_OPTION.test(revision)) throw new UsageError(`unsupported revision option: ${revision}`);
  }
  // `--not` applies to what follows it, so a list that uses it keeps its order (its revisions were checked above).
  if (revisions.includes('--not')) return { options: revisions, revs: [] };
  const options = revisions.filter((revision) => revision.startsWith('--'));
  const revs = revisions.filter((revision) => !revision.startsWith('--'));
  return { options, revs };
}

function parseRecord(buffer: Buffer, start: number, end: number, withPatch: boolean, hits?: FirstHits): CommitRecord {
  if (!profiling) return parseFields(buffer, start, end, withPatch, hits);
  const started = clock();
  const parsed = parseFields(buffer, start, end, withPatch, hits);
  addTime('parsing git output', clock() - started);
  return parsed;
}

/** One record: buffer[start, end) holds id, author, committer, date, author date, encoding, message, then the changes. */
function parseFields(buffer: Buffer, start: number, end: number, withPatch: boolean, hits?: FirstHits): CommitRecord {
  const fields: string[] = [];
  let position = start;
  for (let i = 0; i < FIELD_COUNT; i++) {
    const found = buffer.indexOf(0, position);
    const stop = found === -1 || found > end ? end : found;
    fields.push(i === FIELD_COUNT - 1 ? decodeMessage(buffer, position, stop, fields[5] ?? '') : buffer.toString('utf8', position, stop));
    position = stop + 1;
  }
  const [id = '', author = '', committer = '', date = '', authorDate = '', , message = ''] = fields;
  // Changes without a keyword, path key or non-ASCII byte give no rule anything to match: their paths and added
  // lines are neither decoded nor yielded (most commits of a history with trailers carry them in the message only).
  const header = { id, author, committer, date, authorDate, message };
  if (hits && !hits.within(hits.finders.changes, position, end)) return { ...header, paths: [], diff: undefined };
  const rest = buffer.toString('utf8', Math.min(position, end), end);
  const parsed = withPatch ? parseRawAndPatch(rest) : { paths: parseNameStatus(rest), diff: undefined };
  return { id, author, committer, date, authorDate, message, paths: parsed.paths, diff: parsed.diff };
}
