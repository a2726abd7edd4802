import { applyLevels } from './levels.js';
import { matchLiteralIgnore } from './ignore-paths.js';
import { applyBaseline, baselineRepoPath } from './baseline.js';
import { applyAllow } from './allow.js';
import { applyEffectiveDate } from './effective-date.js';
/** Findings under the policy, in this order: ignore → levels → baseline → allow → effective date. */
export async function applyPolicy(findings, policy, context = { gate: false }) {
    const ignoredBaselineFile = context.repoDir ? baselineRepoPath(context.repoDir, policy.baseline) : undefined;
    const kept = await dropIgnored(findings, policy.ignore, ignoredBaselineFile);
    let result = applyLevels(kept, policy);
    if (policy.baseline !== false)
        result = applyBaseline(result, context.baseline, context.baselineLabel ?? policy.baseline, context.patchIds);
    result = await applyAllow(result, policy.allow, context.now ?? new Date());
    return applyEffectiveDate(result, { effective: policy.effective, trustCommitDates: policy.trustCommitDates, gate: context.gate });
}
async function dropIgnored(findings, ignore, baselineFile) {
    // The baseline lists evidence verbatim: it must not report itself (a change to it is still aiguard's own finding).
    const withoutBaseline = baselineFile ? findings.filter((finding) => finding.path !== baselineFile || finding.tool === 'aiguard') : findings;
    if (ignore.length === 0 || !withoutBaseline.some((finding) => finding.path))
        return withoutBaseline;
    const quick = withoutBaseline.map((finding) => (finding.path ? matchLiteralIgnore(ignore, finding.path) : false));
    if (!quick.includes(undefined))
        return withoutBaseline.filter((_, index) => !quick[index]);
    const micromatch = (await import('micromatch')).default;
    return withoutBaseline.filter((finding) => !finding.path || !micromatch.isMatch(finding.path, ignore, { dot: true }));
}
