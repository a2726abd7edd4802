import { listSource } from './source.js';
/** The variables of the process that runs the hook: an AI agent's session leaves its marks here. */
export function environmentSubjects(env = process.env) {
    const subjects = [];
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined)
            subjects.push({ type: 'environment', name, value });
    }
    return subjects;
}
export function environmentSource(env) {
    return listSource('environment', () => environmentSubjects(env));
}
