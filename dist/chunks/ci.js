import { createRequire } from 'node:module';
import { dirname, join, resolve, basename, relative, sep, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { W as REPORT_OPTIONS_USAGE, X as listSource, U as UsageError, Y as commitId, Z as runGit, $ as firstLine, S as SEARCH_PLACES, N as defaultPolicy, a0 as resolvePolicy, k as engineFor, m as baselineRepoPath, F as showFile, a1 as placeOf, a2 as codeSpan, a3 as displayText, a4 as parseCommandArgs, a5 as REPORT_OPTIONS, a6 as reportOptionsFrom, o as openRepository, a7 as checkScope, a8 as readRemotes, a9 as trustedBaseline, aa as runPipeline, ab as rootCommitsOf, ac as emitReports, ad as historySource, ae as policyChangeFindings, af as allRefObjectsSource, ag as treeSource } from './core.js';
import { p as policyAtRevision, a as policyFromText } from './chunk10.js';
import './chunk2.js';
import { readFileSync, realpathSync, appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/sources/pull-request.ts
function pullRequestSubjects(text) {
  const subjects = [];
  if (text.title) subjects.push({ type: "pull-request", field: "title", text: text.title });
  if (text.body) subjects.push({ type: "pull-request", field: "body", text: text.body });
  if (text.branch) subjects.push({ type: "branch", name: text.branch });
  return subjects;
}
function pullRequestSource(text) {
  return listSource("pull request", () => pullRequestSubjects(text));
}

// src/ci/ci-target.ts
var ZERO_SHA = /^0+$/;
function envValue(env, name) {
  const value = env[name];
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}
function stripHeads(ref) {
  return ref?.replace(/^refs\/heads\//, "");
}
var DEPTH_FIX = "set `fetch-depth: 0` on actions/checkout (with: fetch-depth: 0)";
function githubTarget(env) {
  const event = envValue(env, "GITHUB_EVENT_NAME") ?? "unknown";
  const payload = readEvent(env, event);
  const defaultBranch = payload.repository?.default_branch;
  const common = { provider: "github", event, defaultBranch, depthFix: DEPTH_FIX };
  switch (event) {
    case "pull_request":
    case "pull_request_target": {
      const pr = payload.pull_request;
      const base = pr?.base?.sha;
      const head = pr?.head?.sha;
      if (!base || !head) throw new UsageError(`GITHUB_EVENT_PATH: ${event} payload has no pull_request.base.sha / head.sha`);
      return {
        ...common,
        base,
        head,
        title: pr.title ?? "",
        body: pr.body ?? "",
        branch: pr.head?.ref,
        headRef: pr.number ? `refs/pull/${pr.number}/head` : void 0
      };
    }
    case "merge_group": {
      const group = payload.merge_group;
      if (!group?.base_sha || !group.head_sha)
        throw new UsageError("GITHUB_EVENT_PATH: merge_group payload has no merge_group.base_sha / head_sha");
      return { ...common, base: group.base_sha, head: group.head_sha, branch: stripHeads(group.head_ref) };
    }
    case "push": {
      const branch = envValue(env, "GITHUB_REF_NAME") ?? stripHeads(payload.ref);
      if (payload.deleted || payload.after && ZERO_SHA.test(payload.after))
        return { ...common, branch, skip: "the push deleted the branch" };
      const head = payload.after ?? envValue(env, "GITHUB_SHA");
      if (!head) throw new UsageError("GITHUB_EVENT_PATH: push payload has no after commit");
      const before = payload.before;
      if (!before || ZERO_SHA.test(before) || payload.created) {
        return branch !== void 0 && branch === defaultBranch ? { ...common, head, branch, fromRoot: true } : { ...common, head, branch, baseBranch: defaultBranch };
      }
      return { ...common, base: before, head, branch, baseBranch: payload.forced ? defaultBranch : void 0 };
    }
    default:
      return { ...common, head: envValue(env, "GITHUB_SHA"), branch: envValue(env, "GITHUB_REF_NAME"), tree: true };
  }
}
function readEvent(env, event) {
  const path = envValue(env, "GITHUB_EVENT_PATH");
  const needed = ["pull_request", "pull_request_target", "merge_group", "push"].includes(event);
  if (!path) {
    if (needed) throw new UsageError(`GITHUB_EVENT_PATH: not set for a ${event} event`);
    return {};
  }
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    if (!needed) return {};
    throw new UsageError(`GITHUB_EVENT_PATH: cannot read ${path}: ${error.code ?? error.message}`);
  }
}

// src/ci/gitlab.ts
var DEPTH_FIX2 = "set `GIT_DEPTH: 0` in the job's variables (or Settings > CI/CD > General pipelines > Git shallow clone: 0)";
var TREE_SOURCES = /* @__PURE__ */ new Set(["schedule", "web", "api", "trigger", "pipeline", "parent_pipeline", "chat", "webide"]);
function gitlabTarget(env) {
  const source = envValue(env, "CI_PIPELINE_SOURCE") ?? "push";
  const head = envValue(env, "CI_COMMIT_SHA");
  const defaultBranch = envValue(env, "CI_DEFAULT_BRANCH");
  const common = { provider: "gitlab", event: source, head, defaultBranch, depthFix: DEPTH_FIX2 };
  const iid = envValue(env, "CI_MERGE_REQUEST_IID");
  if (source === "merge_request_event" || iid) {
    const base = envValue(env, "CI_MERGE_REQUEST_DIFF_BASE_SHA");
    const target = envValue(env, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME");
    if (!base && !target) throw new UsageError("CI_MERGE_REQUEST_DIFF_BASE_SHA: not set in a merge-request pipeline");
    return {
      ...common,
      base,
      baseBranch: base ? void 0 : target,
      title: envValue(env, "CI_MERGE_REQUEST_TITLE") ?? "",
      body: env.CI_MERGE_REQUEST_DESCRIPTION ?? "",
      branch: envValue(env, "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"),
      headRef: iid ? `refs/merge-requests/${iid}/head` : void 0
    };
  }
  const branch = envValue(env, "CI_COMMIT_BRANCH");
  if (TREE_SOURCES.has(source) || !branch) return { ...common, branch: branch ?? envValue(env, "CI_COMMIT_REF_NAME"), tree: true };
  const before = envValue(env, "CI_COMMIT_BEFORE_SHA");
  if (!before || ZERO_SHA.test(before))
    return branch !== void 0 && branch === defaultBranch ? { ...common, branch, fromRoot: true } : { ...common, branch, baseBranch: defaultBranch };
  return { ...common, base: before, branch };
}

// src/ci/bitbucket.ts
var DEPTH_FIX3 = "set `clone: depth: full` in bitbucket-pipelines.yml";
function bitbucketTarget(env) {
  const destination = envValue(env, "BITBUCKET_PR_DESTINATION_BRANCH");
  return {
    provider: "bitbucket",
    event: envValue(env, "BITBUCKET_PR_ID") ? "pull-request" : "branch",
    head: envValue(env, "BITBUCKET_COMMIT"),
    baseBranch: destination,
    branch: envValue(env, "BITBUCKET_BRANCH"),
    depthFix: DEPTH_FIX3
  };
}

// src/ci/azure.ts
var DEPTH_FIX4 = "set `fetchDepth: 0` on the `- checkout: self` step";
function azureTarget(env) {
  const pullRequest = envValue(env, "BUILD_REASON") === "PullRequest";
  if (pullRequest) {
    return {
      provider: "azure",
      event: "PullRequest",
      head: envValue(env, "SYSTEM_PULLREQUEST_SOURCECOMMITID") ?? envValue(env, "BUILD_SOURCEVERSION"),
      baseBranch: stripHeads(envValue(env, "SYSTEM_PULLREQUEST_TARGETBRANCH")),
      branch: stripHeads(envValue(env, "SYSTEM_PULLREQUEST_SOURCEBRANCH")),
      depthFix: DEPTH_FIX4
    };
  }
  return {
    provider: "azure",
    event: envValue(env, "BUILD_REASON") ?? "build",
    head: envValue(env, "BUILD_SOURCEVERSION"),
    branch: envValue(env, "BUILD_SOURCEBRANCHNAME"),
    depthFix: DEPTH_FIX4
  };
}

// src/ci/jenkins.ts
var DEPTH_FIX5 = "turn off 'Shallow clone' in the job's Git 'Advanced clone behaviours'";
function jenkinsTarget(env) {
  const head = envValue(env, "GIT_COMMIT");
  if (envValue(env, "CHANGE_ID")) {
    return {
      provider: "jenkins",
      event: "change-request",
      head,
      baseBranch: envValue(env, "CHANGE_TARGET"),
      title: envValue(env, "CHANGE_TITLE") ?? "",
      branch: envValue(env, "CHANGE_BRANCH") ?? envValue(env, "BRANCH_NAME"),
      depthFix: DEPTH_FIX5
    };
  }
  return {
    provider: "jenkins",
    event: "branch",
    head,
    base: envValue(env, "GIT_PREVIOUS_SUCCESSFUL_COMMIT"),
    branch: envValue(env, "BRANCH_NAME") ?? envValue(env, "GIT_BRANCH"),
    depthFix: DEPTH_FIX5
  };
}

// src/ci/circleci.ts
var DEPTH_FIX6 = "use the full `checkout` step (a custom shallow clone needs `git fetch --unshallow`)";
function circleciTarget(env) {
  return {
    provider: "circleci",
    event: envValue(env, "CIRCLE_PULL_REQUEST") ? "pull-request" : "branch",
    head: envValue(env, "CIRCLE_SHA1"),
    branch: envValue(env, "CIRCLE_BRANCH"),
    depthFix: DEPTH_FIX6
  };
}

// src/ci/generic.ts
function genericTarget(base, head) {
  return { provider: "generic", event: "range", base, head, depthFix: "fetch the full history first (git fetch --unshallow)" };
}

// src/ci/detect-ci.ts
var PROVIDERS = [
  ["GITHUB_ACTIONS", (env) => env.GITHUB_ACTIONS === "true", githubTarget],
  ["GITLAB_CI", (env) => env.GITLAB_CI === "true", gitlabTarget],
  ["BITBUCKET_BUILD_NUMBER", (env) => envValue(env, "BITBUCKET_BUILD_NUMBER") !== void 0, bitbucketTarget],
  ["TF_BUILD", (env) => env.TF_BUILD?.toLowerCase() === "true", azureTarget],
  ["JENKINS_URL", (env) => envValue(env, "JENKINS_URL") !== void 0, jenkinsTarget],
  ["CIRCLECI", (env) => env.CIRCLECI === "true", circleciTarget]
];
function detectCi(env, overrides) {
  if (overrides.base !== void 0) return genericTarget(overrides.base, overrides.head);
  for (const [, present, target] of PROVIDERS) {
    if (present(env)) {
      const found = target(env);
      return overrides.head !== void 0 ? { ...found, head: overrides.head } : found;
    }
  }
  throw new UsageError(`aiguard ci: no CI environment found (${PROVIDERS.map(([name]) => name).join(", ")} unset): pass --base REV`);
}
async function shallowBoundary(repo) {
  try {
    const text = await readFile(join(repo.gitDir, "shallow"), "utf8");
    return new Set(
      text.split("\n").map((line) => line.trim()).filter(Boolean)
    );
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
async function hasCommit(repo, rev) {
  return await commitId(repo, rev) !== void 0;
}
async function rangeCrossesBoundary(repo, revisions, boundary) {
  if (boundary.size === 0) return false;
  const result = await runGit(["rev-list", "--end-of-options", ...revisions, "--"], repo.cwd);
  if (result.code !== 0) return true;
  return result.stdout.toString("utf8").split("\n").some((id) => boundary.has(id.trim()));
}
async function fetchFromRemote(repo, remote, refspecs, unshallow) {
  const args = [
    "-c",
    "core.hooksPath=/dev/null",
    "-c",
    "protocol.ext.allow=never",
    "fetch",
    "--quiet",
    "--no-tags",
    "--no-recurse-submodules",
    "--no-write-fetch-head"
  ];
  if (unshallow) args.push("--unshallow");
  const result = await runGit([...args, "--end-of-options", remote, ...refspecs], repo.cwd);
  return { ok: result.code === 0, reason: firstLine(result.stderr) || `exit ${result.code}` };
}
async function remoteDefaultBranch(repo, remote) {
  const head = await runGit(["symbolic-ref", "--quiet", "--short", `refs/remotes/${remote}/HEAD`], repo.cwd);
  if (head.code === 0)
    return head.stdout.toString("utf8").trim().slice(remote.length + 1) || void 0;
  for (const name of ["main", "master"]) {
    if (await hasCommit(repo, `refs/remotes/${remote}/${name}`)) return name;
  }
  return void 0;
}

// src/git/other-refs.ts
async function otherRefCommits(repo, branch, head) {
  const format = "%(objecttype) %(objectname) %(*objecttype) %(*objectname) %(refname) %(symref)";
  const result = await runGit(["for-each-ref", `--format=${format}`, "refs/heads/", "refs/remotes/", "refs/tags/"], repo.cwd);
  if (result.code !== 0) throw new UsageError(`git for-each-ref: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const namesBranch = (ref) => ref === `refs/heads/${branch}` || ref.startsWith("refs/remotes/") && ref.split("/").slice(3).join("/") === branch;
  const commits = /* @__PURE__ */ new Set();
  for (const line of result.stdout.toString("utf8").split("\n")) {
    const [type, object, peeledType, peeled, ref, symref] = line.split(" ");
    if (!object || !ref || namesBranch(ref) || symref && namesBranch(symref)) continue;
    const commit = peeledType ? peeledType === "commit" ? peeled : void 0 : type === "commit" ? object : void 0;
    if (commit && commit !== head) commits.add(commit);
  }
  return [...commits];
}
async function countCommits(repo, revisions) {
  const result = await runGit(["rev-list", "--count", "--end-of-options", ...revisions, "--"], repo.cwd);
  if (result.code !== 0) throw new UsageError(`git rev-list --count: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  return Number.parseInt(result.stdout.toString("utf8").trim(), 10);
}

// src/ci/resolve-range.ts
async function resolveRange(repo, target, remote) {
  const fetched = new Fetcher(repo, remote, target);
  const headRev = target.head ?? "HEAD";
  let [head, base] = await Promise.all([commitId(repo, headRev), target.base === void 0 ? void 0 : commitId(repo, target.base)]);
  head ??= await fetched.bring([headRev, ...target.headRef ? [target.headRef] : []], `head commit ${headRev}`);
  const baseIsBranchName = target.base !== void 0 && !/^[0-9a-f]{4,64}$/i.test(target.base);
  if (target.base !== void 0 && base === void 0 && !baseIsBranchName) {
    try {
      base = await fetched.bring([target.base], `base commit ${target.base}`);
    } catch (error) {
      if (!target.baseBranch) throw error;
    }
  }
  if (base === void 0 && !target.fromRoot) {
    const named = (baseIsBranchName ? target.base : void 0) ?? target.baseBranch ?? target.defaultBranch;
    const branch = named ?? await remoteDefaultBranch(repo, remote);
    if (!branch) throw new UsageError(`aiguard ci: cannot tell what the change starts from (no target or default branch): pass --base REV`);
    const oldTipGone = target.base !== void 0 && !baseIsBranchName;
    if (oldTipGone && branch === target.branch) {
      return deepenedRange(repo, fetched, target, await notOnOtherRefs(repo, target, head, branch));
    }
    const ref = `refs/remotes/${remote}/${branch}`;
    base = await commitId(repo, ref) ?? await fetched.bring([`+refs/heads/${branch}:${ref}`], `branch ${branch}`);
  }
  return deepenedRange(repo, fetched, target, { revisions: base ? [head, `^${base}`] : [head], head, base });
}
async function deepenedRange(repo, fetched, target, range) {
  const { revisions, head, base } = range;
  const from = base?.slice(0, 12) ?? range.from ?? "the root";
  const boundary = await shallowBoundary(repo);
  if (boundary.size > 0 && (!base || await rangeCrossesBoundary(repo, revisions, boundary))) {
    await fetched.unshallow(`the history between ${from} and ${head.slice(0, 12)}`, [head, ...base ? [base] : []]);
    if (await rangeCrossesBoundary(repo, revisions, await shallowBoundary(repo))) {
      const what = `the history from ${from} to ${head.slice(0, 12)}`;
      throw new UsageError(`aiguard ci: shallow clone: ${what} is incomplete; fix: ${target.depthFix}`);
    }
  }
  return range;
}
async function notOnOtherRefs(repo, target, head, branch) {
  const others = await otherRefCommits(repo, branch, head);
  const revisions = [head, ...others.map((commit) => `^${commit}`)];
  const old = target.base ? ` ${target.base.slice(0, 12)}` : "";
  if (await countCommits(repo, revisions) === 0) {
    throw new UsageError(
      `aiguard ci: forced push to ${branch}: the old tip${old} is gone and every commit of ${head.slice(0, 12)} is on another ref, so what the push changed cannot be told; fix: pass --base OLD_TIP (or fetch it), then run again`
    );
  }
  const note = `aiguard ci: forced push to ${branch}: the old tip${old} is gone; scanning the commits no other branch or tag holds, under --config or the built-in default policy (no revision of the repository is trusted)`;
  return { revisions, head, from: "no other ref", note };
}
var Fetcher = class {
  constructor(repo, remote, target) {
    this.repo = repo;
    this.remote = remote;
    this.target = target;
  }
  repo;
  remote;
  target;
  /** Fetches refspecs (the first that works) and returns the commit; one still missing is a usage error with the CI's fix. */
  async bring(refspecs, what) {
    const shallow = (await shallowBoundary(this.repo)).size > 0;
    let reason = "";
    for (const refspec of refspecs) {
      const stillShallow = (await shallowBoundary(this.repo)).size > 0;
      const result = await fetchFromRemote(this.repo, this.remote, [refspec], stillShallow);
      const id2 = result.ok ? await this.present(refspecs[0]) : void 0;
      if (id2) return id2;
      reason ||= result.reason;
    }
    const id = await this.present(refspecs[0]);
    if (id) return id;
    const missing = `${what} is not in this clone${shallow ? " (shallow clone)" : ""}`;
    const cannot = `cannot be fetched from ${this.remote} (${reason || "not found"})`;
    throw new UsageError(`aiguard ci: ${missing} and ${cannot}; fix: ${this.target.depthFix}`);
  }
  async unshallow(what, commits) {
    const result = await fetchFromRemote(this.repo, this.remote, [], true);
    if (!result.ok) {
      const cannot = `cannot be fetched from ${this.remote} (${result.reason})`;
      throw new UsageError(`aiguard ci: shallow clone: ${what} is not in this clone and ${cannot}; fix: ${this.target.depthFix}`);
    }
    for (const commit of commits) if (!await hasCommit(this.repo, commit)) await this.bring([commit], `commit ${commit}`);
  }
  async present(refspec) {
    const target = refspec.includes(":") ? refspec.slice(refspec.indexOf(":") + 1) : refspec;
    return commitId(this.repo, target);
  }
};
async function loadTrustedEngine(repo, options) {
  const policyPaths = [...SEARCH_PLACES];
  let policy = defaultPolicy();
  if (options.configFile !== void 0) {
    const inside = pathInCheckout(repo, options.configFile);
    if (inside === void 0) {
      policy = await resolvePolicy({ configFile: options.configFile, allowCode: false });
    } else {
      policy = await configAtRevision(repo, options.configFile, inside, options.revision);
      policyPaths.push(inside);
    }
  } else if (options.revision !== void 0) {
    const found = await policyAtRevision(repo, options.revision, "in CI");
    if (found) policy = found.policy;
  }
  const engine = await engineFor(policy);
  const baselineFile = baselineRepoPath(repo.root ?? repo.cwd, policy.baseline);
  if (baselineFile && !policyPaths.includes(baselineFile)) policyPaths.push(baselineFile);
  return { ...engine, policyPaths };
}
async function configAtRevision(repo, named, path, revision) {
  if (revision === void 0) {
    throw new UsageError(
      `aiguard ci: --config ${named}: the file is inside the checkout and this run has no base revision to read it at; name a file outside the checkout`
    );
  }
  const at = /^[0-9a-f]{40,64}$/.test(revision) ? revision.slice(0, 12) : revision;
  const text = await showFile(repo, revision, path);
  if (text === void 0) {
    const why = "(the copy in the checkout is not trusted)";
    throw new UsageError(`aiguard ci: --config ${named}: ${path} is not in the base revision ${at} ${why}`);
  }
  return policyFromText(text, path, `${at}:${path}`, "in CI from the checkout", "--config (a file outside the checkout)");
}
function pathInCheckout(repo, file) {
  if (!repo.root) return void 0;
  const named = resolve(file);
  const candidates = [named];
  for (const real of [() => join(realpathSync(dirname(named)), basename(named)), () => realpathSync(named)]) {
    try {
      candidates.push(real());
    } catch {
    }
  }
  let roots = [repo.root];
  try {
    roots = [.../* @__PURE__ */ new Set([repo.root, realpathSync(repo.root)])];
  } catch {
  }
  for (const candidate of candidates) {
    for (const root of roots) {
      const inside = relative(root, candidate);
      if (inside && inside !== ".." && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)) return inside.split("\\").join("/");
    }
  }
  return void 0;
}

// src/report/step-summary.ts
var MARK = {
  blocking: "\u274C blocking",
  warning: "\u26A0\uFE0F warning",
  info: "\u2139\uFE0F info",
  allowed: "\u2705 allowed",
  baselined: "\u25CB baselined",
  grandfathered: "\u25CB grandfathered"
};
var EVIDENCE_SHOWN = 120;
var TABLE = { inTable: true };
function formatStepSummary(report, label) {
  const { summary } = report;
  const head = summary.blocking > 0 ? "### \u274C aiguard: blocked" : summary.total > 0 ? "### \u26A0\uFE0F aiguard: passed with findings" : "### \u2705 aiguard: no AI tool traces found";
  const commits = `${summary.commitsScanned} commit${summary.commitsScanned === 1 ? "" : "s"} scanned`;
  const counts = `${summary.blocking} blocking, ${summary.warning} warning, ${summary.info} info`;
  const lines = [head, "", `${cell(label)} \xB7 ${commits} \xB7 ${counts}`, ""];
  if (report.findings.length > 0) {
    lines.push("| Status | Rule | Where | Evidence |", "| --- | --- | --- | --- |");
    for (const finding of report.findings) {
      const place = placeOf(finding);
      const line = finding.line ? `:${finding.line}` : "";
      const where = place.file !== void 0 ? `${codeSpan(place.file, TABLE)}${line}` : cell(place.logical.name);
      const evidence = displayText(finding.evidence);
      const shown = evidence.length > EVIDENCE_SHOWN ? `${[...evidence].slice(0, EVIDENCE_SHOWN).join("")}\u2026` : evidence;
      const mark = MARK[finding.status] ?? finding.status;
      lines.push(`| ${mark} | ${codeSpan(finding.ruleId, TABLE)} | ${where} | ${codeSpan(shown, TABLE)} |`);
    }
    lines.push("");
  }
  return `${lines.join("\n")}
`;
}
function cell(text) {
  return displayText(text).replace(/[\\`*_{}[\]()<>|#!~$&:@+-]/g, (char) => `\\${char}`);
}

// src/ci/github-outputs.ts
function writeGithubOutputs(env, report, label, reportFile) {
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (summaryFile) append("GITHUB_STEP_SUMMARY", summaryFile, formatStepSummary(report, label));
  const outputFile = env.GITHUB_OUTPUT;
  if (!outputFile) return;
  const { summary } = report;
  const outputs = {
    found: String(summary.blocking + summary.warning + summary.info > 0),
    blocking: String(summary.blocking > 0),
    count: String(summary.blocking + summary.warning + summary.info),
    report: reportFile ?? ""
  };
  let delimiter;
  do
    delimiter = `aiguard_${randomBytes(8).toString("hex")}`;
  while (Object.values(outputs).some((value) => value.includes(delimiter)));
  const text = Object.entries(outputs).map(([name, value]) => `${name}<<${delimiter}
${value}
${delimiter}
`).join("");
  append("GITHUB_OUTPUT", outputFile, text);
}
function append(variable, file, text) {
  try {
    appendFileSync(file, text);
  } catch (error) {
    throw new UsageError(`${variable}: cannot write ${file}: ${error.code ?? error.message}`);
  }
}

// src/commands/ci.ts
var CI_USAGE = `Usage: aiguard ci [options]
  Works out from the CI's environment (GitHub Actions, GitLab CI, Bitbucket Pipelines, Azure Pipelines,
  Jenkins, CircleCI) which commits a pull request or push brings, and scans every one of them, the paths
  they add, their added lines, the pull request's title, body and branch name. The policy is read from
  the base revision (data formats only) or from --config; nothing of the pull request is run.
  --base REV          the commit the change starts from (any CI; overrides the environment)
  --head REV          the last commit of the change (default: what the CI says, else HEAD)
  --config F          the policy file (default: the config at the base revision); a file inside the
                      checkout is read at the base revision, never as the pull request left it
  --all               on runs without a change (schedule, manual): every commit, not the tree
  --no-content        skip added lines and file contents
  --remote NAME       where missing commits are fetched from (default origin)
${REPORT_OPTIONS_USAGE}`;
async function ciCommand(argv) {
  const { values } = parseCommandArgs("ci", argv, {
    base: { type: "string" },
    head: { type: "string" },
    config: { type: "string" },
    all: { type: "boolean" },
    content: { type: "boolean", default: true },
    remote: { type: "string" },
    ...REPORT_OPTIONS,
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    process.stdout.write(`${CI_USAGE}
`);
    return 0;
  }
  for (const name of ["base", "head", "remote"]) {
    const value = values[name];
    if (value !== void 0 && (value.trim() === "" || value.startsWith("-")))
      throw new UsageError(`aiguard ci: --${name}: not a revision: ${value}`);
  }
  const reportOptions = reportOptionsFrom(values);
  const target = detectCi(process.env, { base: values.base, head: values.head });
  const repo = await openRepository(".");
  const content = values.content !== false;
  const run = target.skip ? await skippedRun(repo, target, values.config) : target.tree ? await treeRun(repo, target, { configFile: values.config, all: values.all === true, content }) : await rangeRun(repo, target, { configFile: values.config, remote: values.remote ?? "origin", content });
  const scoped = run.engine.policy.scope?.remotes?.length;
  const notCovered = scoped ? await checkScope(run.engine.policy, await readRemotes(repo)) : void 0;
  if (notCovered) {
    for (const source of run.sources) source.stop();
    process.stderr.write(`${notCovered}
`);
    return 0;
  }
  const baseline = run.base === void 0 ? void 0 : await trustedBaseline(repo, run.engine.policy, run.base);
  const { report, commitsScanned } = await runPipeline(run.engine, run.sources, {
    gate: true,
    repoDir: repo.root ?? repo.cwd,
    baseline,
    extraFindings: run.extraFindings
  });
  const label = run.label(commitsScanned);
  const rootCommits = await rootCommitsOf(
    repo,
    report.findings.map((finding) => finding.commit)
  );
  const why = (ruleId) => run.engine.ruleSet.matchers.rules.get(ruleId)?.rule.why;
  const { code, files } = await emitReports(report, { ...reportOptions, label, rootCommits, why });
  process.stderr.write(`aiguard ci: ${label}
`);
  if (process.env.GITHUB_ACTIONS === "true") writeGithubOutputs(process.env, report, label, files[0]?.file);
  return code;
}
async function rangeRun(repo, target, options) {
  const range = await resolveRange(repo, target, options.remote);
  if (range.note) process.stderr.write(`${range.note}
`);
  const history = historySource(repo.cwd, { revisions: range.revisions, content: options.content });
  let engine;
  try {
    engine = await loadTrustedEngine(repo, { configFile: options.configFile, revision: range.base });
  } catch (error) {
    history.stop();
    throw error;
  }
  const extraFindings = range.base ? policyChangeFindings(repo, engine.ruleSet.matchers, range.base, range.head, engine.policyPaths) : Promise.resolve([]);
  extraFindings.catch(() => void 0);
  const from = range.base ? range.base.slice(0, 12) : range.from ?? "the root";
  return {
    engine,
    base: range.base ?? null,
    sources: [history, pullRequestSource(target)],
    extraFindings,
    label: (commits) => `${target.provider} ${target.event}: ${commits} commit${commits === 1 ? "" : "s"} from ${from} to ${range.head.slice(0, 12)}`
  };
}
async function treeRun(repo, target, options) {
  const head = (target.head ? await commitId(repo, target.head) : void 0) ?? (repo.hasHead ? "HEAD" : void 0);
  const engine = await loadTrustedEngine(repo, { configFile: options.configFile, revision: head });
  const scanned = options.all ? [historySource(repo.cwd, { revisions: ["--all"], content: options.content, merges: "combined" }), allRefObjectsSource(repo.cwd)] : [treeSource(repo, { content: options.content })];
  return {
    engine,
    sources: [...scanned, pullRequestSource({ branch: target.branch })],
    label: (commits) => `${target.provider} ${target.event}: ${options.all ? `every commit (${commits})` : "the tree"}`
  };
}
async function skippedRun(repo, target, configFile) {
  const engine = await loadTrustedEngine(repo, { configFile, revision: configFile !== void 0 && repo.hasHead ? "HEAD" : void 0 });
  return { engine, sources: [], label: () => `${target.provider} ${target.event}: nothing to scan (${target.skip})` };
}

export { CI_USAGE, ciCommand };
