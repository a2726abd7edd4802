// JSON with comments and trailing commas, as agents accept it, with the line of every node.
import { createRequire } from 'node:module';
// The parser module alone, through require: importing the package's UMD main from ESM ran the CJS export
// lexer over it and loaded its formatter and editor too (~20 ms against ~4 ms). The package has no exports map.
const require = createRequire(import.meta.url);
const parserModule = 'jsonc-parser/lib/umd/impl/parser.js';
const { parseTree, getNodeValue } = require(parserModule);
// The names of parse errors live in the main module only: loaded for a file that does not parse.
const printParseErrorCode = (code) => require('jsonc-parser').printParseErrorCode(code);
export function parseJsonDocument(raw) {
    const text = raw.replace(/^\uFEFF/, ' '); // a BOM kept as one character keeps offsets and lines right
    const errors = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const lineAt = (offset) => {
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (lineStarts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    };
    return { root, errors, lineAt };
}
/** The issue for a file that does not parse (or is not an object): it cannot be checked, so it is reported. */
export function unparsableIssue(doc, issue = 'unparsable') {
    const error = doc.errors[0];
    if (error)
        return { issue, line: doc.lineAt(error.offset), evidence: `invalid JSON: ${printParseErrorCode(error.error)}` };
    if (!doc.root || doc.root.type !== 'object')
        return { issue, line: 1, evidence: 'not a JSON object' };
    return undefined;
}
export function openSettingsJson(text, unparsable = 'unparsable') {
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
export function duplicateKeyIssues(doc) {
    const issues = [];
    const visit = (node, path) => {
        if (!node)
            return;
        if (node.type === 'array')
            (node.children ?? []).forEach((item, index) => visit(item, `${path}[${index}]`));
        if (node.type !== 'object')
            return;
        const seen = new Map();
        for (const property of node.children ?? []) {
            const [key, value] = property.children ?? [];
            if (!key || typeof key.value !== 'string')
                continue;
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
export function child(node, key) {
    if (node?.type !== 'object')
        return undefined;
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
        if (children[index].children?.[0]?.value === key)
            return children[index].children?.[1];
    }
    return undefined;
}
/** An object's properties as [key, key node, value node]; a duplicate key counts once, where JSON.parse puts it
 * (its first place) with its last value. */
export function properties(node) {
    if (node?.type !== 'object')
        return [];
    const byKey = new Map();
    for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value || typeof key.value !== 'string')
            continue;
        byKey.set(key.value, [key.value, key, value]);
    }
    return [...byKey.values()];
}
export function items(node) {
    return node?.type === 'array' ? (node.children ?? []) : [];
}
export function valueOf(node) {
    return node ? getNodeValue(node) : undefined;
}
/** The line of a property's key (the node is its value). */
export function keyLine(doc, value) {
    const key = value.parent?.children?.[0];
    return doc.lineAt(key && key !== value ? key.offset : value.offset);
}
