import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  loadEngine,
  runPipeline
} from "./chunk-WGNTBMP4.js";
import {
  trustFromEnvironment
} from "./chunk-5EJRVVY2.js";

// src/hooks/hook-context.ts
function loadLocalEngine(context, repo) {
  const trustCode = context.trustConfig || trustFromEnvironment(context.env);
  return loadEngine({ configFile: context.configFile, searchDir: repo.root ?? repo.cwd, startDir: process.cwd(), trustCode });
}
async function decide(run) {
  const { engine } = run;
  const { report } = await runPipeline(engine, run.sources, { gate: run.gate, repoDir: run.repoDir, extraFindings: run.extraFindings });
  if (report.findings.length === 0 && !run.stripped?.length) return 0;
  const notCovered = await outOfScope(run);
  if (notCovered) {
    process.stderr.write(`${notCovered}
`);
    return 0;
  }
  const { blocking, warning } = report.summary;
  if (blocking === 0 && warning === 0 && !run.stripped?.length) return 0;
  const [{ formatHookText }, { colorEnabled }, { rootCommitsOf }] = await Promise.all([
    import("./hook-text-HUCLDSJM.js"),
    import("./color-YX3ZWPBL.js"),
    import("./root-commits-DLBJB6LP.js")
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
  const [{ checkScope }, { readRemotes }] = await Promise.all([import("./scope-DHQAY5SS.js"), import("./remotes-DUGVYHLG.js")]);
  if (run.context.hook !== "pre-receive") return checkScope(run.engine.policy, await readRemotes({ cwd: run.repoDir }));
  const remoteUrl = run.context.env.AIGUARD_REMOTE_URL;
  return remoteUrl ? checkScope(run.engine.policy, void 0, { remoteUrl }) : void 0;
}

export {
  loadLocalEngine,
  decide
};
