import { envValue, stripHeads } from './ci-target.js';
const DEPTH_FIX = 'set `fetchDepth: 0` on the `- checkout: self` step';
/** Azure Pipelines: SYSTEM_PULLREQUEST_* for pull-request validation builds, BUILD_SOURCE* otherwise. */
export function azureTarget(env) {
    const pullRequest = envValue(env, 'BUILD_REASON') === 'PullRequest';
    if (pullRequest) {
        return {
            provider: 'azure',
            event: 'PullRequest',
            head: envValue(env, 'SYSTEM_PULLREQUEST_SOURCECOMMITID') ?? envValue(env, 'BUILD_SOURCEVERSION'),
            baseBranch: stripHeads(envValue(env, 'SYSTEM_PULLREQUEST_TARGETBRANCH')),
            branch: stripHeads(envValue(env, 'SYSTEM_PULLREQUEST_SOURCEBRANCH')),
            depthFix: DEPTH_FIX,
        };
    }
    return {
        provider: 'azure',
        event: envValue(env, 'BUILD_REASON') ?? 'build',
        head: envValue(env, 'BUILD_SOURCEVERSION'),
        branch: envValue(env, 'BUILD_SOURCEBRANCHNAME'),
        depthFix: DEPTH_FIX,
    };
}
