// git's combined diff (`--cc`) of a merge, turned into the plain -U0 form the rest of aiguard reads: only the lines
// the merge adds beyond every parent (a `+` in every column) are kept, each as a one-line hunk at its result line.

const COMBINED_HUNK = /^(@{3,}) (.*) \1/;

/** The combined patch of one merge as a unified diff of its own added lines (headers kept, so paths stay known). */
export function combinedToUnified(diff: string): string {
  const lines = diff.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const hunk = COMBINED_HUNK.exec(lines[i]!);
    if (!hunk) {
      // Outside a hunk only headers occur: `diff --cc`, `index`, `---`, `+++`, mode lines.
      out.push(lines[i]!);
      continue;
    }
    const parents = hunk[1]!.length - 1;
    const ranges = hunk[2]!.split(' ');
    const parentLeft = ranges.slice(0, parents).map(count);
    let resultLeft = count(ranges[parents] ?? '');
    let resultLine = Number((ranges[parents] ?? '+0').slice(1).split(',')[0]);
    while (i + 1 < lines.length && (resultLeft > 0 || parentLeft.some((left) => left > 0))) {
      const line = lines[++i]!;
      if (line.startsWith('\\')) continue; // "\ No newline at end of file"
      const columns = line.slice(0, parents);
      for (let parent = 0; parent < parents; parent++) if (columns[parent] !== '+') parentLeft[parent]!--;
      if (columns.includes('-')) continue; // Not in the merge's result.
      resultLeft--;
      if (!/[^+]/.test(columns)) out.push(`@@ -0,0 +${resultLine} @@`, `+${line.slice(parents)}`);
      resultLine++;
    }
  }
  return out.join('\n');
}

// "-12,3" / "+4" → the line count (1 when git leaves it out).
function count(range: string): number {
  const comma = range.indexOf(',');
  return comma === -1 ? 1 : Number(range.slice(comma + 1));
}
