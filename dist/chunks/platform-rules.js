import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { i as ruleLevel, j as regexFlags } from './core.js';
import { R as RE2JS } from './chunk.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/audit/re2-syntax.ts
var Untranslatable = class extends Error {
};
function toRe2(pattern, flags, options = {}) {
  const body = translateBody(pattern, options.dropLookarounds ?? false);
  const scoped = [...new Set(flags.split(""))].filter((flag) => "ims".includes(flag)).sort().join("");
  return scoped ? `(?${scoped}:${body})` : `(?:${body})`;
}
function translateBody(pattern, dropLookarounds) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      const next = pattern[i + 1] ?? "";
      if (next === "u") {
        const { codePoint, length } = unicodeEscape(pattern, i);
        out += `\\x{${codePoint.toString(16).toUpperCase()}}`;
        i += length - 1;
        continue;
      }
      if (/[1-9k]/.test(next)) throw new Untranslatable("a backreference");
      if (next === "c" || next === "0") throw new Untranslatable(`the escape \\${next}`);
      out += next === "/" ? "/" : `\\${next}`;
      i++;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      out += char;
      continue;
    }
    if (char === "[") {
      inClass = true;
      out += char;
      if (pattern[i + 1] === "^") out += pattern[++i];
      if (pattern[i + 1] === "]") out += `\\${pattern[++i]}`;
      continue;
    }
    if (char === "(" && pattern[i + 1] === "?") {
      const rest = pattern.slice(i);
      if (rest.startsWith("(?<![\\s\\S])")) {
        out += "\\A";
        i += "(?<![\\s\\S])".length - 1;
        continue;
      }
      if (rest.startsWith("(?![\\s\\S])")) {
        out += "\\z";
        i += "(?![\\s\\S])".length - 1;
        continue;
      }
      const atomic = atomicGroup(pattern, i);
      if (atomic) {
        out += `(?:${translateBody(atomic.inner, dropLookarounds)})`;
        i = atomic.end - 1;
        continue;
      }
      const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(rest);
      if (lookaround) {
        if (!dropLookarounds) throw new Untranslatable("a look-around");
        i = closingParen(pattern, i);
        continue;
      }
      const named = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
      if (named) {
        out += `(?P<${named[1]}>`;
        i += named[0].length - 1;
        continue;
      }
    }
    out += char;
  }
  return out;
}
function atomicGroup(pattern, at) {
  if (!pattern.startsWith("(?=(", at)) return void 0;
  const close = closingParen(pattern, at);
  const group = closingParen(pattern, at + 3);
  if (group !== close - 1) return void 0;
  const reference = /^\\(\d+)/.exec(pattern.slice(close + 1));
  if (!reference || Number(reference[1]) !== captureNumber(pattern, at + 3)) return void 0;
  return { inner: pattern.slice(at + 4, group), end: close + 1 + reference[0].length };
}
function* syntaxPositions(pattern, from) {
  let inClass = false;
  for (let i = from; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
    } else if (char === "[") inClass = true;
    else yield i;
  }
}
function captureNumber(pattern, open) {
  let count = 0;
  for (const i of syntaxPositions(pattern, 0)) {
    if (i > open) break;
    if (pattern[i] === "(" && (pattern[i + 1] !== "?" || /^\(\?<[A-Za-z_]/.test(pattern.slice(i)))) count++;
  }
  return count;
}
function unicodeEscape(pattern, at) {
  const braced = /^\\u\{([0-9a-fA-F]+)\}/.exec(pattern.slice(at));
  if (braced) return { codePoint: parseInt(braced[1], 16), length: braced[0].length };
  const pair = /^\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(pattern.slice(at));
  if (pair) return { codePoint: (parseInt(pair[1], 16) - 55296) * 1024 + (parseInt(pair[2], 16) - 56320) + 65536, length: 12 };
  const single = /^\\u([0-9a-fA-F]{4})/.exec(pattern.slice(at));
  if (!single) throw new Untranslatable("a malformed \\u escape");
  return { codePoint: parseInt(single[1], 16), length: 6 };
}
function closingParen(pattern, open) {
  let depth = 0;
  for (const i of syntaxPositions(pattern, open)) {
    if (pattern[i] === "(") depth++;
    else if (pattern[i] === ")" && --depth === 0) return i;
  }
  throw new Untranslatable("an unbalanced group");
}
function units(body) {
  const out = [];
  let i = 0;
  while (i < body.length) {
    const start = i;
    const char = body[i];
    if (char === "\\") {
      const braced = /^\\[xpP]\{[^}]*\}/.exec(body.slice(i));
      i += braced ? braced[0].length : 2;
    } else if (char === "[") {
      i++;
      if (body[i] === "^") i++;
      if (body[i] === "]") i++;
      while (i < body.length && body[i] !== "]") i += body[i] === "\\" ? 2 : 1;
      i++;
    } else if (char === "(") {
      i = closingParen(body, i) + 1;
    } else {
      i++;
    }
    for (; ; ) {
      const quantifier = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(body.slice(i));
      if (!quantifier) break;
      i += quantifier[0].length;
    }
    out.push(body.slice(start, i));
  }
  return out;
}
function alternatives(body) {
  const parts = [];
  let current = "";
  for (const unit of units(body)) {
    if (unit === "|") {
      parts.push(current);
      current = "";
    } else current += unit;
  }
  parts.push(current);
  return parts;
}
function factorAlternatives(bodies) {
  let items = [...new Set(bodies)].map((body) => units(body));
  for (; ; ) {
    let best;
    const byPrefix = /* @__PURE__ */ new Map();
    items.forEach((item, index) => {
      for (let length = 1; length < item.length; length++) {
        const key = item.slice(0, length).join("");
        const list = byPrefix.get(key) ?? [];
        list.push(index);
        byPrefix.set(key, list);
      }
    });
    for (const [key, members] of byPrefix) {
      const saving = (members.length - 1) * key.length - 5;
      if (members.length > 1 && saving > 0 && (!best || saving > best.saving)) best = { prefix: units(key).length, members, saving };
    }
    if (!best) break;
    const group = best.members.map((index) => items[index]);
    const prefix = group[0].slice(0, best.prefix);
    const rest = factorAlternatives(group.map((item) => item.slice(best.prefix).join("")));
    const merged = [...prefix, `(?:${rest})`];
    items = [...items.filter((_, index) => !best.members.includes(index)), merged];
  }
  return items.map((item) => item.join("")).sort().join("|");
}
function globToRe2(glob) {
  if (/[!()+@]/.test(glob)) throw new Untranslatable(`the glob ${glob}`);
  const anywhere = glob.startsWith("**/");
  let out = anywhere ? "(?:^|/)" : "^";
  const rest = anywhere ? glob.slice(3) : glob;
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i];
    if (rest.startsWith("/**/", i)) {
      out += "/(?:.*/)?";
      i += 3;
    } else if (rest.startsWith("/**", i) && i + 3 === rest.length) {
      out += "/.*";
      i += 2;
    } else if (char === "*") out += rest[i + 1] === "*" ? (i++, ".*") : "[^/]*";
    else if (char === "?") out += "[^/]";
    else if (char === "{") {
      const close = rest.indexOf("}", i);
      if (close === -1) throw new Untranslatable(`the glob ${glob}`);
      out += `(?:${rest.slice(i + 1, close).split(",").map((part) => globToRe2(part).replace(/^\^/, "")).join("|")})`;
      i = close;
    } else if (char === "[") {
      const close = rest.indexOf("]", i);
      if (close === -1) throw new Untranslatable(`the glob ${glob}`);
      out += rest.slice(i, close + 1);
      i = close;
    } else out += /[\\^$.|?*+()[\]{}]/.test(char) ? `\\${char}` : char;
  }
  return `${out}$`;
}
function caseFoldGlob(glob) {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === "[") {
      const close = glob.indexOf("]", i);
      out += glob.slice(i, close + 1);
      i = close;
    } else out += /[a-z]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char;
  }
  return out;
}
function expandBraces(glob) {
  const open = glob.indexOf("{");
  if (open === -1) return [glob];
  const close = glob.indexOf("}", open);
  if (close === -1) return [glob];
  return glob.slice(open + 1, close).split(",").flatMap((part) => expandBraces(glob.slice(0, open) + part + glob.slice(close + 1)));
}

