import type { Subject } from '../types.js';
import { listSource, type Source } from './source.js';

/** The variables of the process that runs the hook: an AI agent's session leaves its marks here. */
export function environmentSubjects(env: NodeJS.ProcessEnv = process.env): Subject[] {
  const subjects: Subject[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined) subjects.push({ type: 'environment', name, value });
  }
  return subjects;
}

export function environmentSource(env: NodeJS.ProcessEnv): Source {
  return listSource('environment', () => environmentSubjects(env));
}
