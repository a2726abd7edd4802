// Build step: rules/*.yml → build/rules.json, validated against rules/schema.json, globs compiled to
// regular expressions, so that a hook loads neither a YAML parser nor a glob library. The bundle embeds the result.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import Ajv from 'ajv';
import micromatch from 'micromatch';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The compiled rule list as JSON text. */
export function compileRules() {
  const rulesDir = join(root, 'rules');
  const schema = JSON.parse(readFileSync(join(rulesDir, 'schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const rules = [];
  const ids = new Set();
  for (const file of readdirSync(rulesDir).filter((name) => name.endsWith('.yml')).sort()) {
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
      if (rule.pattern) new RegExp(rule.pattern, 'gim' + (rule.flags ?? '').replace('-i', ''));
      const compiled = { ...rule };
      if (rule.paths) compiled.pathRegex = rule.paths.map((glob) => micromatch.makeRe(glob, { dot: true }).source);
      if (rule.excludePaths) compiled.excludePathRegex = rule.excludePaths.map((glob) => micromatch.makeRe(glob, { dot: true }).source);
      rules.push(compiled);
    }
  }
  return { json: JSON.stringify(rules), count: rules.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { json, count } = compileRules();
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build', 'rules.json'), json);
  console.log(`compiled ${count} rules`);
}
