import type { Level } from '../types.js';
import type { Config } from '../policy/policy.js';
import { TOOL_IDS } from './tool-ids.js';

function everyTool(level: Level): Record<string, Level> {
  return Object.fromEntries([...TOOL_IDS.map((id) => [id, level] as const), ['*', level] as const]);
}

/** Built-in policies a config can extend: `extends: aiguard:strict`. */
export const PRESETS: Record<string, Config> = {
  // The built-in default itself: Claude Code blocks, other tools warn, tool-neutral signals inform.
  'aiguard:recommended': { tools: { 'claude-code': 'block', generic: 'info', '*': 'warn' } },
  // Every tool blocks (a rule whose own severity is lower keeps it unless `rules` raises it).
  'aiguard:strict': { tools: everyTool('block') },
  // The ban names Claude Code only: every other tool and tool-neutral signal is off.
  // aiguard's own rule (a PR that changes the policy) stays on: without it the ban could be edited away.
  'aiguard:claude-code-ban': { tools: { ...everyTool('off'), 'claude-code': 'block', aiguard: 'block' } },
};

export function isPresetName(spec: string): boolean {
  return spec.startsWith('aiguard:');
}
