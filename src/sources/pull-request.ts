import type { Subject } from '../types.js';
import { listSource, type Source } from './source.js';

export interface PullRequestText {
  title?: string;
  body?: string;
  branch?: string;
}

/** A pull request's own text: its title and body (read with message and pull-request rules) and its branch name. */
export function pullRequestSubjects(text: PullRequestText): Subject[] {
  const subjects: Subject[] = [];
  if (text.title) subjects.push({ type: 'pull-request', field: 'title', text: text.title });
  if (text.body) subjects.push({ type: 'pull-request', field: 'body', text: text.body });
  if (text.branch) subjects.push({ type: 'branch', name: text.branch });
  return subjects;
}

export function pullRequestSource(text: PullRequestText): Source {
  return listSource('pull request', () => pullRequestSubjects(text));
}
