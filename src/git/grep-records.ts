// git grep -z -n output read as it arrives: `<path>\0<line>\0<text>\n` records. A path may hold a newline (never a
// NUL), a line of a binary file may hold a NUL (never a newline), so the fields are read in order, not split.
// Each record's text is offered to `keep` as soon as it is whole: a tree's grep may print every line of its binary
// files, and only the lines kept are held in memory.

export interface GrepHit {
  path: string;
  line: number;
  text: string;
}

const NUL = 0;
const NEWLINE = 0x0a;

export class GrepRecords {
  readonly hits: GrepHit[] = [];
  private field = 0;
  private parts: Buffer[] = [];
  private path = '';
  private line = 0;

  constructor(
    /** What git prints before each path (`HEAD:` when it greps a commit): not part of the path. */
    private readonly prefix: string,
    private readonly keep: (text: string) => boolean = () => true,
  ) {}

  push(chunk: Buffer): void {
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
  end(): GrepHit[] {
    if (this.field === 2) this.endField(Buffer.alloc(0));
    return this.hits;
  }

  private endField(last: Buffer): void {
    const bytes = this.parts.length ? Buffer.concat([...this.parts, last]) : last;
    this.parts = [];
    if (this.field === 0) this.path = bytes.toString('utf8').slice(this.prefix.length);
    else if (this.field === 1) this.line = Number(bytes.toString('latin1'));
    else {
      const text = bytes.toString('utf8');
      if (this.keep(text)) this.hits.push({ path: this.path, line: this.line, text });
    }
    this.field = (this.field + 1) % 3;
  }
}

/** A line found twice (by two greps, or in the work tree and in the index) counts once, where it came first. */
export function withoutRepeatedLines<Line extends { path: string; line: number; text: string }>(lines: readonly Line[]): Line[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = `${line.path}\0${line.line}\0${line.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
