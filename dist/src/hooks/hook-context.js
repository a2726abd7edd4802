import { loadEngine, runPipeline } from '../pipeline.js';
/** The developer's own policy: --config, AIGUARD_CONFIG, else the config at the repository root, else the default. */
export function loadLocalEngine(context, repo) {
    return loadEngine({ configFile: context.configFile, searchDir: repo.root ?? repo.cwd });
}
/** Runs the pipeline over the hook's sources, prints a refusal or warnings to stderr (silent when clean), returns the exit code. */
export async function decide(run) {
    const { engine } = run;
    const notCovered = await outOfScope(run);
    if (notCovered) {
        for (const source of run.sources)
            source.stop();
        process.stderr.write(`${notCovered}\n`);
        return 0;
    }
    const { report } = await runPipeline(engine, run.sources, { gate: run.gate, repoDir: run.repoDir });
    const { blocking, warning } = report.summary;
    if (blocking === 0 && warning === 0 && !run.stripped?.length)
        return 0;
    const { formatHookText } = await import('../report/hook-text.js');
    process.stderr.write(formatHookText(report, {
        hook: run.context.hook,
        policySource: engine.policy.source,
        messageFile: run.messageFile,
        why: (ruleId) => engine.ruleSet.matchers.rules.get(ruleId)?.rule.why,
        stripped: run.stripped,
        levelKey: (finding) => (engine.policy.rules[finding.ruleId] ? `rules.${finding.ruleId}` : `tools.${finding.tool}`),
        color: run.context.env.NO_COLOR === undefined && process.stderr.isTTY === true,
    }));
    return blocking > 0 ? 1 : 0;
}
/** The policy's scope: a server's bare repository has no remote, so there only AIGUARD_REMOTE_URL can place it. */
async function outOfScope(run) {
    if (!run.engine.policy.scope?.remotes?.length)
        return undefined;
    const { checkScope } = await import('../policy/scope.js');
    if (run.context.hook !== 'pre-receive')
        return checkScope({ cwd: run.repoDir }, run.engine.policy);
    const remoteUrl = run.context.env.AIGUARD_REMOTE_URL;
    // Without a URL the server was told to guard this repository by installing the hook: check it.
    return remoteUrl ? checkScope({ cwd: run.repoDir }, run.engine.policy, { remoteUrl }) : undefined;
}
