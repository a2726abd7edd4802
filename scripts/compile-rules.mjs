// Build step: rules/*.yml → build/rules.json, validated against rules/schema.json, globs compiled to
// regular expressions, so that a hook loads neither a YAML parser nor a glob library. The bundle embeds the result.
// `node scripts/compile-rules.mjs --check DIR` validates the packs of DIR the same way and writes nothing.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import Ajv from 'ajv';
import micromatch from 'micromatch';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// What each settings analyser reports: the same data file the analysers' registry is typed from.
const ISSUE_TABLE = join(root, 'src/detect/settings/analyser-issues.json');
const { analysers: ANALYSER_ISSUES, foundBy: FOUND_BY } = JSON.parse(readFileSync(ISSUE_TABLE, 'utf8'));

/** The compiled rule list as JSON text. */
export function compileRules(rulesDir = join(root, 'rules')) {
  const schema = JSON.parse(readFileSync(join(root, 'rules', 'schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const rules = [];
  const ids = new Set();
  for (const file of readdirSync(rulesDir)
    .filter((name) => name.endsWith('.yml'))
    .sort()) {
    const pack = parse(readFileSync(join(rulesDir, file), 'utf8'));
    if (!validate(pack)) {
      const error = validate.errors[0];
      throw new Error(`rules/${file}: ${error.instancePath || '/'} ${error.message}`);
    }
    for (const rule of pack.rules) {
      if (rule.tool !== pack.tool) throw new Error(`rules/${file}: ${rule.id} has tool ${rule.tool}, the pack is ${pack.tool}`);
      if (!rule.id.startsWith(`${rule.tool}/`)) throw new Error(`rules/${file}: ${rule.id} must start with ${rule.tool}/`);
      if (ids.has(rule.id)) throw new Error(`rules/${file}: duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      if (rule.kind === 'settings') checkSettingsRule(file, rule);
      if (rule.pattern) new RegExp(rule.pattern, 'gim' + (rule.flags ?? '').replace('-i', ''));
      const compiled = { ...rule };
      if (rule.paths) compiled.pathRegex = rule.paths.map((glob) => micromatch.makeRe(glob, { dot: true }).source);
      if (rule.excludePaths) compiled.excludePathRegex = rule.excludePaths.map((glob) => micromatch.makeRe(glob, { dot: true }).source);
      rules.push(compiled);
    }
  }
  return { json: JSON.stringify(rules), count: rules.length };
}

/** A settings rule names an analyser that exists and an issue that analyser reports, or a command that finds it. */
function checkSettingsRule(file, rule) {
  if (rule.foundBy !== undefined) {
    if (!FOUND_BY.includes(rule.foundBy)) {
      throw new Error(`rules/${file}: ${rule.id}: foundBy ${rule.foundBy} is none of ${FOUND_BY.join(', ')}`);
    }
    return;
  }
  const issues = Object.hasOwn(ANALYSER_ISSUES, rule.analyser) ? ANALYSER_ISSUES[rule.analyser] : undefined;
  const where = `rules/${file}: ${rule.id}`;
  if (!issues) throw new Error(`${where}: unknown analyser ${rule.analyser} (known: ${Object.keys(ANALYSER_ISSUES).join(', ')})`);
  if (!issues.includes(rule.issue)) {
    throw new Error(`${where}: analyser ${rule.analyser} reports no issue ${rule.issue} (it reports ${issues.join(', ')})`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const checkOnly = process.argv[2] === '--check';
  let compiled;
  try {
    compiled = compileRules(checkOnly && process.argv[3] ? process.argv[3] : undefined);
  } catch (error) {
    // One line naming the file and the rule: a broken pack is a build error, not a stack trace.
    console.error(error.message.split('\n')[0]);
    process.exit(1);
  }
  if (checkOnly) {
    console.log(`checked ${compiled.count} rules`);
  } else {
    mkdirSync(join(root, 'build'), { recursive: true });
    writeFileSync(join(root, 'build', 'rules.json'), compiled.json);
    console.log(`compiled ${compiled.count} rules`);
  }
}
