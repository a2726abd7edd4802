// Claude Code's settings keys with their documented scopes (rules/data/claude-settings-scope.tsv, a copy of the
// catalog's table). The sources read the file; the bundle embeds its text in place of this module (scripts/build.mjs).
import { readFileSync } from 'node:fs';

export function claudeSettingsScopeText(): string {
  return readFileSync(new URL('../../rules/data/claude-settings-scope.tsv', import.meta.url), 'utf8');
}
