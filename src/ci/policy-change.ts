import type { Finding } from '../types.js';
import type { Repository } from '../git/repository.js';
import type { Matchers } from '../detect/compile-rules.js';
import { makeFinding } from '../detect/make-finding.js';
import { changedPathsSince, showFile } from '../git/show-file.js';

export const POLICY_CHANGED_RULE = 'aiguard/policy-changed';

/** A PR that edits, adds or deletes the policy is a finding of its own, judged by the base policy. */
export async function policyChangeFindings(repo: Repository, matchers: Matchers, base: string, head: string, policyPaths: string[]): Promise<Finding[]> {
  const compiled = matchers.rules.get(POLICY_CHANGED_RULE);
  if (!compiled) return [];
  const changed = await changedPathsSince(repo, base, head, policyPaths);
  const findings: Finding[] = [];
  for (const path of changed) {
    // package.json changes all the time; only its aiguard key is the policy.
    if (path === 'package.json' && !(await aiguardKeyChanged(repo, base, head))) continue;
    findings.push(makeFinding(compiled, path, { path, field: 'policy' }));
  }
  return findings;
}

async function aiguardKeyChanged(repo: Repository, base: string, head: string): Promise<boolean> {
  const [before, after] = await Promise.all([showFile(repo, base, 'package.json'), showFile(repo, head, 'package.json')]);
  return aiguardKey(before) !== aiguardKey(after);
}

function aiguardKey(text: string | undefined): string {
  if (text === undefined) return '';
  try {
    return JSON.stringify((JSON.parse(text) as Record<string, unknown>).aiguard ?? null);
  } catch {
    // An unparsable package.json at head cannot be shown to leave the policy alone.
    return `unparsable:${text.length}`;
  }
}
