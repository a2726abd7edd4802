// The part of a policy a forge enforces itself: blocking message, identity and path rules as GitHub ruleset
// JSON or GitLab push rules, in RE2 syntax. Every pattern is checked with RE2 against the rules' own examples,
// as the JavaScript rule decides them; a rule RE2 cannot express, or that does not fit, is left out and named.
import { RE2JS } from 're2js';
import type { Rule } from '../types.js';
import type { Policy } from '../policy/policy.js';
import type { RuleSet } from '../detect/rule-set.js';
import { ruleLevel } from '../policy/levels.js';
import { regexFlags } from '../detect/compile-rules.js';
import { Untranslatable, alternatives, caseFoldGlob, expandBraces, factorAlternatives, globToRe2, toRe2 } from './re2-syntax.js';

/** GitLab refuses push-rule expressions longer than this. */
export const GITLAB_FIELD_LIMIT = 511;

export interface LeftOut {
  ruleId: string;
  reason: string;
}

/** One rule as RE2: bodies grouped by the flags they need (message, email) or path regexes. */
interface Translated {
  rule: Rule;
  flags: string;
  bodies: string[];
  /** Identity rules: which commit side the platform checks. */
  field?: 'author' | 'committer' | 'any';
  /** Path rules: globs for GitHub's fnmatch. */
  globs?: string[];
}

export interface PlatformRules {
  messages: Translated[];
  emails: Translated[];
  paths: Translated[];
  leftOut: LeftOut[];
}

const EMAIL_OF = /<([^<>]*)>\s*$/;

/** Blocking rules of the policy that a platform can check, each translated and verified on its examples. */
export function platformRules(policy: Policy, ruleSet: RuleSet): PlatformRules {
  const result: PlatformRules = { messages: [], emails: [], paths: [], leftOut: [] };
  const allowed = new Set(policy.allow.flatMap((entry) => entry.rules ?? []));
  const candidates = ruleSet.rules
    .filter((rule) => ['message', 'identity', 'path'].includes(rule.kind) && ruleLevel(rule, policy) === 'block')
    .sort((a, b) => priority(a) - priority(b) || (a.id < b.id ? -1 : 1));
  // What any blocking message rule catches: a pattern widened by a dropped look-around may catch that too.
  const messageRegexes = candidates
    .filter((rule) => rule.kind === 'message')
    .map((rule) => new RegExp(rule.pattern!, regexFlags(rule.flags).replace('g', '')));
  const blockedMessage = (text: string) => messageRegexes.some((regex) => regex.test(text));
  for (const rule of candidates) {
    // A platform rule has no exceptions: a rule the policy allows somewhere would block what aiguard lets through.
    if (allowed.has(rule.id)) {
      result.leftOut.push({ ruleId: rule.id, reason: 'the policy allows it in places, and platform rules have no exceptions' });
      continue;
    }
    try {
      if (rule.kind === 'message') result.messages.push(translateMessage(rule, blockedMessage));
      else if (rule.kind === 'identity') result.emails.push(translateIdentity(rule));
      else result.paths.push(translatePath(rule, ruleSet));
    } catch (error) {
      if (!(error instanceof Untranslatable)) throw error;
      result.leftOut.push({ ruleId: rule.id, reason: error.message });
    }
  }
  return result;
}

/** The banned tool first, so that a field with a length limit keeps what matters most. */
function priority(rule: Rule): number {
  return rule.tool === 'claude-code' ? 0 : rule.tool === 'generic' ? 2 : 1;
}

function translateMessage(rule: Rule, blockedMessage: (text: string) => boolean): Translated {
  const flags = regexFlags(rule.flags).replace('g', '');
  const js = new RegExp(rule.pattern!, flags);
  const examples = [...(rule.examples?.match ?? []), ...(rule.examples?.ignore ?? [])];
  let lastProblem = 'RE2 cannot express its pattern';
  // A look-around is dropped only when the rule's examples still come out the same without it.
  for (const dropLookarounds of [false, true]) {
    let re2: string;
    try {
      re2 = toRe2(rule.pattern!, flags, { dropLookarounds });
    } catch (error) {
      if (!(error instanceof Untranslatable)) throw error;
      lastProblem = `RE2 has no ${error.message}`;
      continue;
    }
    // Without its look-around the pattern may also catch what another blocking rule catches anyway; nothing else.
    const expected = dropLookarounds ? (text: string) => js.test(text) || blockedMessage(text) : (text: string) => js.test(text);
    const disagreement = firstDisagreement(re2, examples, expected);
    if (disagreement === undefined) return { rule, flags: flagsOf(flags), bodies: alternatives(stripFlags(re2)) };
    lastProblem = `in RE2 it decides its example ${JSON.stringify(disagreement).slice(0, 60)} differently`;
  }
  throw new Untranslatable(lastProblem);
}

