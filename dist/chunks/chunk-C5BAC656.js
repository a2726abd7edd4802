import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/git/combined-diff.ts
var COMBINED_HUNK = /^(@{3,}) (.*) \1/;
function combinedToUnified(diff) {
  const lines = diff.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const hunk = COMBINED_HUNK.exec(lines[i]);
    if (!hunk) {
      out.push(lines[i]);
      continue;
    }
    const parents = hunk[1].length - 1;
    const ranges = hunk[2].split(" ");
    const parentLeft = ranges.slice(0, parents).map(count);
    let resultLeft = count(ranges[parents] ?? "");
    let resultLine = Number((ranges[parents] ?? "+0").slice(1).split(",")[0]);
    while (i + 1 < lines.length && (resultLeft > 0 || parentLeft.some((left) => left > 0))) {
      const line = lines[++i];
      if (line.startsWith("\\")) continue;
      const columns = line.slice(0, parents);
      for (let parent = 0; parent < parents; parent++) if (columns[parent] !== "+") parentLeft[parent]--;
      if (columns.includes("-")) continue;
      resultLeft--;
      if (!/[^+]/.test(columns)) out.push(`@@ -0,0 +${resultLine} @@`, `+${line.slice(parents)}`);
      resultLine++;
    }
  }
  return out.join("\n");
}
function count(range) {
  const comma = range.indexOf(",");
  return comma === -1 ? 1 : Number(range.slice(comma + 1));
}

// src/git/raw-diff.ts
function parseNameStatus(text) {
  const fields = (text.charCodeAt(0) === 10 || text.charCodeAt(0) === 0 ? text.slice(1) : text).split("\0");
  const paths = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i] ?? "";
    if (status === "") break;
    const letter = status.charAt(0);
    const path = letter === "R" || letter === "C" ? fields[i + 2] : fields[i + 1];
    paths.push({ status: letter, path: path ?? "" });
    i += letter === "R" || letter === "C" ? 3 : 2;
  }
  return paths;
}
function parseRawAndPatch(text) {
  const paths = [];
  let position = text.charCodeAt(0) === 10 || text.charCodeAt(0) === 0 ? 1 : 0;
  let combined = false;
  while (text.charCodeAt(position) === 58) {
    const metaEnd = text.indexOf("\0", position);
    if (metaEnd === -1) break;
    let parents = 1;
    while (text.charCodeAt(position + parents) === 58) parents++;
    const meta = text.slice(position + parents, metaEnd).split(" ");
    const letters = meta[2 * parents + 2] ?? "";
    const status = parents > 1 ? /^D+$/.test(letters) ? "D" : "A" : letters.charAt(0);
    combined ||= parents > 1;
    const pathCount = status === "R" || status === "C" ? 2 : 1;
    let end = metaEnd;
    let path = "";
    for (let i = 0; i < pathCount; i++) {
      const next = text.indexOf("\0", end + 1);
      if (next === -1) return { paths, diff: "" };
      path = text.slice(end + 1, next);
      end = next;
    }
    paths.push({ status, path, mode: meta[parents], blob: meta[2 * parents + 1] });
    position = end + 1;
  }
  if (text.charCodeAt(position) === 0) position++;
  const diff = text.slice(position);
  return { paths, diff: combined ? combinedToUnified(diff) : diff };
}

export {
  parseNameStatus,
  parseRawAndPatch
};
