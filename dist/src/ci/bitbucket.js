import { envValue } from './ci-target.js';
const DEPTH_FIX = 'set `clone: depth: full` in bitbucket-pipelines.yml';
/** Bitbucket Pipelines: BITBUCKET_PR_DESTINATION_BRANCH for pull requests; a branch build is judged against the default branch. */
export function bitbucketTarget(env) {
    const destination = envValue(env, 'BITBUCKET_PR_DESTINATION_BRANCH');
    return {
        provider: 'bitbucket',
        event: envValue(env, 'BITBUCKET_PR_ID') ? 'pull-request' : 'branch',
        head: envValue(env, 'BITBUCKET_COMMIT'),
        baseBranch: destination,
        branch: envValue(env, 'BITBUCKET_BRANCH'),
        depthFix: DEPTH_FIX,
    };
}
