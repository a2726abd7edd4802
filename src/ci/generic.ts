import type { CiTarget } from './ci-target.js';

/** Any CI: the pipeline names the range with --base and --head. */
export function genericTarget(base: string, head: string | undefined): CiTarget {
  return { provider: 'generic', event: 'range', base, head, depthFix: 'fetch the full history first (git fetch --unshallow)' };
}
