// The workflow analyser skips the YAML parser for a file that cannot name an agent: the gate must pass every text
// the parser could read an agent's name from, YAML escapes and escaped line breaks included.
import { describe, expect, it } from 'vitest';
import { AGENTS, AGENT_WORDS, ENGINES, analyseWorkflow, mayNameAgent } from '../../src/detect/settings/workflow.js';

const holdsWord = (sign: string): boolean => AGENT_WORDS.some((word) => sign.toLowerCase().includes(word));

describe('workflow gate', () => {
  it('every sign of every agent holds one of the gate words', () => {
    for (const agent of AGENTS) {
      const signs = [...agent.actionNames, agent.ownerPrefix, ...agent.packages, ...agent.commands];
      signs.push(...[...agent.installScripts, ...agent.images].map((pattern) => pattern.source.replace(/\\/g, '')));
      for (const sign of signs) expect(holdsWord(sign), `${agent.tool}: ${sign}`).toBe(true);
    }
    for (const engine of Object.keys(ENGINES)) expect(holdsWord(engine), engine).toBe(true);
  });

  it('a workflow without any agent word is not parsed and has no issue', () => {
    const steps = '    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          make \\\n            test\n';
    const text = `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n${steps}`;
    expect(mayNameAgent(text)).toBe(false);
    expect(analyseWorkflow(text, '.github/workflows/ci.yml')).toEqual([]);
  });

  it('passes an agent spelled with YAML escapes or across an escaped line break, and the analyser finds it', () => {
    const spelled = [
      'jobs:\n  a:\n    steps:\n      - run: "\\x63laude -p hi"\n',
      'jobs:\n  a:\n    steps:\n      - uses: "anthropics/\\u0063laude-code-action@v1"\n',
      'jobs:\n  a:\n    steps:\n      - run: "npx @openai/co\\U00000064ex exec hi"\n',
      'jobs:\n  a:\n    steps:\n      - run: "cla\\\n          ude -p hi"\n',
      'jobs:\r\n  a:\r\n    steps:\r\n      - run: "npm i -g @google/gem\\\r\n          ini-cli"\r\n',
    ];
    for (const text of spelled) {
      expect(mayNameAgent(text), text).toBe(true);
      expect(analyseWorkflow(text, '.github/workflows/a.yml').length, text).toBeGreaterThan(0);
    }
  });

  it('passes the words in any letter case, in YAML and in an agentic workflow', () => {
    expect(mayNameAgent('steps:\n  - run: CLAUDE -p hi\n')).toBe(true);
    const agentic = '---\non: pull_request\nengine: Codex\n---\nReview.\n';
    expect(analyseWorkflow(agentic, '.github/workflows/review.md').map((found) => found.issue)).toEqual(['agentic-workflow']);
  });
});
