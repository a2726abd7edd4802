// A reader for the YAML subset policies are written in (the starter policy's: block mappings and sequences, flow lists,
// quoted and plain strings, booleans, comments), so a hook does not load the `yaml` parser (~70 ms here) on every commit.
// Anything outside that subset gives undefined and the caller parses the text with `yaml`; test/unit/read-simple-yaml.test.ts
// checks that what it reads equals what `yaml` reads.

type Value = string | boolean | Value[] | { [key: string]: Value };

interface Line {
  indent: number;
  text: string;
}

/** Thrown inside the reader when the text leaves the subset; never escapes it. */
class OutsideSubset extends Error {}

/** The document's value, or undefined when the text is not in the subset (or is empty). */
export function readSimpleYaml(text: string): Value | undefined {
  const lines: Line[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const body = raw.replace(/ +$/, '');
    const trimmed = body.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = body.length - trimmed.length;
    // Tabs, directives and document markers are YAML the reader leaves to the real parser.
    const marker = indent === 0 && (trimmed.startsWith('%') || trimmed.startsWith('---') || trimmed.startsWith('...'));
    if (/^[ ]*\t/.test(raw) || marker) return undefined;
    lines.push({ indent, text: trimmed });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  try {
    const [value, next] = readBlock(lines, 0, 0);
    return next === lines.length ? value : undefined;
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

function outside(): never {
  throw new OutsideSubset();
}

function readBlock(lines: Line[], start: number, indent: number): [Value, number] {
  return isSequenceItem(lines[start]!.text) ? readSequence(lines, start, indent) : readMapping(lines, start, indent);
}

function isSequenceItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

const KEY = /^([A-Za-z_][A-Za-z0-9_./-]*|"(?:[^"\\]|\\.)*")(?::(?: +(.*))?)$/;

function readMapping(lines: Line[], start: number, indent: number): [Value, number] {
  const map: { [key: string]: Value } = {};
  let index = start;
  while (index < lines.length && lines[index]!.indent === indent) {
    const line = lines[index]!;
    if (isSequenceItem(line.text)) outside();
    const match = KEY.exec(line.text);
    if (!match) outside();
    const key = match[1]!.startsWith('"') ? quoted(match[1]!) : match[1]!;
    // Duplicate keys are an error for `yaml`: let it give the message.
    if (Object.hasOwn(map, key) || key === '__proto__') outside();
    const rest = match[2] === undefined || match[2].startsWith('#') ? '' : match[2];
    index++;
    if (rest === '') {
      // A key with nothing under it is null in YAML: outside the subset.
      const child = lines[index];
      if (!child || child.indent <= indent) outside();
      const [value, next] = readBlock(lines, index, child.indent);
      map[key] = value;
      index = next;
    } else {
      map[key] = inlineValue(rest);
    }
  }
  if (index < lines.length && lines[index]!.indent > indent) outside();
  return [map, index];
}

function readSequence(lines: Line[], start: number, indent: number): [Value, number] {
  const list: Value[] = [];
  let index = start;
  while (index < lines.length && lines[index]!.indent === indent) {
    const line = lines[index]!;
    if (!isSequenceItem(line.text)) outside();
    const content = line.text.slice(1).trimStart();
    if (content === '' || content.startsWith('#') || isSequenceItem(content)) outside();
    if (KEY.test(content)) {
      // `- key: value` opens a mapping whose keys line up with the first one.
      const itemIndent = indent + line.text.length - content.length;
      const copy = [...lines];
      copy[index] = { indent: itemIndent, text: content };
      const [value, next] = readMapping(copy, index, itemIndent);
      list.push(value);
      index = next;
    } else {
      list.push(inlineValue(content));
      index++;
    }
  }
  if (index < lines.length && lines[index]!.indent > indent) outside();
  return [list, index];
}

/** A value on the same line as its key or dash: a quoted string, a flow list or a plain scalar, then at most a comment. */
function inlineValue(text: string): Value {
  const [value, rest] = text.startsWith('[') ? flowList(text) : scalarAt(text, false);
  if (rest.trim() !== '' && !/^ +#/.test(rest)) outside();
  return value;
}

function flowList(text: string): [Value[], string] {
  const items: Value[] = [];
  let rest = text.slice(1).trimStart();
  if (rest.startsWith(']')) return [items, rest.slice(1)];
  for (;;) {
    const [item, after] = scalarAt(rest, true);
    items.push(item);
    rest = after.trimStart();
    if (rest.startsWith(']')) return [items, rest.slice(1)];
    if (!rest.startsWith(',')) outside();
    rest = rest.slice(1).trimStart();
  }
}

const DOUBLE = /^"(?:[^"\\]|\\.)*"/;
const SINGLE = /^'(?:[^']|'')*'/;

function scalarAt(text: string, inFlow: boolean): [Value, string] {
  const double = DOUBLE.exec(text);
  if (double) return [quoted(double[0]), text.slice(double[0].length)];
  const single = SINGLE.exec(text);
  if (single) return [single[0].slice(1, -1).replace(/''/g, "'"), text.slice(single[0].length)];
  const end = inFlow ? (/[,\]]| #/.exec(text)?.index ?? text.length) : (/ #/.exec(text)?.index ?? text.length);
  return [plain(text.slice(0, end).trim()), text.slice(end)];
}

/** A double-quoted string with JSON's escapes only (YAML's others, and tabs, are left to `yaml`). */
function quoted(text: string): string {
  try {
    return JSON.parse(text) as string;
  } catch {
    return outside();
  }
}

const PLAIN = /^[A-Za-z_./][A-Za-z0-9_./@+*()=~%-]*(?:[ :][A-Za-z0-9_./@+*()=~%-]+)*$/;

/** A plain scalar that can only be a string or a boolean; numbers, nulls, dates and special floats are outside the subset. */
function plain(text: string): Value {
  if (!PLAIN.test(text) || /^\.(?:inf|nan|[0-9])/i.test(text)) outside();
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (text === 'null' || text === 'Null' || text === 'NULL') outside();
  return text;
}
