// Patch ids: what a commit changes, whatever its id — rebase and cherry-pick keep it, a new change cannot.
import { spawn } from 'node:child_process';
import { gitArgs, gitEnv, firstLine } from './run-git.js';
import { UsageError } from '../errors.js';

const DIFF_ARGS = [
  'diff-tree',
  '--stdin',
  '-p',
  '-r',
  '--root',
  '--no-renames',
  '--text',
  '--no-ext-diff',
  '--no-textconv',
  '--no-color',
  '--full-index',
];

/**
 * `git patch-id --stable` of each commit, from one diff-tree piped into one patch-id: commit id → patch id.
 * A commit that changes nothing (an empty commit, a clean merge) has no patch id and is absent from the map.
 */
export async function patchIds(cwd: string, commits: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (commits.length === 0) return ids;
  const env = gitEnv();
  const diff = spawn('git', gitArgs(DIFF_ARGS), { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const patch = spawn('git', gitArgs(['patch-id', '--stable']), { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  diff.stdout.pipe(patch.stdin);
  const out: Buffer[] = [];
  const errors: Buffer[] = [];
  patch.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  diff.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  patch.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  diff.stdin.on('error', () => undefined);
  patch.stdin.on('error', () => undefined);
  const exit = (child: typeof diff) =>
    new Promise<number>((resolve, reject) => {
      child.on('error', (error) => reject(new UsageError(`cannot run git: ${error.message}`)));
      child.on('close', (code) => resolve(code ?? 1));
    });
  const exits = Promise.all([exit(diff), exit(patch)]);
  diff.stdin.end(`${commits.join('\n')}\n`);
  const [diffCode, patchCode] = await exits;
  // Fail closed: a commit whose patch id cannot be read is never matched to a baseline entry by mistake.
  if (diffCode !== 0 || patchCode !== 0)
    throw new UsageError(`git patch-id: ${firstLine(Buffer.concat(errors).toString('utf8')) || 'failed'}`);
  for (const line of Buffer.concat(out).toString('utf8').split('\n')) {
    const [patchId, commit] = line.split(' ');
    if (patchId && commit) ids.set(commit, patchId);
  }
  return ids;
}
