// Rewrites the two tables of docs/rules.md (the packs, the settings checks) from rules/*.yml.
// Run after changing a pack: node scripts/rules-doc-tables.mjs (test/rule-examples checks the docs list every rule).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cell = (text) => text.replaceAll('|', '\\|');
const shortGlob = (glob) => `\`${glob.replace(/^\*\*\//, '')}\``;
const packRows = [];
const settingsRows = [];
for (const file of readdirSync(join(root, 'rules'))
  .filter((name) => name.endsWith('.yml'))
  .sort()) {
  const pack = parse(readFileSync(join(root, 'rules', file), 'utf8'));
  const kinds = {};
  for (const rule of pack.rules) {
    kinds[rule.kind] = (kinds[rule.kind] ?? 0) + 1;
    if (rule.kind === 'settings') {
      settingsRows.push(
        `| \`${rule.id}\` | ${rule.paths.map(shortGlob).join(', ')} | ${rule.severity} | ${cell(rule.description)} | ${cell(rule.why)} |`,
      );
    }
  }
  const paths = [...new Set(pack.rules.filter((rule) => rule.kind === 'path').flatMap((rule) => rule.paths))].slice(0, 6).map(shortGlob);
  packRows.push(
    `| \`${pack.tool}\` | ${pack.rules.length} | ${Object.entries(kinds)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')} | ${paths.join(', ')} |`,
  );
}
const docPath = join(root, 'docs', 'rules.md');
const out = [];
let inTable = false;
for (const line of readFileSync(docPath, 'utf8').split('\n')) {
  if (line === '|---|---|---|---|' || line === '|---|---|---|---|---|') {
    out.push(line, ...(line === '|---|---|---|---|' ? packRows : settingsRows));
    inTable = true;
  } else if (!(inTable && line.startsWith('| `'))) {
    out.push(line);
    inTable = false;
  }
}
writeFileSync(docPath, out.join('\n'));
console.log(`docs/rules.md: ${packRows.length} packs, ${settingsRows.length} settings checks`);
