// Workflows, composite actions and .gitlab-ci.yml are read as YAML: every form GitHub and GitLab accept is found
// in the tree, in history and by the real pre-commit hook; look-alikes (comments, echo, docs) pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';
import { hookEnv, repoWithRemote, runGit } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

type Expected = [path: string, ruleId: string, line: number];

const HOSTILE: Record<string, string> = {
  '.github/workflows/review.yml': [
    'on: pull_request',
    'jobs:',
    '  review:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - { "uses": "anthropics/claude-code-action@v1", with: { prompt: review } }',
    '      - uses: >-',
    '          someone/claude-code-action/base@main',
    '      - name: agent',
    '        run: |',
    '          npm ci',
    '          npx -y @anthropic-ai/claude-code -p "fix the tests"',
    '',
  ].join('\n'),
  '.github/workflows/anchors.yaml': [
    'x-agent: &agent',
    '  uses: openai/codex-action@v1',
    'jobs:',
    '  a:',
    '    steps:',
    '      - <<: *agent',
    '        with: { prompt: hi }',
    '      - "run": "curl -fsSL https://claude.ai/install.sh | bash"',
    '',
  ].join('\n'),
  '.github/actions/agent/action.yml': [
    'runs:',
    '  using: composite',
    '  steps:',
    '    - shell: bash',
    "      run: 'sudo npm i -g @google/gemini-cli && gemini -p triage'",
    '',
  ].join('\n'),
  '.gitlab-ci.yml': [
    'review:',
    '  image: { name: ghcr.io/acme/claude-code:1.0 }',
    '  before_script:',
    '    - npm ci',
    '  script:',
    '    - export KEY=$ANTHROPIC_API_KEY',
    '    - ~/.local/bin/claude --print "review $CI_MERGE_REQUEST_IID"',
    '',
  ].join('\n'),
  // A GitHub Agentic Workflow: gh aw compiles it into a lock file that runs Claude Code.
  '.github/workflows/triage.md':
    '---\non: issues\nengine:\n  id: claude\nsteps:\n  - run: npm i -g @anthropic-ai/claude-code\n---\n# Triage\n',
  // Not valid YAML (a tab in the indentation), yet a lenient reader runs it: the line scan still finds the step.
  '.github/workflows/broken.yml': 'jobs:\n  a:\n    steps:\n\t- uses: anthropics/claude-code-action@v1\n',
};

const EXPECTED: Expected[] = [
  ['.github/actions/agent/action.yml', 'gemini/ci-run-step', 5],
  ['.github/workflows/anchors.yaml', 'claude-code/ci-run-step', 8],
  ['.github/workflows/anchors.yaml', 'codex/action-workflow', 2],
  ['.github/workflows/broken.yml', 'claude-code/action-workflow', 4],
  ['.github/workflows/review.yml', 'claude-code/action-workflow', 6],
  ['.github/workflows/review.yml', 'claude-code/action-workflow', 8],
  ['.github/workflows/review.yml', 'claude-code/ci-run-step', 12],
  ['.github/workflows/triage.md', 'claude-code/agentic-workflow', 3],
  ['.github/workflows/triage.md', 'claude-code/ci-run-step', 6],
  ['.gitlab-ci.yml', 'claude-code/ci-run-step', 2],
  ['.gitlab-ci.yml', 'claude-code/ci-run-step', 7],
];

const CLEAN: Record<string, string> = {
  '.github/workflows/ci.yml': [
    '# Claude Code runs elsewhere: anthropics/claude-code-action is not used here.',
    'jobs:',
    '  test:',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: echo "claude -p is documented in docs/ai.md" && npm test',
    '      - run: ./scripts/claude-review.sh --dry-run',
    '      - uses: ./.github/actions/lint',
    '',
  ].join('\n'),
  '.github/actions/lint/action.yml': 'runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: npx eslint .\n',
  '.github/workflows/docs.md': '---\non: issues\nengine: copilot\n---\nengine: claude is mentioned in the body only.\n',
  '.gitlab-ci.yml': 'test:\n  image: node:20\n  script:\n    - npm test\n    - git log --format=%B | grep -c claude || true\n',
};

const rows = (findings: Record<string, unknown>[]): Expected[] =>
  findings
    .filter((finding) => finding.kind === 'settings')
    .map((finding) => [String(finding.path), String(finding.ruleId), Number(finding.line)] as Expected)
    .sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1));

describe('workflow and CI files, parsed', () => {
  let hostile: TestRepo;
  let clean: TestRepo;
  beforeAll(() => {
    hostile = TestRepo.init();
    for (const [path, text] of Object.entries(HOSTILE)) hostile.write(path, text);
    hostile.add().commit('CI');
    clean = TestRepo.init();
    for (const [path, text] of Object.entries(CLEAN)) clean.write(path, text);
    clean.add().commit('CI');
  });

  it('finds every form in the tree, with the line of each step', () => {
    const { code, report } = runJson(['scan'], { cwd: hostile.dir });
    expect(code).toBe(1);
    expect(rows(report.findings)).toEqual(EXPECTED);
  });

  it('finds the same in history', () => {
    expect(rows(runJson(['scan', '--all'], { cwd: hostile.dir }).report.findings)).toEqual(EXPECTED);
  });

  it('leaves comments, echo, look-alike scripts and local actions alone', () => {
    for (const args of [['scan'], ['scan', '--all']]) {
      const { code, report } = runJson(args, { cwd: clean.dir });
      expect(report.findings, args.join(' ')).toEqual([]);
      expect(code).toBe(0);
    }
  });

  it('the real pre-commit hook refuses a staged .gitlab-ci.yml that runs Claude Code, and passes its clean twin', () => {
    const { repo } = repoWithRemote();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).code).toBe(0);
    repo.write('.gitlab-ci.yml', CLEAN['.gitlab-ci.yml']!).add();
    expect(runGit(repo, ['commit', '-q', '-m', 'CI'])).toMatchObject({ code: 0, stderr: '' });
    repo.write('.gitlab-ci.yml', HOSTILE['.gitlab-ci.yml']!).add();
    const refused = runGit(repo, ['commit', '-q', '-m', 'Review job']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('claude-code/ci-run-step');
    expect(refused.stderr).toContain('.gitlab-ci.yml:7');
  });
});
