import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { p as properties, v as valueOf, k as keyLine } from './chunk5.js';
import { c as clip } from './core.js';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/detect/settings/env-redirect.ts
var REDIRECTING_NAMES = [
  "ANTHROPIC_(?:[A-Z_]*BASE_URL|AUTH_TOKEN|API_KEY|CUSTOM_HEADERS)",
  "GOOGLE_GEMINI_BASE_URL",
  "GEMINI_API_KEY",
  "OPENAI_BASE_URL",
  "OPENAI_API_KEY",
  "NODE_OPTIONS",
  "NODE_EXTRA_CA_CERTS",
  "NODE_TLS_REJECT_UNAUTHORIZED",
  "(?:HTTPS?|ALL)_PROXY",
  "LD_PRELOAD",
  "LD_LIBRARY_PATH",
  "DYLD_[A-Z_]+",
  "BASH_ENV",
  "ENV",
  "PATH",
  "PYTHONPATH",
  "PYTHONSTARTUP",
  "CLAUDE_CONFIG_DIR",
  "CLAUDE_CODE_(?:USE_[A-Z_]+|SKIP_[A-Z_]+_AUTH|SHELL_PREFIX|SHELL|GIT_BASH_PATH|CLIENT_CERT|CLIENT_KEY[A-Z_]*|API_KEY_HELPER[A-Z_]*)",
  "OTEL_EXPORTER_OTLP_(?:[A-Z_]*ENDPOINT|HEADERS)"
];
var REDIRECTING_VARIABLE = new RegExp(`^(?:${REDIRECTING_NAMES.join("|")})$`, "i");
function envIssues(doc, env, issue = "env-redirect") {
  const issues = [];
  for (const [name, , value] of properties(env)) {
    if (REDIRECTING_VARIABLE.test(name))
      issues.push({
        issue,
        line: keyLine(doc, value),
        evidence: clip(`env.${name}=${String(valueOf(value))}`)
      });
  }
  return issues;
}

export { REDIRECTING_VARIABLE as R, envIssues as e };
