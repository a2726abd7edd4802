import { basename, extname } from 'node:path';
import { UsageError } from '../errors.js';
import { readSimpleYaml } from './read-simple-yaml.js';

/**
 * Parses a JSON or YAML config (a file's text, or what `git show REV:path` gives in CI); undefined when it holds
 * nothing, which cosmiconfig's search skips. package.json gives its aiguard key.
 */
export async function parseDataConfig(text: string, path: string, label = path): Promise<unknown> {
  if (text.trim() === '') return undefined;
  if (basename(path) === 'package.json') return parseJson(text, label).aiguard;
  if (extname(path) === '.json') return parseJson(text, label);
  // The subset policies are written in needs no parser module; the rest goes to `yaml`.
  const simple = readSimpleYaml(text);
  if (simple !== undefined) return simple;
  const { parse } = await import('yaml');
  try {
    // YAML is a superset of JSON: extensionless rc files take either.
    return parse(text) ?? undefined;
  } catch (error) {
    throw new UsageError(`${label}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function parseJson(text: string, label: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`${label}: invalid JSON: ${(error as Error).message}`);
  }
}
