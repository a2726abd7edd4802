// The hooks `aiguard init` installs and the command each hook manager runs for them.
export const INSTALLED_HOOKS = ['pre-commit', 'commit-msg', 'pre-push'] as const;
export type InstalledHook = (typeof INSTALLED_HOOKS)[number];

/** The call in a shell hook file (husky): git's own arguments passed through, stdin inherited. */
export function shellCall(hook: InstalledHook, command = 'aiguard'): string {
  return hook === 'pre-commit' ? `${command} hook pre-commit` : `${command} hook ${hook} "$@"`;
}

export function marksHook(text: string, hook: InstalledHook): boolean {
  return new RegExp(`(?:^|[\\s/])(?:aiguard|cli\\.js)\\s+hook\\s+${hook}\\b`, 'm').test(text);
}
