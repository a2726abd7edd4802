import { UsageError } from '../errors.js';
import { envValue } from './ci-target.js';
import { githubTarget } from './github.js';
import { gitlabTarget } from './gitlab.js';
import { bitbucketTarget } from './bitbucket.js';
import { azureTarget } from './azure.js';
import { jenkinsTarget } from './jenkins.js';
import { circleciTarget } from './circleci.js';
import { genericTarget } from './generic.js';
// Each CI's documented marker variable, in the order they are tried.
const PROVIDERS = [
    ['GITHUB_ACTIONS', (env) => env.GITHUB_ACTIONS === 'true', githubTarget],
    ['GITLAB_CI', (env) => env.GITLAB_CI === 'true', gitlabTarget],
    ['BITBUCKET_BUILD_NUMBER', (env) => envValue(env, 'BITBUCKET_BUILD_NUMBER') !== undefined, bitbucketTarget],
    ['TF_BUILD', (env) => env.TF_BUILD?.toLowerCase() === 'true', azureTarget],
    ['JENKINS_URL', (env) => envValue(env, 'JENKINS_URL') !== undefined, jenkinsTarget],
    ['CIRCLECI', (env) => env.CIRCLECI === 'true', circleciTarget],
];
/** The CI this run is in and what it says to scan; --base (and --head) override any CI. */
export function detectCi(env, overrides) {
    if (overrides.base !== undefined)
        return genericTarget(overrides.base, overrides.head);
    for (const [, present, target] of PROVIDERS) {
        if (present(env)) {
            const found = target(env);
            return overrides.head !== undefined ? { ...found, head: overrides.head } : found;
        }
    }
    throw new UsageError(`aiguard ci: no CI environment found (${PROVIDERS.map(([name]) => name).join(', ')} unset): pass --base REV`);
}
