import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  parseCommandArgs
} from "./chunk-BRJMNBUH.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/commands/export.ts
import { writeFileSync } from "node:fs";
var TARGETS = ["github-ruleset", "gitlab-push-rules"];
var USAGE = `Usage: aiguard export <github-ruleset|gitlab-push-rules> [options]
  Writes the part of the policy a forge can enforce itself, as a first wall before aiguard in CI:
  blocking commit-message, author e-mail and file path rules, in RE2 syntax.
  github-ruleset      JSON: a branch ruleset (commit message, author and committer e-mail) and a push
                      ruleset (file paths), for the REST API or the ruleset import
  gitlab-push-rules   JSON for the push rule API: commit_message_negative_regex, file_name_regex and,
                      with --email-domain, author_email_regex (each at most 511 characters)
  --email-domain D    GitLab: the only e-mail domains authors may use (repeatable); GitLab's author check
                      is an allow-list, so without it no author rule is written
  --output F          write to F instead of standard output
  --config F          the policy file (default: found in the repository root)`;
async function exportCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    "export",
    argv,
    {
      output: { type: "string" },
      config: { type: "string" },
      "email-domain": { type: "string", multiple: true },
      help: { type: "boolean", short: "h" }
    },
    1
  );
  if (values.help) {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  const target = positionals[0];
  if (target === void 0) throw new UsageError(`aiguard export: missing target (expected ${TARGETS.join(" or ")})`);
  if (!TARGETS.includes(target)) {
    throw new UsageError(`aiguard export: unknown target ${target} (expected ${TARGETS.join(" or ")})`);
  }
  const domains = values["email-domain"] ?? [];
  if (target !== "gitlab-push-rules" && domains.length) {
    throw new UsageError("aiguard export: --email-domain applies to gitlab-push-rules only");
  }
  for (const domain of domains) {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(domain)) {
      throw new UsageError(`aiguard export: --email-domain ${domain}: not a domain name`);
    }
  }
  const [{ loadEngine }, { openRepository }, platform] = await Promise.all([
    import("./pipeline-TM4P6DGI.js"),
    import("./repository-DODK47SN.js"),
    import("./platform-rules-6UNHKPW2.js")
  ]);
  const searchDir = await openRepository(".").then(
    (repo) => repo.root ?? repo.cwd,
    () => void 0
  );
  const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir });
  const rules = platform.platformRules(policy, ruleSet);
  const document = target === "github-ruleset" ? githubRulesets(rules, platform) : gitlabPushRules(rules, platform, domains);
  for (const { ruleId, reason } of rules.leftOut) process.stderr.write(`aiguard export: left out ${ruleId}: ${reason}
`);
  const text = `${JSON.stringify(document, null, 2)}
`;
  if (values.output) {
    try {
      writeFileSync(values.output, text);
    } catch (error) {
      const reason = error.code ?? error.message;
      throw new UsageError(`--output ${values.output}: cannot write it (${reason})`);
    }
  } else process.stdout.write(text);
  return 0;
}
function githubRulesets(rules, platform) {
  const metadata = [];
  const rule = (type, name, pattern) => ({ type, parameters: { name, negate: true, operator: "regex", pattern } });
  if (rules.messages.length) {
    metadata.push(rule("commit_message_pattern", "No AI-tool trailers or markers (aiguard)", platform.combine(rules.messages)));
  }
  const authors = rules.emails.filter((item) => item.field !== "committer");
  const committers = rules.emails.filter((item) => item.field !== "author");
  if (authors.length) metadata.push(rule("commit_author_email_pattern", "No AI-tool author (aiguard)", platform.combine(authors)));
  if (committers.length) metadata.push(rule("committer_email_pattern", "No AI-tool committer (aiguard)", platform.combine(committers)));
  const paths = [...new Set(rules.paths.flatMap((item) => item.globs ?? []))];
  const rulesets = [
    {
      name: "aiguard: no AI-tool commit metadata",
      target: "branch",
      enforcement: "active",
      conditions: { ref_name: { include: ["~ALL"], exclude: [] } },
      rules: metadata
    }
  ];
  if (paths.length) {
    rulesets.push({
      name: "aiguard: no AI-tool files",
      target: "push",
      enforcement: "active",
      rules: [{ type: "file_path_restriction", parameters: { restricted_file_paths: paths } }]
    });
  }
  return rulesets;
}
function gitlabPushRules(rules, platform, domains) {
  const limit = platform.GITLAB_FIELD_LIMIT;
  const out = {};
  const message = platform.packField(rules.messages, limit, rules.leftOut);
  if (message.pattern) out.commit_message_negative_regex = message.pattern;
  if (domains.length) {
    const pattern = `(?i)^[^@\\s]+@(?:${domains.map((domain) => domain.replace(/\./g, "\\.")).join("|")})$`;
    const toolAddresses = rules.emails.flatMap((item) => item.rule.examples?.match ?? []).flatMap((example) => /<([^<>]*)>\s*$/.exec(example)?.[1] ?? []);
    const admitted = toolAddresses.find((address) => platform.firstDisagreement(pattern, [address], () => false) !== void 0);
    if (admitted) throw new UsageError(`aiguard export: --email-domain would admit the AI-tool address ${admitted}`);
    if (pattern.length > limit) {
      throw new UsageError(`aiguard export: --email-domain: the author_email_regex would exceed ${limit} characters`);
    }
    out.author_email_regex = pattern;
  }
  const paths = platform.packField(rules.paths, limit, rules.leftOut);
  if (paths.pattern) out.file_name_regex = paths.pattern;
  return out;
}
export {
  exportCommand
};