// src/audit/platform-rules.ts
var GITLAB_FIELD_LIMIT = 511;
var EMAIL_OF = /<([^<>]*)>\s*$/;
function platformRules(policy, ruleSet) {
  const result = { messages: [], emails: [], paths: [], leftOut: [] };
  const allowed = new Set(policy.allow.flatMap((entry) => entry.rules ?? []));
  const candidates = ruleSet.rules.filter((rule) => ["message", "identity", "path"].includes(rule.kind) && ruleLevel(rule, policy) === "block").sort((a, b) => priority(a) - priority(b) || (a.id < b.id ? -1 : 1));
  const messageRegexes = candidates.filter((rule) => rule.kind === "message").map((rule) => new RegExp(rule.pattern, regexFlags(rule.flags).replace("g", "")));
  const blockedMessage = (text) => messageRegexes.some((regex) => regex.test(text));
  for (const rule of candidates) {
    if (allowed.has(rule.id)) {
      result.leftOut.push({ ruleId: rule.id, reason: "the policy allows it in places, and platform rules have no exceptions" });
      continue;
    }
    try {
      if (rule.kind === "message") result.messages.push(translateMessage(rule, blockedMessage));
      else if (rule.kind === "identity") result.emails.push(translateIdentity(rule));
      else result.paths.push(translatePath(rule, ruleSet));
    } catch (error) {
      if (!(error instanceof Untranslatable)) throw error;
      result.leftOut.push({ ruleId: rule.id, reason: error.message });
    }
  }
  return result;
}
function priority(rule) {
  return rule.tool === "claude-code" ? 0 : rule.tool === "generic" ? 2 : 1;
}
function translateMessage(rule, blockedMessage) {
  const flags = regexFlags(rule.flags).replace("g", "");
  const js = new RegExp(rule.pattern, flags);
  const examples = [...rule.examples?.match ?? [], ...rule.examples?.ignore ?? []];
  let lastProblem = "RE2 cannot express its pattern";
  for (const dropLookarounds of [false, true]) {
    let re2;
    try {
      re2 = toRe2(rule.pattern, flags, { dropLookarounds });
    } catch (error) {
      if (!(error instanceof Untranslatable)) throw error;
      lastProblem = `RE2 has no ${error.message}`;
      continue;
    }
    const expected = dropLookarounds ? (text) => js.test(text) || blockedMessage(text) : (text) => js.test(text);
    const disagreement = firstDisagreement(re2, examples, expected);
    if (disagreement === void 0) return { rule, flags: flagsOf(flags), bodies: alternatives(stripFlags(re2)) };
    lastProblem = `in RE2 it decides its example ${JSON.stringify(disagreement).slice(0, 60)} differently`;
  }
  throw new Untranslatable(lastProblem);
}
function translateIdentity(rule) {
  const flags = regexFlags(rule.flags).replace("g", "");
  const js = new RegExp(rule.pattern, flags);
  const body = stripFlags(toRe2(rule.pattern, flags));
  const emails = alternatives(body).flatMap((alternative) => {
    const inner = /^<(.*)>\$?$/.exec(alternative)?.[1];
    return inner === void 0 ? [] : [`^${inner}$`];
  });
  if (emails.length === 0) throw new Untranslatable("it reads the display name, which platforms do not check");
  const samples = [...rule.examples?.match ?? [], ...rule.examples?.ignore ?? []].flatMap((example) => {
    const email = EMAIL_OF.exec(example)?.[1];
    return email === void 0 ? [] : [email];
  });
  const re2 = `(?${flagsOf(flags).replace("m", "") || "i"}:${emails.join("|")})`;
  const disagreement = firstDisagreement(re2, samples, (email) => js.test(`x <${email}>`));
  if (disagreement !== void 0) throw new Untranslatable(`in RE2 it decides the address ${disagreement} differently`);
  return { rule, flags: flagsOf(flags).replace("m", ""), bodies: emails, field: rule.field ?? "any" };
}
function translatePath(rule, ruleSet) {
  if (rule.excludePaths?.length) throw new Untranslatable("it has excludePaths, which platform path rules cannot subtract");
  const globs = rule.paths ?? [];
  const bodies = globs.map((glob) => globToRe2(glob));
  const examples = [...rule.examples?.match ?? [], ...rule.examples?.ignore ?? []];
  const compiled = ruleSet.matchers.rules.get(rule.id);
  const caseless = compiled?.pathRegexes.some((regex) => regex.flags.includes("i")) === true;
  const flags = caseless ? "i" : "";
  const expected = (path) => compiled?.pathRegexes.some((regex) => regex.test(path)) === true;
  const disagreement = firstDisagreement(`(?${flags}:${bodies.join("|")})`, examples, expected);
  if (disagreement !== void 0) throw new Untranslatable(`in RE2 it decides the path ${disagreement} differently`);
  const fnmatch = globs.flatMap(expandBraces).map((glob) => glob.endsWith("/**") ? `${glob}/*` : glob).map((glob) => caseless ? caseFoldGlob(glob) : glob);
  if (fnmatch.some((glob) => /[\\]|\[\^/.test(glob))) throw new Untranslatable("GitHub's fnmatch has no backslash or [^\u2026]");
  return { rule, flags, bodies, globs: fnmatch };
}
function firstDisagreement(re2, samples, expected) {
  let compiled;
  try {
    compiled = RE2JS.compile(re2);
  } catch (error) {
    throw new Untranslatable(`RE2 rejects it (${error.message})`);
  }
  return samples.find((sample) => compiled.matcher(sample).find() !== expected(sample));
}
function flagsOf(flags) {
  return [...new Set(flags.split(""))].filter((flag) => "ims".includes(flag)).sort().join("");
}
function stripFlags(re2) {
  return re2.replace(/^\(\?[ims]*:/, "").replace(/\)$/, "");
}
function combine(translated) {
  const byFlags = /* @__PURE__ */ new Map();
  for (const item of translated) byFlags.set(item.flags, [...byFlags.get(item.flags) ?? [], ...item.bodies]);
  return [...byFlags].map(([flags, bodies]) => `(?${flags}:${factorAlternatives(bodies)})`).join("|");
}
function packField(translated, limit, leftOut) {
  const included = [];
  for (const item of translated) {
    if (combine([...included, item]).length <= limit) included.push(item);
    else leftOut.push({ ruleId: item.rule.id, reason: `no room left within the field's ${limit} characters` });
  }
  return { pattern: included.length ? combine(included) : "", included };
}

export { GITLAB_FIELD_LIMIT, combine, firstDisagreement, packField, platformRules };
