import { runGit, firstLine } from './run-git.js';
import { UsageError } from '../errors.js';

export interface RefEntry {
  /** Full name: refs/tags/v1, refs/notes/commits, refs/replace/<id>… */
  ref: string;
  id: string;
  /** The type of the object the ref names (tag for an annotated tag). */
  type: string;
}

/** Every ref (or those under the given prefixes) with its object's id and type, from one git for-each-ref. */
export async function listRefs(cwd: string, prefixes: readonly string[] = []): Promise<RefEntry[]> {
  // Fields end in NUL and records in NUL + newline, so no name or value can shift a column.
  const result = await runGit(['for-each-ref', '--format=%(objectname)%00%(objecttype)%00%(refname)%00', '--', ...prefixes], cwd);
  if (result.code !== 0) throw new UsageError(`git for-each-ref: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const refs: RefEntry[] = [];
  for (const record of result.stdout.toString('utf8').split('\0\n')) {
    const [id, type, ref] = record.split('\0');
    if (id && type && ref) refs.push({ id, type, ref });
  }
  return refs;
}
