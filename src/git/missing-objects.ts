import { runGit, firstLine } from './run-git.js';
import { UsageError } from '../errors.js';

/** Which of the ids name no object at all here (one `git cat-file --batch-check`); tags, trees and blobs are present. */
export async function missingObjects(cwd: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const result = await runGit(['cat-file', '--batch-check=%(objectname) %(objecttype)'], cwd, unique.map((id) => `${id}\n`).join(''));
  if (result.code !== 0) throw new UsageError(`git cat-file --batch-check: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const lines = result.stdout.toString('utf8').split('\n');
  // git answers "<id> missing" for an object it cannot find, one line per input line, in order.
  return unique.filter((id, index) => !(lines[index] ?? '').startsWith(`${id} `) || (lines[index] ?? '').endsWith(' missing'));
}
