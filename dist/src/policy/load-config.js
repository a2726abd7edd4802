import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, basename, extname, relative, isAbsolute } from 'node:path';
import { UsageError } from '../errors.js';
import { validateConfig } from './validate-config.js';
import { checkConfigValues } from './check-config-values.js';
/** cosmiconfig's places for the module name "aiguard", in its order. */
export const SEARCH_PLACES = [
    'package.json',
    '.aiguardrc',
    '.aiguardrc.json',
    '.aiguardrc.yaml',
    '.aiguardrc.yml',
    '.aiguardrc.js',
    '.aiguardrc.ts',
    '.aiguardrc.mjs',
    '.aiguardrc.cjs',
    '.config/aiguardrc',
    '.config/aiguardrc.json',
    '.config/aiguardrc.yaml',
    '.config/aiguardrc.yml',
    '.config/aiguardrc.js',
    '.config/aiguardrc.ts',
    '.config/aiguardrc.mjs',
    '.config/aiguardrc.cjs',
    'aiguard.config.js',
    'aiguard.config.ts',
    'aiguard.config.mjs',
    'aiguard.config.cjs',
];
const CODE_EXTENSIONS = new Set(['.js', '.ts', '.mjs', '.cjs']);
/** A path as errors show it: relative to the current directory when inside it. */
export function displayPath(path) {
    const inside = relative(process.cwd(), path);
    return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
/** Finds the config in dir (the repository root) in cosmiconfig's order; undefined when there is none. */
export async function findConfig(dir, options = {}) {
    // Stat the candidates first: a hook in a repository without config never loads cosmiconfig.
    const present = SEARCH_PLACES.filter((place) => existsSync(join(dir, place)) && (place !== 'package.json' || packageHasConfig(join(dir, place))));
    if (present.length === 0)
        return undefined;
    const label = (place) => displayPath(join(dir, place));
    if (options.allowCode === false) {
        const dataOnly = present.find((place) => !CODE_EXTENSIONS.has(extname(place)));
        const codeFile = present.find((place) => CODE_EXTENSIONS.has(extname(place)));
        if (!dataOnly && codeFile)
            throw new UsageError(`${codeFile}: a JavaScript config is not loaded here (untrusted checkout); name a data config with --config`);
        return dataOnly ? loadConfigFile(join(dir, dataOnly), { ...options, label: label(dataOnly) }) : undefined;
    }
    // cosmiconfig's order decides which file wins; data files are parsed here so errors name the file and the line.
    const first = present[0];
    return loadConfigFile(join(dir, first), { ...options, label: label(first) });
}
/** Loads a config named on the command line or by the environment. */
export async function loadConfigFile(file, options = {}) {
    const path = resolve(file);
    if (!existsSync(path))
        throw new UsageError(`config file not found: ${file}`);
    const label = options.label ?? file;
    if (CODE_EXTENSIONS.has(extname(path))) {
        if (options.allowCode === false)
            throw new UsageError(`${label}: a JavaScript config is not loaded here (untrusted checkout); name a data config with --config`);
        const { cosmiconfig } = await import('cosmiconfig');
        try {
            const result = await cosmiconfig('aiguard').load(path);
            const config = result?.config ?? {};
            // An ES module's policy may sit on its default export.
            const unwrapped = config && typeof config === 'object' && 'default' in config && Object.keys(config).length === 1 ? config.default : config;
            return { config: checked(unwrapped, label), file: path };
        }
        catch (error) {
            if (error instanceof UsageError)
                throw error;
            throw new UsageError(`${label}: ${error.message.split('\n')[0]}`);
        }
    }
    return { config: checked(await parseDataConfig(readFileSync(path, 'utf8'), path, label), label), file: path };
}
/** Parses JSON or YAML text (what `git show BASE:path` gives in CI, too). */
export async function parseDataConfig(text, path, label = path) {
    const extension = extname(path);
    if (basename(path) === 'package.json')
        return parseJson(text, label).aiguard ?? {};
    if (extension === '.json')
        return parseJson(text, label);
    const { parse } = await import('yaml');
    try {
        // YAML is a superset of JSON: extensionless rc files take either.
        return parse(text) ?? {};
    }
    catch (error) {
        throw new UsageError(`${label}: invalid YAML: ${error.message.split('\n')[0]}`);
    }
}
function parseJson(text, label) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new UsageError(`${label}: invalid JSON: ${error.message}`);
    }
}
function packageHasConfig(path) {
    try {
        return hasAiguardKey(readFileSync(path, 'utf8'));
    }
    catch {
        return false;
    }
}
/** Whether package.json text holds an aiguard key (only then is it a config). */
export function hasAiguardKey(text) {
    try {
        return JSON.parse(text).aiguard !== undefined;
    }
    catch {
        return false;
    }
}
function checked(config, file) {
    validateConfig(config, file);
    checkConfigValues(config, file);
    return config;
}
