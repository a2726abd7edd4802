import { envValue } from './ci-target.js';
const DEPTH_FIX = 'use the full `checkout` step (a custom shallow clone needs `git fetch --unshallow`)';
/** CircleCI names no target branch: the commits of CIRCLE_SHA1 not on the remote's default branch. */
export function circleciTarget(env) {
    return {
        provider: 'circleci',
        event: envValue(env, 'CIRCLE_PULL_REQUEST') ? 'pull-request' : 'branch',
        head: envValue(env, 'CIRCLE_SHA1'),
        branch: envValue(env, 'CIRCLE_BRANCH'),
        depthFix: DEPTH_FIX,
    };
}
