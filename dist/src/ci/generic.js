/** Any CI: the pipeline names the range with --base and --head. */
export function genericTarget(base, head) {
    return { provider: 'generic', event: 'range', base, head, depthFix: 'fetch the full history first (git fetch --unshallow)' };
}
