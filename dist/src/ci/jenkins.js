import { envValue } from './ci-target.js';
const DEPTH_FIX = "turn off 'Shallow clone' in the job's Git 'Advanced clone behaviours'";
/** Jenkins (multibranch): CHANGE_* for pull requests, GIT_PREVIOUS_SUCCESSFUL_COMMIT for branch builds. */
export function jenkinsTarget(env) {
    const head = envValue(env, 'GIT_COMMIT');
    if (envValue(env, 'CHANGE_ID')) {
        return {
            provider: 'jenkins',
            event: 'change-request',
            head,
            baseBranch: envValue(env, 'CHANGE_TARGET'),
            title: envValue(env, 'CHANGE_TITLE') ?? '',
            branch: envValue(env, 'CHANGE_BRANCH') ?? envValue(env, 'BRANCH_NAME'),
            depthFix: DEPTH_FIX,
        };
    }
    return {
        provider: 'jenkins',
        event: 'branch',
        head,
        base: envValue(env, 'GIT_PREVIOUS_SUCCESSFUL_COMMIT'),
        branch: envValue(env, 'BRANCH_NAME') ?? envValue(env, 'GIT_BRANCH'),
        depthFix: DEPTH_FIX,
    };
}
