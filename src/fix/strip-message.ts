// Strip mode: drop the lines of a commit message that the policy flags (AI trailers, generated-with markers), keep the rest.
import type { Finding } from '../types.js';
import type { Engine } from '../pipeline.js';
import { detectSubject } from '../detect/detect-subject.js';
import { applyPolicy } from '../policy/apply-policy.js';
import { escapeRegex } from '../util/escape-regex.js';

export interface StripResult {
  /** The message file's new text (the raw text unchanged when nothing was removed). */
  message: string;
  /** The lines taken out, as they stood. */
  removed: string[];
  /** True when removing the lines would have left no message: nothing is removed then. */
  wouldEmpty: boolean;
}

export interface StripOptions {
  commentChar?: string;
}

/** Lines flagged blocking or warning by a message rule go; comments, the scissors part and every other line stay. */
export async function stripMessage(raw: string, engine: Engine, options: StripOptions = {}): Promise<StripResult> {
  const commentChar = options.commentChar ?? '#';
  const endsWithNewline = raw.endsWith('\n');
  const lines = (endsWithNewline ? raw.slice(0, -1) : raw).split('\n');
  const scissors = new RegExp(`^${escapeRegex(commentChar)} -+ >8 -+\\r?$`);
  let regionEnd = lines.findIndex((line) => scissors.test(line));
  if (regionEnd === -1) regionEnd = lines.length;

  const isComment = (line: string): boolean => line.startsWith(commentChar);
  const isBlank = (line: string): boolean => line.trim() === '';
  const remove = new Set<number>();
  for (let index = 0; index < regionEnd; index++) {
    const line = lines[index]!;
    if (isComment(line) || isBlank(line)) continue;
    // A folded trailer is one trailer to git: its continuation lines are judged and removed with it.
    let end = index + 1;
    while (end < regionEnd && TRAILER_START.test(line) && indentOf(lines[end]!) > indentOf(line) && !isBlank(lines[end]!)) end++;
    if (await flagged(lines.slice(index, end).join('\n'), engine)) for (let at = index; at < end; at++) remove.add(at);
    index = end - 1;
  }
  if (remove.size === 0) return { message: raw, removed: [], wouldEmpty: false };

  const kept = tidy(lines.slice(0, regionEnd), remove, isComment, isBlank);
  const message = [...kept, ...lines.slice(regionEnd)].join('\n') + (endsWithNewline ? '\n' : '');
  const removed = [...remove].map((index) => lines[index]!.replace(/\r$/, ''));
  if (!kept.some((line) => !isComment(line) && !isBlank(line))) return { message: raw, removed: [], wouldEmpty: true };
  return { message, removed, wouldEmpty: false };
}

const TRAILER_START = /^[ \t>*-]*[A-Za-z0-9][A-Za-z0-9-]*[ \t]*:/;
const indentOf = (line: string): number => line.length - line.trimStart().length;

async function flagged(line: string, engine: Engine): Promise<boolean> {
  const findings: Finding[] = [];
  detectSubject(engine.ruleSet.matchers, { type: 'message', text: line }, findings);
  if (findings.length === 0) return false;
  const judged = await applyPolicy(findings, engine.policy, { gate: false });
  return judged.some((finding) => finding.status === 'blocking' || finding.status === 'warning');
}

/** Removes the lines and the blank lines their removal leaves behind (a doubled blank, a blank at the end). */
function tidy(region: string[], remove: Set<number>, isComment: (line: string) => boolean, isBlank: (line: string) => boolean): string[] {
  const out: string[] = [];
  let removedSinceContent = false;
  let lastContent = -1;
  let removedAfterLastContent = false;
  region.forEach((line, index) => {
    if (remove.has(index)) {
      removedSinceContent = true;
      removedAfterLastContent = true;
      return;
    }
    if (isComment(line)) {
      out.push(line);
      return;
    }
    if (isBlank(line)) {
      const previous = out[out.length - 1];
      if (removedSinceContent && (previous === undefined || isBlank(previous))) return;
      out.push(line);
      return;
    }
    out.push(line);
    lastContent = out.length - 1;
    removedSinceContent = false;
    removedAfterLastContent = false;
  });
  if (!removedAfterLastContent) return out;
  // The removed lines closed the message: drop the blank lines that stood before them, keep one before a comment block.
  const tail = out.slice(lastContent + 1);
  const firstComment = tail.findIndex(isComment);
  const rest = firstComment === -1 ? [] : tail.slice(firstComment);
  return [...out.slice(0, lastContent + 1), ...(rest.length > 0 ? [''] : []), ...rest];
}
