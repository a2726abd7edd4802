// Environment variables that send prompts and keys elsewhere, or load code into the agent's process.
import { type JsonDocument, type Node, keyLine, properties, valueOf } from './json-document.js';
import { clip, type SettingsIssue } from './settings-issue.js';

/** Variables that redirect the API, add proxies or load code into the agent's process. */
const REDIRECTING_NAMES = [
  'ANTHROPIC_(?:[A-Z_]*BASE_URL|AUTH_TOKEN|API_KEY|CUSTOM_HEADERS)',
  'GOOGLE_GEMINI_BASE_URL',
  'GEMINI_API_KEY',
  'OPENAI_BASE_URL',
  'OPENAI_API_KEY',
  'NODE_OPTIONS',
  'NODE_EXTRA_CA_CERTS',
  'NODE_TLS_REJECT_UNAUTHORIZED',
  '(?:HTTPS?|ALL)_PROXY',
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'DYLD_[A-Z_]+',
  'BASH_ENV',
  'ENV',
  'PATH',
  'PYTHONPATH',
  'PYTHONSTARTUP',
  'CLAUDE_CONFIG_DIR',
  'CLAUDE_CODE_(?:USE_[A-Z_]+|SKIP_[A-Z_]+_AUTH|SHELL_PREFIX|SHELL|GIT_BASH_PATH|CLIENT_CERT|CLIENT_KEY[A-Z_]*|API_KEY_HELPER[A-Z_]*)',
  'OTEL_EXPORTER_OTLP_(?:[A-Z_]*ENDPOINT|HEADERS)',
];
export const REDIRECTING_VARIABLE = new RegExp(`^(?:${REDIRECTING_NAMES.join('|')})$`, 'i');

export function envIssues(doc: JsonDocument, env: Node | undefined, issue = 'env-redirect'): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const [name, , value] of properties(env)) {
    if (REDIRECTING_VARIABLE.test(name))
      issues.push({
        issue,
        line: keyLine(doc, value),
        evidence: clip(`env.${name}=${String(valueOf(value))}`),
      });
  }
  return issues;
}
