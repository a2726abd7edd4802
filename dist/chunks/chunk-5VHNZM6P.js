import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  firstLine,
  runGit,
  splitZ
} from "./chunk-7RU7R6GY.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

// src/git/tree-files.ts
async function listTreeFiles(repo, signal) {
  if (repo.bare) {
    if (!repo.hasHead) return [];
    const result = await runGit(["ls-tree", "-r", "-z", "--full-tree", "HEAD"], repo.cwd, void 0, signal);
    if (result.code !== 0) throw new UsageError(`git ls-tree HEAD: ${firstLine(result.stderr)}`);
    return splitZ(result.stdout.toString("utf8")).flatMap((entry) => {
      const tab = entry.indexOf("	");
      const mode = entry.slice(0, 6);
      return mode === "160000" ? [] : [{ path: entry.slice(tab + 1), symlink: mode === "120000" }];
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
    const submodule = text.startsWith("160000", start);
    const symlink = text.startsWith("120000", start);
    start = end + 1;
    if (submodule || path === lastPath) continue;
    lastPath = path;
    files.push({ path, symlink });
  }
  for (const path of splitZ(untracked.stdout.toString("utf8"))) files.push({ path, symlink: false });
  return files;
}
async function grepKeywords(repo, keywords, signal) {
  if (keywords.length === 0 || repo.bare && !repo.hasHead) return [];
  const patterns = keywords.flatMap((keyword) => ["-e", keyword]);
  const where = repo.bare ? ["HEAD"] : ["--untracked"];
  const args = ["grep", "-z", "-n", "-I", "-i", "-F", "--no-color", "--no-textconv", ...patterns, ...where, "--"];
  const result = await runGit(args, repo.cwd, void 0, signal);
  if (result.code === 1) return [];
  if (result.code !== 0) throw new UsageError(`git grep: ${firstLine(result.stderr)}`);
  const hits = [];
  const prefix = repo.bare ? "HEAD:" : "";
  for (const row of result.stdout.toString("utf8").split("\n")) {
    const first = row.indexOf("\0");
    const second = row.indexOf("\0", first + 1);
    if (first === -1 || second === -1) continue;
    const path = row.slice(prefix.length, first);
    hits.push({ path, line: Number(row.slice(first + 1, second)), text: row.slice(second + 1) });
  }
  return hits;
}

// src/sources/tree.ts
function treeSource(repo, options) {
  const abort = new AbortController();
  const expected = options.content ? [...options.expectedKeywords ?? []] : [];
  const paths = listTreeFiles(repo, abort.signal).then((files) => files.map((file) => ({ type: "path", path: file.path, symlink: file.symlink })));
  let content = options.expectedKeywords ? grepLines(repo, expected, abort.signal) : void 0;
  let finished = false;
  paths.catch(() => void 0);
  void Promise.allSettled([paths, content]).then(() => finished = true);
  return {
    label: repo.bare ? "tree at HEAD" : "working tree",
    async *read(needs) {
      const wanted = options.content ? [...needs.contentKeywords] : [];
      if (!content || wanted.join("\0") !== expected.join("\0")) content = grepLines(repo, wanted, abort.signal);
      const list = await paths;
      yield list;
      if (list.some((subject) => subject.type === "path" && !subject.symlink && needs.wantsText(subject.path))) {
        const { settingsSubjectsFor, settingsTextReader } = await import("./settings-text-6EIUJRZ7.js");
        const reader = settingsTextReader(repo, "tree");
        try {
          yield await settingsSubjectsFor(list, needs.wantsText, reader.read);
        } finally {
          reader.close();
        }
      }
      yield await content;
    },
    stop: () => finished || abort.abort()
  };
}
function grepLines(repo, keywords, signal) {
  const lines = grepKeywords(repo, [...keywords], signal).then((hits) => hits.map((hit) => ({ type: "content", path: hit.path, line: hit.line, text: hit.text })));
  lines.catch(() => void 0);
  return lines;
}

export {
  treeSource
};