function translateIdentity(rule: Rule): Translated {
  const flags = regexFlags(rule.flags).replace('g', '');
  const js = new RegExp(rule.pattern!, flags);
  const body = stripFlags(toRe2(rule.pattern!, flags));
  // Only the e-mail alternatives (`<address>` at the end) are what a platform's e-mail check reads; a name is not.
  const emails = alternatives(body).flatMap((alternative) => {
    const inner = /^<(.*)>\$?$/.exec(alternative)?.[1];
    return inner === undefined ? [] : [`^${inner}$`];
  });
  if (emails.length === 0) throw new Untranslatable('it reads the display name, which platforms do not check');
  const samples = [...(rule.examples?.match ?? []), ...(rule.examples?.ignore ?? [])].flatMap((example) => {
    const email = EMAIL_OF.exec(example)?.[1];
    return email === undefined ? [] : [email];
  });
  const re2 = `(?${flagsOf(flags).replace('m', '') || 'i'}:${emails.join('|')})`;
  const disagreement = firstDisagreement(re2, samples, (email) => js.test(`x <${email}>`));
  if (disagreement !== undefined) throw new Untranslatable(`in RE2 it decides the address ${disagreement} differently`);
  return { rule, flags: flagsOf(flags).replace('m', ''), bodies: emails, field: rule.field ?? 'any' };
}

function translatePath(rule: Rule, ruleSet: RuleSet): Translated {
  if (rule.excludePaths?.length) throw new Untranslatable('it has excludePaths, which platform path rules cannot subtract');
  const globs = rule.paths ?? [];
  const bodies = globs.map((glob) => globToRe2(glob));
  const examples = [...(rule.examples?.match ?? []), ...(rule.examples?.ignore ?? [])];
  const compiled = ruleSet.matchers.rules.get(rule.id);
  // Path rules match in any letter case (macOS and Windows open claude.md as CLAUDE.md): the platform rules too.
  const caseless = compiled?.pathRegexes.some((regex) => regex.flags.includes('i')) === true;
  const flags = caseless ? 'i' : '';
  const expected = (path: string) => compiled?.pathRegexes.some((regex) => regex.test(path)) === true;
  const disagreement = firstDisagreement(`(?${flags}:${bodies.join('|')})`, examples, expected);
  if (disagreement !== undefined) throw new Untranslatable(`in RE2 it decides the path ${disagreement} differently`);
  const fnmatch = globs
    .flatMap(expandBraces)
    .map((glob) => (glob.endsWith('/**') ? `${glob}/*` : glob))
    .map((glob) => (caseless ? caseFoldGlob(glob) : glob));
  if (fnmatch.some((glob) => /[\\]|\[\^/.test(glob))) throw new Untranslatable("GitHub's fnmatch has no backslash or [^…]");
  return { rule, flags, bodies, globs: fnmatch };
}

/** The first sample on which the RE2 pattern and the JavaScript rule disagree; undefined when they agree on all. */
export function firstDisagreement(re2: string, samples: string[], expected: (sample: string) => boolean): string | undefined {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(re2);
  } catch (error) {
    throw new Untranslatable(`RE2 rejects it (${(error as Error).message})`);
  }
  return samples.find((sample) => compiled.matcher(sample).find() !== expected(sample));
}

function flagsOf(flags: string): string {
  return [...new Set(flags.split(''))]
    .filter((flag) => 'ims'.includes(flag))
    .sort()
    .join('');
}

function stripFlags(re2: string): string {
  return re2.replace(/^\(\?[ims]*:/, '').replace(/\)$/, '');
}

/** Rules' bodies as one RE2 expression: grouped by flags, shared prefixes factored out. */
export function combine(translated: Translated[]): string {
  const byFlags = new Map<string, string[]>();
  for (const item of translated) byFlags.set(item.flags, [...(byFlags.get(item.flags) ?? []), ...item.bodies]);
  return [...byFlags].map(([flags, bodies]) => `(?${flags}:${factorAlternatives(bodies)})`).join('|');
}

/**
 * The rules that fit in one field of at most `limit` characters, in priority order; the others go to leftOut.
 * The combined expression is checked once more against every included rule's examples.
 */
export function packField(translated: Translated[], limit: number, leftOut: LeftOut[]): { pattern: string; included: Translated[] } {
  const included: Translated[] = [];
  for (const item of translated) {
    if (combine([...included, item]).length <= limit) included.push(item);
    else leftOut.push({ ruleId: item.rule.id, reason: `no room left within the field's ${limit} characters` });
  }
  return { pattern: included.length ? combine(included) : '', included };
}
