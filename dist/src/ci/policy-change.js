import { makeFinding } from '../detect/detect-subject.js';
import { changedPathsSince, showFile } from '../git/show-file.js';
export const POLICY_CHANGED_RULE = 'aiguard/policy-changed';
/** A PR that edits, adds or deletes the policy is a finding of its own, judged by the base policy. */
export async function policyChangeFindings(repo, matchers, base, head, policyPaths) {
    const compiled = matchers.rules.get(POLICY_CHANGED_RULE);
    if (!compiled)
        return [];
    const changed = await changedPathsSince(repo, base, head, policyPaths);
    const findings = [];
    for (const path of changed) {
        // package.json changes all the time; only its aiguard key is the policy.
        if (path === 'package.json' && !(await aiguardKeyChanged(repo, base, head)))
            continue;
        findings.push(makeFinding(compiled, path, { path, field: 'policy' }));
    }
    return findings;
}
async function aiguardKeyChanged(repo, base, head) {
    const [before, after] = await Promise.all([showFile(repo, base, 'package.json'), showFile(repo, head, 'package.json')]);
    return aiguardKey(before) !== aiguardKey(after);
}
function aiguardKey(text) {
    if (text === undefined)
        return '';
    try {
        return JSON.stringify(JSON.parse(text).aiguard ?? null);
    }
    catch {
        // An unparsable package.json at head cannot be shown to leave the policy alone.
        return `unparsable:${text.length}`;
    }
}
