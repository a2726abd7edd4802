// The pre-commit framework: a local repo entry with one hook a stage in .pre-commit-config.yaml, calling the runner.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import type { Change } from './changes.js';
import { UsageError } from '../errors.js';
import { runnerCommand, runnerFileChange, runnerFileRemoval, type InstalledHook } from './hook-lines.js';

const HOOK_IDS = ['aiguard', 'aiguard-commit-msg', 'aiguard-pre-push'];
const INSTALL_TYPES = ['pre-commit', 'commit-msg', 'pre-push'];

/** Stage names changed in pre-commit 3.2 (commit → pre-commit, push → pre-push); older releases know only the old ones. */
export function stageNames(version: string | undefined): { commit: string; push: string } {
  const match = /(\d+)\.(\d+)/.exec(version ?? '');
  const modern = !match || Number(match[1]) > 3 || (Number(match[1]) === 3 && Number(match[2]) >= 2);
  return modern ? { commit: 'pre-commit', push: 'pre-push' } : { commit: 'commit', push: 'push' };
}

export function installedPreCommitVersion(): string | undefined {
  const result = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

type Yaml = typeof import('yaml');

async function open(path: string) {
  const YAML: Yaml = await import('yaml');
  const doc = YAML.parseDocument(readFileSync(path, 'utf8'));
  if (doc.errors.length > 0) throw new UsageError(`${path}: invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  if (!YAML.isMap(doc.contents)) throw new UsageError(`${path}: expected a mapping at the top level`);
  const repos = doc.get('repos');
  if (repos !== undefined && repos !== null && !YAML.isSeq(repos)) throw new UsageError(`${path}: repos: expected a list`);
  const isAiguardRepo = (repo: unknown): boolean => {
    const hooks = YAML.isMap(repo) ? repo.get('hooks') : undefined;
    return YAML.isSeq(hooks) && hooks.items.some((hook) => YAML.isMap(hook) && String(hook.get('id') ?? '').startsWith('aiguard'));
  };
  return { YAML, doc, repos: YAML.isSeq(repos) ? repos : undefined, isAiguardRepo };
}

export async function preCommitFrameworkChanges(path: string, version = installedPreCommitVersion()): Promise<Change[]> {
  const { YAML, doc, repos, isAiguardRepo } = await open(path);
  const runner = runnerFileChange(dirname(path));
  if (repos?.items.some(isAiguardRepo)) return runner;
  const stages = stageNames(version);
  const hook = (id: string, name: string, gitHook: InstalledHook, stage: string, passFilenames: boolean) => ({
    id,
    name,
    entry: runnerCommand(gitHook),
    language: 'system',
    stages: [stage],
    pass_filenames: passFilenames,
    always_run: true,
  });
  const entry = {
    repo: 'local',
    hooks: [
      hook(HOOK_IDS[0]!, 'aiguard: AI tool traces in staged changes', 'pre-commit', stages.commit, false),
      // The framework passes the message file as the one file name of a commit-msg hook.
      hook(HOOK_IDS[1]!, 'aiguard: AI attribution in the commit message', 'commit-msg', 'commit-msg', true),
      // The framework keeps the push lines; aiguard reads PRE_COMMIT_FROM_REF/TO_REF instead.
      hook(HOOK_IDS[2]!, 'aiguard: AI tool traces in pushed commits', 'pre-push', stages.push, false),
    ],
  };
  if (repos) repos.add(doc.createNode(entry));
  else doc.set('repos', doc.createNode([entry]));
  const types = doc.get('default_install_hook_types');
  if (YAML.isSeq(types)) {
    for (const type of INSTALL_TYPES) if (!types.items.some((item) => YAML.isScalar(item) && item.value === type)) types.add(type);
  } else if (types === undefined) {
    doc.set('default_install_hook_types', doc.createNode(INSTALL_TYPES, { flow: true }));
  }
  const summary = 'add a local repo entry with the aiguard hooks (pre-commit, commit-msg, pre-push)';
  return [...runner, { type: 'file', path, content: doc.toString(), summary }];
}

export async function preCommitFrameworkRemovals(path: string): Promise<Change[]> {
  const { YAML, doc, repos, isAiguardRepo } = await open(path);
  const runner = runnerFileRemoval(dirname(path));
  const local = repos?.items.findIndex((repo) => YAML.isMap(repo) && repo.get('repo') === 'local' && isAiguardRepo(repo)) ?? -1;
  if (!repos || local === -1) return runner;
  repos.items.splice(local, 1);
  // The hook types init lists, when they are exactly what it wrote.
  const types = doc.get('default_install_hook_types');
  if (YAML.isSeq(types) && types.items.map((item) => (YAML.isScalar(item) ? item.value : undefined)).join() === INSTALL_TYPES.join()) {
    doc.delete('default_install_hook_types');
  }
  return [{ type: 'file', path, content: doc.toString(), summary: 'remove the local repo entry with the aiguard hooks' }, ...runner];
}
