// A message rule that matches a pull request's title or body is fixed by editing the pull request,
// not with fix-message or an amend: the fix every output shows says so.
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli } from '../helpers/git-repo.js';
import { CO_AUTHOR, GENERATED_WITH, githubEnv, pullRequestPayload } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

const TITLE_FIX = "Edit the pull request's title to remove it";
const BODY_FIX = "Edit the pull request's description to remove line 3";
// A message already committed is reworded by a rebase from its parent, whatever the rule's fix for a new message says.
const messageFix = (commit: string) =>
  `git -c sequence.editor='sed -i.bak s/^pick/reword/' -c core.editor='aiguard fix-message' rebase -i ${commit.slice(0, 12)}^`;

/** A PR whose title and body carry the Claude Code footer, and one commit with the co-author trailer. */
function prCase(): { repo: TestRepo; env: NodeJS.ProcessEnv; head: string } {
  const repo = TestRepo.init();
  const base = repo.write('README.md', 'hi\n').add().commit('init');
  repo.git('checkout', '-q', '-b', 'feature');
  const head = repo.write('a.txt', 'a\n').add().commit(`Add a\n\n${CO_AUTHOR}\n`);
  const pr = { title: `Add a ${GENERATED_WITH}`, body: `Adds a.\n\n${GENERATED_WITH}\n` };
  return { repo, env: githubEnv('pull_request', pullRequestPayload(base, head, pr)), head };
}

describe('the fix of a message rule found in pull-request text', () => {
  it('text: says to edit the title or description; the committed message is reworded through fix-message', () => {
    const { repo, env, head } = prCase();
    const result = runCli(['ci'], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `claude-code/generated-with-marker  title line 1\n      Add a ${GENERATED_WITH}\n` +
        `      The "Generated with Claude Code" marker\n      fix: ${TITLE_FIX}\n`,
    );
    expect(result.stdout).toContain(
      `claude-code/generated-with-marker  body line 3\n      ${GENERATED_WITH}\n` +
        `      The "Generated with Claude Code" marker\n      fix: ${BODY_FIX}\n`,
    );
    expect(result.stdout).toContain(
      `claude-code/co-author-trailer  message line 3\n      ${CO_AUTHOR}\n` +
        `      Claude as a co-author (Co-Authored-By … <noreply@anthropic.com>)\n      fix: ${messageFix(head)}\n`,
    );
    expect(result.stdout.match(/fix-message/g)).toHaveLength(1);
  });

  it('SARIF: the result message of the body finding carries the pull-request fix', () => {
    const { repo, env, head } = prCase();
    const result = runCli(['ci', '--format', 'sarif'], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const results = JSON.parse(result.stdout).runs[0].results as {
      ruleId: string;
      message: { text: string };
      locations: { logicalLocations?: { name: string }[] }[];
    }[];
    const messageOf = (place: string) => results.find((entry) => entry.locations[0]?.logicalLocations?.[0]?.name === place)?.message.text;
    expect(messageOf('pull request body')).toMatch(new RegExp(`\\nFix: ${BODY_FIX}$`));
    expect(messageOf('pull request title')).toMatch(new RegExp(`\\nFix: ${TITLE_FIX}$`));
    expect(results.find((entry) => entry.ruleId === 'claude-code/co-author-trailer')?.message.text).toContain(`Fix: ${messageFix(head)}`);
  });

  it('GitHub annotations: the same fixes', () => {
    const { repo, env, head } = prCase();
    const result = runCli(['ci', '--format', 'github'], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.find((line) => line.includes('[body]'))).toMatch(new RegExp(`%0AFix: ${BODY_FIX}$`));
    expect(lines.find((line) => line.includes('[title]'))).toMatch(new RegExp(`%0AFix: ${TITLE_FIX}$`));
    expect(lines.find((line) => line.includes('co-author-trailer'))).toContain(`%0AFix: ${messageFix(head)}`);
  });

  it("a pull-request marker (a message rule: squash merges copy it into commits) gets the pull request's fix in a body", () => {
    const repo = TestRepo.init();
    const base = repo.write('README.md', 'hi\n').add().commit('init');
    repo.git('checkout', '-q', '-b', 'feature');
    const head = repo.write('a.txt', 'a\n').add().commit('Add a');
    const body = 'Adds a.\n\n<!-- START COPILOT CODING AGENT TIPS -->\n';
    const result = runCli(['ci'], { cwd: repo.dir, env: githubEnv('pull_request', pullRequestPayload(base, head, { body })) });
    expect(result.stdout).toMatch(new RegExp(`copilot/coding-agent-marker {2}body line 3\\n.*\\n.*\\n {6}fix: ${BODY_FIX}\\n`));
  });
});
