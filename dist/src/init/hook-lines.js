// The hooks `aiguard init` installs and the command each hook manager runs for them.
export const INSTALLED_HOOKS = ['pre-commit', 'commit-msg', 'pre-push'];
/** The call in a shell hook file (husky): git's own arguments passed through, stdin inherited. */
export function shellCall(hook, command = 'aiguard') {
    return hook === 'pre-commit' ? `${command} hook pre-commit` : `${command} hook ${hook} "$@"`;
}
export function marksHook(text, hook) {
    return new RegExp(`(?:^|[\\s/])(?:aiguard|cli\\.js)\\s+hook\\s+${hook}\\b`, 'm').test(text);
}
