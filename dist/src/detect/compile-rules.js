import { escapeRegex } from './escape-regex.js';
const GLOB_CHARS = /[*?[\]{}()!+@]/;
export function compileRules(rules) {
    const matchers = {
        rules: new Map(),
        byKind: new Map(),
        pathBySegment: new Map(),
        pathByPrefix: new Map(),
        pathAlways: [],
        prefilter: new Map(),
        contentKeywords: [],
    };
    for (const rule of rules) {
        const compiled = {
            rule,
            regex: rule.pattern === undefined ? undefined : new RegExp(rule.pattern, regexFlags(rule.flags)),
            pathRegexes: pathRegexSources(rule.pathRegex, rule.paths).map((source) => new RegExp(source)),
            excludePathRegexes: pathRegexSources(rule.excludePathRegex, rule.excludePaths).map((source) => new RegExp(source)),
            keywords: (rule.keywords ?? []).map((keyword) => keyword.toLowerCase()),
        };
        matchers.rules.set(rule.id, compiled);
        const list = matchers.byKind.get(rule.kind) ?? [];
        list.push(compiled);
        matchers.byKind.set(rule.kind, list);
        if (rule.kind === 'path' || rule.kind === 'settings')
            indexPathRule(matchers, compiled);
    }
    matchers.pathKeys = pathKeyExpression(matchers);
    for (const [kind, list] of matchers.byKind) {
        // A rule without keywords must always be tried, so its kind gets no prefilter.
        const patterned = list.filter((compiled) => compiled.regex);
        const everyHasKeywords = patterned.every((compiled) => compiled.keywords.length > 0);
        const words = [...new Set(patterned.flatMap((compiled) => compiled.keywords))];
        matchers.prefilter.set(kind, everyHasKeywords && words.length > 0 ? new RegExp(words.map(escapeRegex).join('|'), 'i') : null);
        if (kind === 'content')
            matchers.contentKeywords = words;
    }
    return matchers;
}
/** The words git grep looks for, as compileRules lists them in contentKeywords: known before any rule is compiled. */
export function contentKeywordsOf(rules) {
    const patterned = rules.filter((rule) => rule.kind === 'content' && rule.pattern !== undefined);
    return [...new Set(patterned.flatMap((rule) => (rule.keywords ?? []).map((keyword) => keyword.toLowerCase())))];
}
export function regexFlags(flags) {
    const extra = flags ?? '';
    const base = extra.includes('-i') ? 'gm' : 'gim';
    return [...new Set((base + extra.replace('-i', '')).split(''))].join('');
}
function pathRegexSources(compiled, globs) {
    if (compiled)
        return compiled;
    // Custom rules arrive with globs only; built-in ones were compiled at build time.
    return (globs ?? []).map((glob) => globToRegexSource(glob));
}
let micromatchModule;
export function setGlobCompiler(module) {
    micromatchModule = module;
}
function globToRegexSource(glob) {
    if (!micromatchModule)
        throw new Error(`glob compiler not loaded for ${glob}`);
    return micromatchModule.makeRe(glob, { dot: true }).source;
}
function indexPathRule(matchers, compiled) {
    for (const glob of compiled.rule.paths ?? []) {
        const segments = glob.split('/').filter((segment) => segment !== '' && segment !== '**');
        const literal = [...segments].reverse().find((segment) => !GLOB_CHARS.test(segment));
        if (literal) {
            addTo(matchers.pathBySegment, literal, compiled);
            continue;
        }
        const prefixed = segments.map((segment) => segment.split(GLOB_CHARS)[0] ?? '').find((prefix) => prefix.length >= 3);
        if (prefixed) {
            const key = prefixed.slice(0, 3);
            const list = matchers.pathByPrefix.get(key) ?? [];
            if (!list.some((entry) => entry.rule === compiled && entry.prefix === prefixed))
                list.push({ prefix: prefixed, rule: compiled });
            matchers.pathByPrefix.set(key, list);
            continue;
        }
        if (!matchers.pathAlways.includes(compiled))
            matchers.pathAlways.push(compiled);
    }
}
function addTo(map, key, compiled) {
    const list = map.get(key) ?? [];
    if (!list.includes(compiled))
        list.push(compiled);
    map.set(key, list);
}
export function matchesPath(compiled, path) {
    return compiled.pathRegexes.some((regex) => regex.test(path)) && !compiled.excludePathRegexes.some((regex) => regex.test(path));
}
/** Path rules whose index keys occur in the path: the only ones worth testing. */
function pathKeyExpression(matchers) {
    return pathKeyExpressionOf(matchers, () => true);
}
/** The same expression for the index keys of some rules only (settings analysis asks for its own). */
export function pathKeyExpressionOf(matchers, include) {
    const exact = [...matchers.pathBySegment].filter(([, rules]) => rules.some(include)).map(([key]) => escapeRegex(key));
    const prefixes = [...matchers.pathByPrefix.values()].flatMap((entries) => entries.filter((entry) => include(entry.rule)).map((entry) => escapeRegex(entry.prefix)));
    const alternatives = [...(exact.length > 0 ? [`(?:${exact.join('|')})(?:/|$)`] : []), ...prefixes];
    return alternatives.length > 0 ? new RegExp(`(?:^|/)(?:${alternatives.join('|')})`) : /(?!)/;
}
export function pathCandidates(matchers, path) {
    if (matchers.pathAlways.length === 0 && matchers.pathKeys && !matchers.pathKeys.test(path))
        return NO_CANDIDATES;
    // Most paths match no index key: the set is made only for the first candidate (one per path adds up in history).
    let candidates = matchers.pathAlways.length > 0 ? new Set(matchers.pathAlways) : undefined;
    for (let start = 0; start <= path.length;) {
        let end = path.indexOf('/', start);
        if (end === -1)
            end = path.length;
        const segment = path.slice(start, end);
        start = end + 1;
        const exact = matchers.pathBySegment.get(segment);
        if (exact)
            for (const compiled of exact)
                (candidates ??= new Set()).add(compiled);
        const prefixed = segment.length >= 3 ? matchers.pathByPrefix.get(segment.slice(0, 3)) : undefined;
        if (prefixed)
            for (const entry of prefixed)
                if (segment.startsWith(entry.prefix))
                    (candidates ??= new Set()).add(entry.rule);
    }
    return candidates ?? NO_CANDIDATES;
}
const NO_CANDIDATES = new Set();
