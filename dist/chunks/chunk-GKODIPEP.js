import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  loadEngine,
  runPipeline
} from "./chunk-DRCNJD7D.js";

// src/hooks/hook-context.ts
function loadLocalEngine(context, repo) {
  return loadEngine({ configFile: context.configFile, searchDir: repo.root ?? repo.cwd });
}
async function decide(run) {
  const { engine } = run;
  const notCovered = await outOfScope(run);
  if (notCovered) {
    for (const source of run.sources) source.stop();
    process.stderr.write(`${notCovered}
`);
    return 0;
  }
  const { report } = await runPipeline(engine, run.sources, { gate: run.gate, repoDir: run.repoDir, extraFindings: run.extraFindings });
  const { blocking, warning } = report.summary;
  if (blocking === 0 && warning === 0 && !run.stripped?.length) return 0;
  const [{ formatHookText }, { colorEnabled }, { rootCommitsOf }] = await Promise.all([
    import("./hook-text-JH2Z3TKP.js"),
    import("./color-6ARTNM33.js"),
    import("./root-commits-3XL6Z4GK.js")
  ]);
  const blockingCommits = report.findings.filter((finding) => finding.status === "blocking").map((finding) => finding.commit);
  const rootCommits = await rootCommitsOf({ cwd: run.repoDir }, blockingCommits);
  process.stderr.write(
    formatHookText(report, {
      hook: run.context.hook,
      policySource: engine.policy.source,
      messageFile: run.messageFile,
      why: (ruleId) => engine.ruleSet.matchers.rules.get(ruleId)?.rule.why,
      stripped: run.stripped,
      levelKey: (finding) => engine.policy.rules[finding.ruleId] ? `rules.${finding.ruleId}` : `tools.${finding.tool}`,
      color: colorEnabled({ env: run.context.env, stream: process.stderr }),
      rootCommits
    })
  );
  return blocking > 0 ? 1 : 0;
}
async function outOfScope(run) {
  if (!run.engine.policy.scope?.remotes?.length) return void 0;
  const { checkScope } = await import("./scope-RWPRNGRQ.js");
  if (run.context.hook !== "pre-receive") return checkScope({ cwd: run.repoDir }, run.engine.policy);
  const remoteUrl = run.context.env.AIGUARD_REMOTE_URL;
  return remoteUrl ? checkScope({ cwd: run.repoDir }, run.engine.policy, { remoteUrl }) : void 0;
}

export {
  loadLocalEngine,
  decide
};
