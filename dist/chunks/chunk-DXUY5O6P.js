import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  settingsOfList
} from "./chunk-GS7CHFMK.js";
import {
  ASCII_FOLDS_SOURCE
} from "./chunk-TL4CNQY2.js";
import {
  firstLine,
  runGit,
  splitZ
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/sources/tree.ts
import { existsSync, realpathSync } from "node:fs";
import { join } from "node:path";

// src/git/grep-records.ts
var NUL = 0;
var NEWLINE = 10;
var GrepRecords = class {
  constructor(prefix, keep = () => true) {
    this.prefix = prefix;
    this.keep = keep;
  }
  prefix;
  keep;
  hits = [];
  field = 0;
  parts = [];
  path = "";
  line = 0;
  push(chunk) {
    let start = 0;
    while (start < chunk.length) {
      const end = chunk.indexOf(this.field === 2 ? NEWLINE : NUL, start);
      if (end === -1) {
        this.parts.push(chunk.subarray(start));
        return;
      }
      this.endField(chunk.subarray(start, end));
      start = end + 1;
    }
  }
  /** The last record, when git's output does not end with a newline. */
  end() {
    if (this.field === 2) this.endField(Buffer.alloc(0));
    return this.hits;
  }
  endField(last) {
    const bytes = this.parts.length ? Buffer.concat([...this.parts, last]) : last;
    this.parts = [];
    if (this.field === 0) this.path = bytes.toString("utf8").slice(this.prefix.length);
    else if (this.field === 1) this.line = Number(bytes.toString("latin1"));
    else {
      const text = bytes.toString("utf8");
      if (this.keep(text)) this.hits.push({ path: this.path, line: this.line, text });
    }
    this.field = (this.field + 1) % 3;
  }
};
function withoutRepeatedLines(lines) {
  const seen = /* @__PURE__ */ new Set();
  return lines.filter((line) => {
    const key = `${line.path}\0${line.line}\0${line.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/git/tree-files.ts
async function listTreeFiles(repo, signal) {
  if (repo.bare) {
    if (!repo.hasHead) return [];
    const result = await runGit(["ls-tree", "-r", "-z", "--full-tree", "HEAD"], repo.cwd, void 0, signal);
    if (result.code !== 0) throw new UsageError(`git ls-tree HEAD: ${firstLine(result.stderr)}`);
    return splitZ(result.stdout.toString("utf8")).flatMap((entry) => {
      const tab = entry.indexOf("	");
      const mode = entry.slice(0, 6);
      return [{ path: entry.slice(tab + 1), symlink: mode === "120000", blob: entry.slice(0, tab).split(" ")[2] }];
    });
  }
  const [tracked, untracked] = await Promise.all([
    runGit(["ls-files", "-z", "--cached", "--stage", "--full-name"], repo.cwd, void 0, signal),
    runGit(["ls-files", "-z", "--others", "--exclude-standard", "--full-name"], repo.cwd, void 0, signal)
  ]);
  for (const result of [tracked, untracked]) {
    if (result.code !== 0) throw new UsageError(`git ls-files: ${firstLine(result.stderr)}`);
  }
  const files = [];
  let lastPath = "";
  const text = tracked.stdout.toString("utf8");
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\0", start);
    if (end === -1) end = text.length;
    const tab = text.indexOf("	", start);
    const path = tab === -1 || tab > end ? text.slice(start, end) : text.slice(tab + 1, end);
    const symlink = text.startsWith("120000", start);
    const blob = tab === -1 || tab > end ? void 0 : text.slice(start + 7, text.indexOf(" ", start + 7));
    start = end + 1;
    if (path === lastPath) continue;
    lastPath = path;
    files.push({ path, symlink, blob });
  }
  for (const path of splitZ(untracked.stdout.toString("utf8"))) files.push({ path, symlink: false });
  return files;
}
async function grepKeywords(repo, keywords, options = {}) {
  if (keywords.length === 0 || repo.bare && !repo.hasHead) return [];
  const where = options.where ?? grepPlace(repo);
  const grep = async (how) => {
    const records = new GrepRecords(repo.bare ? "HEAD:" : "", options.keep);
    const args = ["grep", "-z", "-n", "-a", "--no-color", "--no-textconv", ...how, ...where, "--"];
    const result = await runGit(args, repo.cwd, void 0, options.signal, (chunk) => records.push(chunk));
    return { result, hits: () => records.end() };
  };
  const combined = await grep(["-P", "-e", `(?i)(?:${keywords.map(perlLiteral).join("|")})|${TEXT_BEYOND_ASCII}`]);
  if (!NO_PCRE.test(combined.result.stderr) || combined.result.code === 0 || combined.result.code === 1) return grepHits(combined);
  const [words, beyondAscii] = await Promise.all([
    grep(["-i", "-F", ...keywords.flatMap((keyword) => ["-e", keyword])]),
    grep(["-E", "-e", "[^[:print:][:space:]]"])
  ]);
  return inGrepOrder([...grepHits(words), ...grepHits(beyondAscii)]);
}
var UTF8_BEYOND_ASCII = "(?:[\\xc2-\\xdf][\\x80-\\xbf]|[\\xe0-\\xef][\\x80-\\xbf]{2}|[\\xf0-\\xf4][\\x80-\\xbf]{3})";
var TEXT_CHARACTER = `(?:[\\t\\x20-\\x7e]|${UTF8_BEYOND_ASCII})`;
var TEXT_BEYOND_ASCII = `${UTF8_BEYOND_ASCII}(?=${TEXT_CHARACTER}{8}|${TEXT_CHARACTER}{0,7}$)`;
var NO_PCRE = /Perl-compatible|PCRE/i;
function perlLiteral(word) {
  return word.replace(/[^A-Za-z0-9\u0080-\uffff]/g, "\\$&");
}
function grepHits({ result, hits }) {
  if (result.code === 1) return [];
  if (result.code !== 0) throw new UsageError(`git grep: ${firstLine(result.stderr)}`);
  return hits();
}
function inGrepOrder(hits) {
  return withoutRepeatedLines(hits.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)) || a.line - b.line));
}
function grepPlace(repo) {
  return repo.bare ? ["HEAD"] : ["--untracked"];
}
function grepIndexKeywords(repo, keywords, options = {}) {
  return repo.bare ? Promise.resolve([]) : grepKeywords(repo, keywords, { ...options, where: ["--cached"] });
}
async function declaresWorktreeEncoding(repo, attributeFiles2) {
  if (repo.bare || !repo.root) return false;
  const { readFile } = await import("node:fs/promises");
  const files = [...attributeFiles2.map((path) => `${repo.root}/${path}`), `${repo.gitDir}/info/attributes`];
  const texts = await Promise.all(files.map((file) => readFile(file, "latin1").catch(() => "")));
  return texts.some((text) => /working-tree-encoding/i.test(text));
}

// src/sources/tree.ts
function treeSource(repo, options) {
  const git = startTreeGit(repo, options);
  return sourceOver(options.content, Promise.resolve(repo), Promise.resolve(git), () => git.abort.abort());
}
function treeSourceAt(startDir, repository, options) {
  const top = topLevelGuess(startDir);
  const guess = top === void 0 ? void 0 : startTreeGit({ cwd: top, bare: false, hasHead: true }, options);
  const correction = new AbortController();
  const started = repository.then((repo) => {
    if (guess && !repo.bare && repo.root === top) return guess;
    guess?.abort.abort();
    return startTreeGit(repo, options, correction);
  });
  started.catch(() => guess?.abort.abort());
  const stop = () => {
    guess?.abort.abort();
    correction.abort();
  };
  return sourceOver(options.content, repository, started, stop);
}
function topLevelGuess(startDir) {
  if (process.env.GIT_DIR !== void 0 || process.env.GIT_WORK_TREE !== void 0) return void 0;
  try {
    return existsSync(join(startDir, ".git")) ? realpathSync.native(startDir) : void 0;
  } catch {
    return void 0;
  }
}
function startTreeGit(place, options, abort = new AbortController()) {
  const expected = options.content ? [...options.expectedKeywords ?? []] : [];
  const content = options.expectedKeywords ? grepLines(place, expected, abort.signal) : void 0;
  const paths = listTreeFiles(place, abort.signal).then(
    (files) => files.map((file) => ({ type: "path", path: file.path, symlink: file.symlink, blob: file.blob }))
  );
  paths.catch(() => void 0);
  return { abort, paths, content, expected, settled: Promise.allSettled([paths, content]) };
}
function sourceOver(withContent, repository, started, abort) {
  let finished = false;
  let bare = false;
  void repository.then((repo) => bare = repo.bare).catch(() => void 0);
  void started.then((git) => git.settled.then(() => finished = true)).catch(() => void 0);
  return {
    get label() {
      return bare ? "tree at HEAD" : "working tree";
    },
    async *read(needs) {
      const [repo, git] = await Promise.all([repository, started]);
      const wanted = withContent ? [...needs.contentKeywords] : [];
      let content = git.content;
      if (!content || wanted.join("\0") !== git.expected.join("\0")) content = grepLines(repo, wanted, git.abort.signal);
      const list = await git.paths;
      yield list;
      yield await settingsOfList(list, needs, repo, "tree");
      const encoded = withContent ? declaresWorktreeEncoding(repo, attributeFiles(list)) : Promise.resolve(false);
      const lines = await content;
      yield await encoded ? withoutRepeatedLines([...lines, ...await grepLines(repo, wanted, git.abort.signal, true)]) : lines;
    },
    // A finished listing is not stopped: its output may still be read.
    stop: () => finished || abort()
  };
}
function grepLines(repo, keywords, signal, index = false) {
  const options = { signal, keep: mayHoldKeyword(keywords) };
  const hits = index ? grepIndexKeywords(repo, [...keywords], options) : grepKeywords(repo, [...keywords], options);
  const lines = hits.then((hits2) => hits2.map((hit) => ({ type: "content", path: hit.path, line: hit.line, text: hit.text })));
  lines.catch(() => void 0);
  return lines;
}
function mayHoldKeyword(keywords) {
  const words = keywords.map((word) => word.toLowerCase());
  const nonAsciiWord = words.some((word) => NON_ASCII.test(word));
  const folds = new RegExp(ASCII_FOLDS_SOURCE);
  return (text) => {
    if (NON_ASCII.test(text) && (nonAsciiWord || folds.test(text))) return true;
    const lower = text.toLowerCase();
    return words.some((word) => lower.includes(word));
  };
}
var NON_ASCII = /[^\x00-\x7f]/;
function attributeFiles(list) {
  const files = [];
  for (const subject of list) if (subject.type === "path" && subject.path.endsWith(".gitattributes")) files.push(subject.path);
  return files.filter((path) => path === ".gitattributes" || path.endsWith("/.gitattributes"));
}

export {
  treeSource,
  treeSourceAt
};
