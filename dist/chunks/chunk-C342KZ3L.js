import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  decodeText
} from "./chunk-FRPMA3TM.js";
import {
  BlobBatch
} from "./chunk-4IZPWBSN.js";
import {
  firstLine,
  runGit
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/git/ref-list.ts
async function listRefs(cwd, prefixes = []) {
  const result = await runGit(["for-each-ref", "--format=%(objectname)%00%(objecttype)%00%(refname)%00", "--", ...prefixes], cwd);
  if (result.code !== 0) throw new UsageError(`git for-each-ref: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const refs = [];
  for (const record of result.stdout.toString("utf8").split("\0\n")) {
    const [id, type, ref] = record.split("\0");
    if (id && type && ref) refs.push({ id, type, ref });
  }
  return refs;
}

// src/git/tag-object.ts
function parseTagObject(content) {
  const blank = content.indexOf("\n\n");
  const headerEnd = blank === -1 ? content.length : blank;
  const headers = /* @__PURE__ */ new Map();
  for (const line of content.toString("utf8", 0, headerEnd).split("\n")) {
    const space = line.indexOf(" ");
    if (space > 0 && !headers.has(line.slice(0, space))) headers.set(line.slice(0, space), line.slice(space + 1));
  }
  const { ident, date } = splitIdent(headers.get("tagger") ?? "");
  const message = blank === -1 ? "" : decodeText(content.subarray(blank + 2), headers.get("encoding") ?? "");
  const header = (name) => headers.get(name) ?? "";
  return { object: header("object"), type: header("type"), name: header("tag"), tagger: ident, date, message };
}
function splitIdent(line) {
  const match = /^(.*>)\s*(\d+)?\s*([+-]\d{4})?\s*$/.exec(line);
  if (!match) return { ident: line.trim(), date: "" };
  const seconds = match[2] === void 0 ? NaN : Number(match[2]);
  return { ident: match[1].trim(), date: Number.isFinite(seconds) ? new Date(seconds * 1e3).toISOString() : "" };
}

// src/sources/tags.ts
var MAX_NESTING = 10;
async function tagSubjects(batch, tags) {
  const subjects = [];
  const seen = /* @__PURE__ */ new Set();
  let level = tags.filter((tag) => !seen.has(tag.id) && seen.add(tag.id));
  for (let depth = 0; level.length > 0 && depth < MAX_NESTING; depth++) {
    const objects = await Promise.all(level.map((tag) => batch.object(tag.id)));
    const next = [];
    objects.forEach((object, index) => {
      if (object?.type !== "tag") return;
      const tag = parseTagObject(object.content);
      const where = `tag ${tag.name || level[index].ref.replace(/^refs\/tags\//, "")}`;
      const id = level[index].id;
      subjects.push({ type: "message", text: tag.message, field: where, object: id });
      if (tag.tagger) subjects.push({ type: "identity", role: "committer", value: tag.tagger, field: `tagger of ${where}`, object: id });
      if (tag.type === "tag" && !seen.has(tag.object)) {
        seen.add(tag.object);
        next.push({ ref: level[index].ref, id: tag.object });
      }
    });
    level = next;
  }
  return subjects;
}

// src/git/notes-tree.ts
var HEX = /^[0-9a-f]+$/;
async function readNotesCommit(batch, commitId) {
  const commit = await batch.object(commitId);
  if (commit?.type !== "commit") return void 0;
  const headerEnd = commit.content.indexOf("\n\n");
  const headers = commit.content.toString("utf8", 0, headerEnd === -1 ? commit.content.length : headerEnd).split("\n");
  const tree = headers.find((line) => line.startsWith("tree "))?.slice(5) ?? "";
  const { ident, date } = splitIdent(headers.find((line) => line.startsWith("committer "))?.slice(10) ?? "");
  const notes = /* @__PURE__ */ new Map();
  const idBytes = commitId.length / 2;
  let level = [{ prefix: "", tree }];
  while (level.length > 0) {
    const trees = await Promise.all(level.map((entry) => batch.object(entry.tree)));
    const next = [];
    trees.forEach((object, index) => {
      if (object?.type !== "tree") return;
      for (const entry of treeEntries(object.content, idBytes)) {
        const path = level[index].prefix + entry.name;
        if (!HEX.test(entry.name) || path.length > commitId.length) continue;
        if (entry.mode === "40000") next.push({ prefix: path, tree: entry.id });
        else if (path.length === commitId.length) notes.set(path, entry.id);
      }
    });
    level = next;
  }
  return { notes, committer: ident, date };
}
function* treeEntries(content, idBytes) {
  for (let position = 0; position < content.length; ) {
    const space = content.indexOf(32, position);
    const nul = content.indexOf(0, space + 1);
    if (space === -1 || nul === -1 || nul + 1 + idBytes > content.length) return;
    const mode = content.toString("latin1", position, space);
    yield { mode, name: content.toString("utf8", space + 1, nul), id: content.toString("hex", nul + 1, nul + 1 + idBytes) };
    position = nul + 1 + idBytes;
  }
}

// src/sources/notes.ts
async function noteSubjects(batch, updates) {
  const subjects = [];
  for (const update of updates) {
    const before = update.oldId ? readNotesCommit(batch, update.oldId) : void 0;
    const now = await readNotesCommit(batch, update.newId);
    const old = await before;
    if (!now) continue;
    const added = [...now.notes].filter(([object, blob]) => old?.notes.get(object) !== blob);
    const blobs = await Promise.all(added.map(([, blob]) => batch.read(blob)));
    const name = update.ref.replace(/^refs\/notes\//, "");
    added.forEach(([object, id], index) => {
      const blob = blobs[index];
      const field = `note (${name}) on ${object.slice(0, 12)}`;
      if (blob) subjects.push({ type: "message", text: decodeText(blob, ""), field, object: `${id}@${object}` });
    });
  }
  return subjects;
}

// src/sources/ref-objects.ts
var ZERO = /^0+$/;
function allRefObjectsSource(cwd) {
  const refs = listRefs(cwd);
  refs.catch(() => void 0);
  return {
    label: "history",
    read: async () => {
      const list = await refs;
      const tags = list.filter((entry) => entry.type === "tag");
      const notes = list.filter((entry) => entry.ref.startsWith("refs/notes/") && entry.type === "commit").map((entry) => ({ ref: entry.ref, newId: entry.id }));
      return refObjectSubjects(cwd, tags, notes, replaceRefs(list.map((entry) => entry.ref)));
    },
    stop: () => void 0
  };
}
function pushedRefObjectsSource(cwd, updates) {
  const pushed = updates.filter((update) => !ZERO.test(update.newId));
  const tags = pushed.filter((update) => !update.ref.startsWith("refs/heads/") && !update.ref.startsWith("refs/notes/")).map((update) => ({ ref: update.ref, id: update.newId }));
  const notes = pushed.filter((update) => update.ref.startsWith("refs/notes/")).map((update) => ({ ref: update.ref, newId: update.newId, oldId: known(update.oldId) }));
  const replace = replaceRefs(pushed.map((update) => update.ref));
  return { label: "pushed refs", read: () => refObjectSubjects(cwd, tags, notes, replace), stop: () => void 0 };
}
function replaceRefs(refs) {
  return refs.filter((ref) => ref.startsWith("refs/replace/")).map((ref) => ({ type: "branch", name: ref }));
}
var known = (id) => id && !ZERO.test(id) ? id : void 0;
async function refObjectSubjects(cwd, tags, notes, replace) {
  if (tags.length === 0 && notes.length === 0) return replace;
  const batch = new BlobBatch(cwd);
  try {
    const [tagged, noted] = await Promise.all([tagSubjects(batch, tags), noteSubjects(batch, notes)]);
    return [...replace, ...tagged, ...noted];
  } finally {
    batch.close();
  }
}

export {
  allRefObjectsSource,
  pushedRefObjectsSource
};
