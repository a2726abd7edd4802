// What a CI's environment says about the run, before any git call: the range, the PR text, the branch.
export const ZERO_SHA = /^0+$/;
/** A variable's value, or undefined when unset or empty. */
export function envValue(env, name) {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
export function stripHeads(ref) {
    return ref?.replace(/^refs\/heads\//, '');
}
