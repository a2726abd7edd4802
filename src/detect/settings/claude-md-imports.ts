// CLAUDE.md `@path` imports that reach outside the repository (home folder, absolute paths, ../ above the root):
// a committed file then pulls whatever sits on a teammate's machine into the agent's instructions.
import { clip, type SettingsIssue } from './settings-issue.js';

const IMPORT = /(?:^|\s)@((?:~|\/|\.\.\/)[^\s`)]*)/g;

export function analyseClaudeMdImports(text: string, path: string): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const depth = path.split('/').length - 1;
  let fenced = false;
  text.split('\n').forEach((line, index) => {
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    // Imports are not evaluated inside code: neither in fenced blocks nor in `inline code`.
    if (fenced) return;
    for (const match of line.replace(/`[^`]*`/g, '').matchAll(IMPORT)) {
      const target = match[1]!;
      if (target.startsWith('../') && climbs(target) <= depth) continue;
      issues.push({ issue: 'outside-import', line: index + 1, evidence: clip(`@${target}`) });
    }
  });
  return issues;
}

function climbs(target: string): number {
  let up = 0;
  for (const part of target.split('/')) {
    if (part === '..') up++;
    else break;
  }
  return up;
}
