import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  finishReport,
  loadEngine
} from "./chunk-MRZGVUKS.js";

// src/hooks/hook-context.ts
function loadLocalEngine(context, repo) {
  return loadEngine({ configFile: context.configFile, searchDir: repo.root ?? repo.cwd });
}
async function decide(verdict) {
  const { engine } = verdict;
  const notCovered = await outOfScope(verdict);
  if (notCovered) {
    process.stderr.write(`${notCovered}
`);
    return 0;
  }
  const report = await finishReport(verdict.findings, engine.policy, verdict.commitsScanned, { gate: verdict.gate, repoDir: verdict.repoDir });
  const { blocking, warning } = report.summary;
  if (blocking === 0 && warning === 0 && !verdict.stripped?.length) return 0;
  const { formatHookText } = await import("./hook-text-SXDW2BQA.js");
  process.stderr.write(
    formatHookText(report, {
      hook: verdict.context.hook,
      policySource: engine.policy.source,
      messageFile: verdict.messageFile,
      why: (ruleId) => engine.ruleSet.matchers.rules.get(ruleId)?.rule.why,
      stripped: verdict.stripped,
      levelKey: (finding) => engine.policy.rules[finding.ruleId] ? `rules.${finding.ruleId}` : `tools.${finding.tool}`,
      color: verdict.context.env.NO_COLOR === void 0 && process.stderr.isTTY === true
    })
  );
  return blocking > 0 ? 1 : 0;
}
async function outOfScope(verdict) {
  if (!verdict.engine.policy.scope?.remotes?.length) return void 0;
  const { checkScope } = await import("./scope-4W3LLGWH.js");
  if (verdict.context.hook !== "pre-receive") return checkScope({ cwd: verdict.repoDir }, verdict.engine.policy);
  const remoteUrl = verdict.context.env.AIGUARD_REMOTE_URL;
  return remoteUrl ? checkScope({ cwd: verdict.repoDir }, verdict.engine.policy, { remoteUrl }) : void 0;
}

export {
  loadLocalEngine,
  decide
};
