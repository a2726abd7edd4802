// Which hook manager a repository uses, for `aiguard init` and `aiguard uninstall` alike.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Manager =
  { name: 'husky' } | { name: 'lefthook'; file: string } | { name: 'pre-commit framework'; file: string } | { name: 'native hooks' };

const LEFTHOOK_FILES = ['lefthook.yml', 'lefthook.yaml', '.lefthook.yml', '.lefthook.yaml'];

export function detectManager(root: string, forceNative: boolean): Manager {
  if (forceNative) return { name: 'native hooks' };
  if (usesHusky(root)) return { name: 'husky' };
  const lefthook = LEFTHOOK_FILES.find((name) => existsSync(join(root, name)));
  if (lefthook) return { name: 'lefthook', file: join(root, lefthook) };
  const preCommit = join(root, '.pre-commit-config.yaml');
  if (existsSync(preCommit)) return { name: 'pre-commit framework', file: preCommit };
  return { name: 'native hooks' };
}

function usesHusky(root: string): boolean {
  if (existsSync(join(root, '.husky'))) return true;
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return Boolean(pkg.devDependencies?.husky ?? pkg.dependencies?.husky);
  } catch {
    return false;
  }
}
