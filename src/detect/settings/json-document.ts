// JSON with comments and trailing commas, as agents accept it, with the line of every node.
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { SettingsIssue } from './settings-issue.js';

export type { Node };

// The bundle takes the package's ES module build (scripts/build.mjs), so only the parser code ends up in it;
// the UMD main that the sources load costs ~20 ms in Node's CJS lexer, which only tests pay.

export interface JsonDocument {
  root: Node | undefined;
  errors: ParseError[];
  lineAt(offset: number): number;
}

export function parseJsonDocument(raw: string): JsonDocument {
  const text = raw.replace(/^\uFEFF/, ' '); // a BOM kept as one character keeps offsets and lines right
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  return { root, errors, lineAt };
}

/** The issue for a file that does not parse (or is not an object): it cannot be checked, so it is reported. */
export function unparsableIssue(doc: JsonDocument, issue = 'unparsable'): SettingsIssue | undefined {
  const error = doc.errors[0];
  if (error) return { issue, line: doc.lineAt(error.offset), evidence: `invalid JSON: ${printParseErrorCode(error.error)}` };
  if (!doc.root || doc.root.type !== 'object') return { issue, line: 1, evidence: 'not a JSON object' };
  return undefined;
}

/** A settings file opened for analysis: the document, the issues so far (unparsable, duplicate keys), its object root. */
export interface OpenedSettings {
  doc: JsonDocument;
  issues: SettingsIssue[];
  root: Node | undefined;
}

export function openSettingsJson(text: string, unparsable = 'unparsable'): OpenedSettings {
  const doc = parseJsonDocument(text);
  const broken = unparsableIssue(doc, unparsable);
  const issues = broken ? [broken] : [];
  issues.push(...duplicateKeyIssues(doc));
  return { doc, issues, root: doc.root?.type === 'object' ? doc.root : undefined };
}

/**
 * Keys that occur twice in one object. The agents parse settings with JSON.parse semantics, where the last one
 * wins, and so does this analysis (child, properties); a reviewer reading the first copy sees another document.
 */
export function duplicateKeyIssues(doc: JsonDocument): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const visit = (node: Node | undefined, path: string): void => {
    if (!node) return;
    if (node.type === 'array') (node.children ?? []).forEach((item, index) => visit(item, `${path}[${index}]`));
    if (node.type !== 'object') return;
    const seen = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      const at = path ? `${path}.${key.value}` : key.value;
      const earlier = seen.get(key.value);
      if (earlier) {
        issues.push({
          issue: 'duplicate-key',
          line: doc.lineAt(key.offset),
          evidence: `duplicate key ${at} (also on line ${doc.lineAt(earlier.offset)}): the agent reads this last one`,
        });
      }
      seen.set(key.value, key);
      visit(value, at);
    }
  };
  visit(doc.root, '');
  return issues;
}

/** The value node of an object's property; of duplicate keys the last, as JSON.parse reads them. */
export function child(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  const children = node.children ?? [];
  for (let index = children.length - 1; index >= 0; index--) {
    if (children[index]!.children?.[0]?.value === key) return children[index]!.children?.[1];
  }
  return undefined;
}

/** An object's properties as [key, key node, value node]; a duplicate key counts once, where JSON.parse puts it
 * (its first place) with its last value. */
export function properties(node: Node | undefined): [string, Node, Node][] {
  if (node?.type !== 'object') return [];
  const byKey = new Map<string, [string, Node, Node]>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value || typeof key.value !== 'string') continue;
    byKey.set(key.value, [key.value, key, value]);
  }
  return [...byKey.values()];
}

export function items(node: Node | undefined): Node[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

export function valueOf(node: Node | undefined): unknown {
  return node ? getNodeValue(node) : undefined;
}

/** The line of a property's key (the node is its value). */
export function keyLine(doc: JsonDocument, value: Node): number {
  const key = value.parent?.children?.[0];
  return doc.lineAt(key && key !== value ? key.offset : value.offset);
}
