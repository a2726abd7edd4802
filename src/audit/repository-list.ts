// The repositories an audit covers: arguments and a --repos file, each a local path or a git URL.
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export interface AuditTarget {
  /** How the store names it: the URL as written, or the local path made absolute. */
  name: string;
  /** A URL to mirror into the cache, or a local repository (work tree or bare) read in place. */
  kind: 'url' | 'local';
}

// scheme://… (https, ssh, git, file) or scp-like user@host:path; a Windows drive letter is a path.
const URL_FORM = /^[a-z][a-z0-9+.-]*:\/\//i;
const SCP_FORM = /^[^/\\:]+@[^/\\:]+:/;

export function isGitUrl(text: string): boolean {
  return URL_FORM.test(text) || SCP_FORM.test(text);
}

/** A --repos file: one repository a line; blank lines and `#` comments are skipped. */
export function parseRepositoryFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

export function readRepositoryFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--repos ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseRepositoryFile(text);
}

/** Targets from both sources, each once, sorted by name: the order shards slice. */
export function auditTargets(entries: string[], cwd = process.cwd()): AuditTarget[] {
  const byName = new Map<string, AuditTarget>();
  for (const entry of entries) {
    if (entry.startsWith('-')) throw new UsageError(`repository ${entry}: a repository may not start with "-"`);
    const target: AuditTarget = isGitUrl(entry)
      ? { name: entry.replace(/\/+$/, ''), kind: 'url' }
      : { name: isAbsolute(entry) ? resolve(entry) : resolve(cwd, entry), kind: 'local' };
    byName.set(target.name, target);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
