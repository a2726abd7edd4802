import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  PRESETS,
  isPresetName
} from "./chunk-3W4FSNZF.js";
import {
  firstLine,
  runGit,
  splitZ
} from "./chunk-4ZGAVNFW.js";
import {
  defaultPolicyWithOrigins,
  mergeConfig
} from "./chunk-QTT5P3K3.js";
import {
  SEARCH_PLACES,
  hasAiguardKey,
  parseDataConfig,
  validateConfig
} from "./chunk-YBZP5XTF.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

// src/git/show-file.ts
async function pathsInRevision(repo, rev, paths) {
  const result = await runGit(["ls-tree", "-z", "--name-only", "--full-tree", "--end-of-options", rev, "--", ...paths], repo.cwd);
  if (result.code !== 0) throw new UsageError(`git ls-tree ${rev}: ${firstLine(result.stderr)}`);
  return new Set(splitZ(result.stdout.toString("utf8")));
}
async function showFile(repo, rev, path) {
  const result = await runGit(["cat-file", "blob", `${rev}:${path}`], repo.cwd);
  return result.code === 0 ? result.stdout.toString("utf8") : void 0;
}
async function changedPathsSince(repo, base, head, paths) {
  const result = await runGit(["--literal-pathspecs", "diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", `${base}...${head}`, "--", ...paths], repo.cwd);
  if (result.code !== 0) throw new UsageError(`git diff ${base}...${head}: ${firstLine(result.stderr)}`);
  return splitZ(result.stdout.toString("utf8"));
}

// src/policy/revision-policy.ts
import { extname } from "node:path";
var CODE_EXTENSIONS = /* @__PURE__ */ new Set([".js", ".ts", ".mjs", ".cjs"]);
async function policyAtRevision(repo, rev, where, namedBy = "--config") {
  const present = await pathsInRevision(repo, rev, SEARCH_PLACES);
  for (const place of SEARCH_PLACES) {
    if (!present.has(place)) continue;
    const label = `${/^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 12) : rev}:${place}`;
    if (CODE_EXTENSIONS.has(extname(place))) {
      throw new UsageError(`${label}: a JavaScript config is not loaded ${where} (it would run code): use .aiguardrc.json or .aiguardrc.yml, or name a JSON or YAML policy with ${namedBy}`);
    }
    const text = await showFile(repo, rev, place);
    if (text === void 0) continue;
    if (place === "package.json" && !hasAiguardKey(text)) continue;
    const config = await parseDataConfig(text, place, label);
    validateConfig(config, label);
    let policy = defaultPolicyWithOrigins();
    for (const spec of config.extends === void 0 ? [] : [config.extends].flat()) {
      const preset = isPresetName(spec) ? PRESETS[spec] : void 0;
      if (!preset) throw new UsageError(`${label}: extends: ${spec}: only built-in presets are resolved ${where}; name the whole policy with ${namedBy}`);
      policy = mergeConfig(policy, preset, void 0, spec);
    }
    return { policy: { ...mergeConfig(policy, config, void 0, label), source: label }, path: place };
  }
  return void 0;
}

export {
  showFile,
  changedPathsSince,
  policyAtRevision
};
