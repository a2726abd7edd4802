import { detectSubject } from './detect/detect-subject.js';
import { applyPolicy } from './policy/apply-policy.js';
import { buildReport } from './report/build-report.js';
import { resolvePolicy, checkPolicyIds } from './policy/resolve-policy.js';
import { loadRuleSet } from './detect/rule-set.js';
import { loadSettingsAnalysers } from './detect/settings/analysers.js';
import { settingsChecksFor } from './detect/settings/detect-settings.js';
import { profiling, addTime, clock } from './report/profile.js';
import { settingsTextWanted } from './detect/settings/detect-settings.js';
/** Runs every subject through the matchers; the one place sources meet rules. Streams may yield batches. */
export async function collectFindings(matchers, subjects, out = []) {
    const detect = profiling ? detectProfiled : detectSubject;
    // A list needs no await a subject (20,000 paths of a tree would cost 20,000 microtasks).
    if (Symbol.iterator in subjects) {
        const list = [...subjects];
        // A parser loads only when a settings file that needs it actually turns up.
        if (list.some((subject) => subject.type === 'settings'))
            await loadSettingsAnalysers(settingsChecksFor(matchers, list));
        for (const subject of list)
            detect(matchers, subject, out);
        return out;
    }
    for await (const item of subjects) {
        const batch = Array.isArray(item) ? item : [item];
        if (batch.some((subject) => subject.type === 'settings'))
            await loadSettingsAnalysers(settingsChecksFor(matchers, batch));
        for (const subject of batch)
            detect(matchers, subject, out);
    }
    return out;
}
/**
 * collectFindings plus the settings files among the subjects, their text read from `source` (the work tree,
 * the index or each commit). A list loads no reader unless it names a settings file; the reader is closed however the scan ends.
 */
export async function collectWithSettings(repo, matchers, subjects, source, out = []) {
    const wants = settingsTextWanted(matchers);
    if (Symbol.iterator in subjects) {
        const list = [...subjects];
        await collectFindings(matchers, list, out);
        if (!list.some((subject) => subject.type === 'path' && !subject.symlink && wants(subject.path)))
            return out;
        const { settingsSubjectsFor, settingsTextReader } = await import('./sources/settings-text.js');
        const reader = settingsTextReader(repo, source);
        try {
            return await collectFindings(matchers, await settingsSubjectsFor(list, wants, reader.read), out);
        }
        finally {
            reader.close();
        }
    }
    const { withSettingsText, settingsTextReader } = await import('./sources/settings-text.js');
    const reader = settingsTextReader(repo, source);
    try {
        return await collectFindings(matchers, withSettingsText(subjects, wants, reader.read), out);
    }
    finally {
        reader.close();
    }
}
function detectProfiled(matchers, subject, out) {
    const started = clock();
    detectSubject(matchers, subject, out);
    addTime('matching (detect)', clock() - started);
}
/** Policy and rules for a run: the config, the built-in packs and the policy's own rules. */
export async function loadEngine(options) {
    const policy = await resolvePolicy(options);
    const ruleSet = await loadRuleSet(policy.customRules, policy.source);
    checkPolicyIds(policy, ruleSet.rules);
    return { policy, ruleSet };
}
export async function finishReport(findings, policy, commitsScanned, context = { gate: false }) {
    return buildReport(await applyPolicy(findings, policy, context), commitsScanned);
}
