import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  isZeroId
} from "./chunk-522AMPH5.js";
import {
  firstLine,
  runGit
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/git/missing-objects.ts
async function missingObjects(cwd, ids) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const result = await runGit(["cat-file", "--batch-check=%(objectname) %(objecttype)"], cwd, unique.map((id) => `${id}
`).join(""));
  if (result.code !== 0) throw new UsageError(`git cat-file --batch-check: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const lines = result.stdout.toString("utf8").split("\n");
  return unique.filter((id, index) => !(lines[index] ?? "").startsWith(`${id} `) || (lines[index] ?? "").endsWith(" missing"));
}

// src/hooks/push-trust.ts
async function refuseUnreadablePush(repo, updates, env) {
  const wanted = updates.filter((update) => !isZeroId(update.newSha));
  const missing = new Set(
    await missingObjects(
      repo.cwd,
      wanted.map((update) => update.newSha)
    )
  );
  const first = wanted.find((update) => missing.has(update.newSha));
  if (!first) return;
  const quarantined = env.GIT_QUARANTINE_PATH !== void 0 || env.GIT_OBJECT_DIRECTORY !== void 0;
  const why = quarantined ? "is not in the repository" : "cannot be read: the hook runs without git's quarantine environment (GIT_QUARANTINE_PATH and GIT_OBJECT_DIRECTORY are unset)";
  throw new UsageError(`pre-receive: the pushed object ${first.newSha} for ${first.ref} ${why}; push refused`);
}
async function refuseUnknownLocalSha(cwd, updates) {
  const pushed = updates.filter((update) => !isZeroId(update.localSha));
  const missing = new Set(
    await missingObjects(
      cwd,
      pushed.map((update) => update.localSha)
    )
  );
  const first = pushed.find((update) => missing.has(update.localSha));
  if (!first) return;
  const ref = first.remoteRef || first.localRef;
  throw new UsageError(`pre-push: the pushed object ${first.localSha} for ${ref} is not in this repository; push refused`);
}
async function defaultBranchPolicyChange(repo, engine, updates, policyPaths) {
  const head = await runGit(["symbolic-ref", "--quiet", "HEAD"], repo.cwd);
  const defaultRef = head.code === 0 ? head.stdout.toString("utf8").trim() : void 0;
  const updatesOfDefault = updates.filter((update) => update.ref === defaultRef && !isZeroId(update.oldSha));
  if (updatesOfDefault.length === 0) return [];
  const { branchPolicyChangeFindings } = await import("./policy-change-J3QORVTM.js");
  const findings = [];
  for (const update of updatesOfDefault) {
    const after = isZeroId(update.newSha) ? void 0 : update.newSha;
    findings.push(...await branchPolicyChangeFindings(repo, engine.ruleSet.matchers, update.oldSha, after, policyPaths));
  }
  return findings;
}

export {
  refuseUnreadablePush,
  refuseUnknownLocalSha,
  defaultBranchPolicyChange
};
