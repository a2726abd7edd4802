// For commits already made: rewrite them from the parent of the oldest offending one, then push again.
import type { Verdict } from '../types.js';
import { rebaseBase, rewordCommand, shellQuote, topPathspec } from './build-report.js';

/** The commands that take blocking findings out of the commits that hold them; undefined when none is in a commit. */
export function rewriteRecipe(blocking: Verdict[], rootCommits: ReadonlySet<string>): string[] | undefined {
  const inCommits = blocking.filter((finding) => finding.commit !== undefined);
  const commits = [...new Set(inCommits.map((finding) => finding.commit!))];
  if (commits.length === 0) return undefined;
  const base = rebaseBase(commits, rootCommits);
  const kinds = new Set(inCommits.map((finding) => finding.kind));
  const steps: string[] = [];
  if (kinds.has('message')) {
    steps.push(`fix:   ${rewordCommand(base)}`);
    steps.push('       (rewords every commit since then through aiguard fix-message, which removes the AI lines)');
  }
  const paths = [...new Set(inCommits.filter((finding) => finding.path).map((finding) => shellQuote(topPathspec(finding.path!))))];
  const identities = kinds.has('identity');
  if (paths.length > 0 || identities) {
    // --ignore-unmatch: each stop is one commit, which holds some of the paths, not always all of them.
    const remove = paths.length > 0 ? `git rm -r -q --cached --ignore-unmatch ${paths.join(' ')}` : '';
    const amend = [remove, `git commit --amend --no-edit${identities ? ' --reset-author' : ''}`].filter(Boolean).join(' && ');
    const marks = commits.map((id) => id.slice(0, 12)).join(' ');
    steps.push(`${steps.length ? '  and: ' : 'fix:   '}git rebase -i ${base}   # mark ${marks} "edit"; at each stop:`);
    steps.push(`       ${amend} && git rebase --continue`);
  }
  steps.push('       then push again.');
  return steps;
}
