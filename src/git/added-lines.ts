import { unquotePath } from './unquote-path.js';

export interface AddedLine {
  path: string;
  line: number;
  text: string;
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** The added lines of a unified diff, with their file and line; hunk counts decide what is a line and what a header. */
export function* addedLines(diff: string): Generator<AddedLine> {
  let path = '';
  let removedLeft = 0;
  let addedLeft = 0;
  let nextLine = 0;
  let position = 0;
  while (position < diff.length) {
    let end = diff.indexOf('\n', position);
    if (end === -1) end = diff.length;
    const line = diff.slice(position, end);
    position = end + 1;
    if (removedLeft > 0 || addedLeft > 0) {
      const marker = line.charCodeAt(0);
      if (marker === 43 /* + */ && addedLeft > 0) {
        addedLeft--;
        yield { path, line: nextLine++, text: line.slice(1) };
        continue;
      }
      if (marker === 45 /* - */ && removedLeft > 0) {
        removedLeft--;
        continue;
      }
      if (marker === 92 /* \ No newline at end of file */) continue;
      removedLeft = addedLeft = 0;
    }
    if (line.startsWith('+++ ')) {
      path = headerPath(line.slice(4));
    } else if (line.startsWith('@@ ')) {
      const hunk = HUNK.exec(line);
      if (!hunk) continue;
      removedLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
      addedLeft = hunk[3] === undefined ? 1 : Number(hunk[3]);
      nextLine = Number(hunk[2]);
    }
  }
}

function headerPath(raw: string): string {
  // git adds a tab after a path that holds a space.
  const trimmed = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (trimmed === '/dev/null') return '';
  const unquoted = unquotePath(trimmed);
  return unquoted.startsWith('b/') ? unquoted.slice(2) : unquoted;
}
