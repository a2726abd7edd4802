import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

// src/git/raw-diff.ts
function parseNameStatus(text) {
  const fields = (text.charCodeAt(0) === 10 ? text.slice(1) : text).split("\0");
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
  let position = text.startsWith("\n") ? 1 : 0;
  while (text.charCodeAt(position) === 58) {
    const metaEnd = text.indexOf("\0", position);
    if (metaEnd === -1) break;
    const meta = text.slice(position + 1, metaEnd).split(" ");
    const status = (meta[4] ?? "").charAt(0);
    const pathCount = status === "R" || status === "C" ? 2 : 1;
    let end = metaEnd;
    let path = "";
    for (let i = 0; i < pathCount; i++) {
      const next = text.indexOf("\0", end + 1);
      if (next === -1) return { paths, diff: "" };
      path = text.slice(end + 1, next);
      end = next;
    }
    paths.push({ status, path, mode: meta[1] });
    position = end + 1;
  }
  if (text.charCodeAt(position) === 0) position++;
  return { paths, diff: text.slice(position) };
}

export {
  parseNameStatus,
  parseRawAndPatch
};
