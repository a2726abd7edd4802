// Every rule's examples, checked through real git: paths as committed files, messages as commits,
// identities as authors and committers, contents as file lines, settings as committed files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import micromatch from 'micromatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rule } from '../../src/types.js';
import { TestRepo, cleanupTempDirs, runJson } from '../helpers/git-repo.js';
import { RULES_DIR, concretePath, loadDetector, loadPacks, type Detector } from '../helpers/rule-packs.js';

afterAll(cleanupTempDirs);

const packs = loadPacks();
const rules = packs.flatMap((pack) => pack.rules);
const ofKind = (...kinds: string[]): Rule[] => rules.filter((rule) => kinds.includes(rule.kind));
type JsonFinding = Record<string, unknown>;

describe('rule packs', () => {
  it('validate against rules/schema.json', () => {
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(RULES_DIR, 'schema.json'), 'utf8')));
    for (const pack of packs) {
      const { file, ...data } = pack;
      expect(validate(data) ? [] : validate.errors, file).toEqual([]);
    }
  });

  it('cover every tool id of the interface contract, one pack a tool, named after it', async () => {
    const { TOOL_IDS } = await import('../../src/config/tool-ids.js');
    expect(packs.map((pack) => pack.tool).sort()).toEqual([...TOOL_IDS].sort());
    for (const pack of packs) expect(pack.file).toBe(`${pack.tool}.yml`);
  });

  it('are all in docs/rules.md: every pack and every settings check', () => {
    const docs = readFileSync(join(RULES_DIR, '../docs/rules.md'), 'utf8');
    for (const pack of packs) expect(docs, pack.tool).toContain(`| \`${pack.tool}\` |`);
    for (const rule of ofKind('settings')) expect(docs, rule.id).toContain(`| \`${rule.id}\` |`);
  });

  it('give every rule at least one match and one ignore example, and keywords wherever there is a pattern', () => {
    for (const rule of rules) {
      expect(rule.examples?.match?.length ?? 0, `${rule.id} match examples`).toBeGreaterThan(0);
      expect(rule.examples?.ignore?.length ?? 0, `${rule.id} ignore examples`).toBeGreaterThan(0);
      if (rule.pattern) expect(rule.keywords?.length ?? 0, `${rule.id} keywords`).toBeGreaterThan(0);
      for (const keyword of rule.keywords ?? []) expect(keyword, `${rule.id} keyword`).toBe(keyword.toLowerCase());
    }
  });
});

/** Files of one repository must not collide (a file where another path needs a folder). */
function partition(paths: string[]): string[][] {
  const groups: string[][] = [];
  for (const path of paths) {
    const fits = (group: string[]) =>
      group.every((other) => other !== path && !other.startsWith(`${path}/`) && !path.startsWith(`${other}/`));
    const group = groups.find(fits);
    if (group) group.push(path);
    else groups.push([path]);
  }
  return groups;
}

function findingsBy(findings: JsonFinding[], ruleId: string, key: string, value: unknown): JsonFinding[] {
  return findings.filter((finding) => finding.ruleId === ruleId && finding[key] === value);
}

describe('path examples, committed as files', () => {
  const pathRules = ofKind('path');
  const allPaths = [...new Set(pathRules.flatMap((rule) => [...rule.examples!.match!, ...rule.examples!.ignore!]))];
  const tree: JsonFinding[] = [];
  const history: JsonFinding[] = [];
  beforeAll(() => {
    for (const group of partition(allPaths)) {
      const repo = TestRepo.init();
      for (const path of group) repo.write(path, ''); // empty: a .gitignore among the examples must ignore nothing
      repo.add().commit('files');
      tree.push(...runJson(['scan'], { cwd: repo.dir }).report.findings);
      history.push(...runJson(['scan', '--all'], { cwd: repo.dir }).report.findings);
    }
  });
  for (const rule of pathRules) {
    it(rule.id, () => {
      for (const path of rule.examples!.match!) {
        expect(findingsBy(tree, rule.id, 'path', path), `tree: ${path}`).toHaveLength(1);
        expect(findingsBy(history, rule.id, 'path', path), `--all: ${path}`).toHaveLength(1);
      }
      for (const path of rule.examples!.ignore!) {
        expect(findingsBy(tree, rule.id, 'path', path), `tree: ${path}`).toEqual([]);
        expect(findingsBy(history, rule.id, 'path', path), `--all: ${path}`).toEqual([]);
      }
    });
  }
});

describe('message examples, as commit messages', () => {
  const messageRules = ofKind('message');
  const commits = new Map<string, string>();
  let findings: JsonFinding[] = [];
  beforeAll(() => {
    const repo = TestRepo.init();
    for (const rule of messageRules) {
      for (const message of [...rule.examples!.match!, ...rule.examples!.ignore!]) {
        if (!commits.has(message)) commits.set(message, repo.commit(message));
      }
    }
    findings = runJson(['scan', '--all'], { cwd: repo.dir }).report.findings;
  });
  for (const rule of messageRules) {
    it(rule.id, () => {
      for (const message of rule.examples!.match!)
        expect(findingsBy(findings, rule.id, 'commit', commits.get(message)), message).not.toEqual([]);
      for (const message of rule.examples!.ignore!)
        expect(findingsBy(findings, rule.id, 'commit', commits.get(message)), message).toEqual([]);
    });
  }
});

describe('identity examples, as author and committer', () => {
  const identityRules = ofKind('identity');
  const commits = new Map<string, string>();
  let findings: JsonFinding[] = [];
  beforeAll(() => {
    const repo = TestRepo.init();
    for (const rule of identityRules) {
      for (const ident of [...rule.examples!.match!, ...rule.examples!.ignore!]) {
        if (!commits.has(ident)) commits.set(ident, repo.commit(`commit as ${ident}`, { author: ident, committer: ident }));
      }
    }
    findings = runJson(['scan', '--all'], { cwd: repo.dir }).report.findings;
  });
  for (const rule of identityRules) {
    it(rule.id, () => {
      for (const ident of rule.examples!.match!) {
        const found = findingsBy(findings, rule.id, 'commit', commits.get(ident));
        const roles = rule.field && rule.field !== 'any' ? [rule.field] : ['author', 'committer'];
        expect(found.map((finding) => finding.field).sort(), ident).toEqual(roles.sort());
      }
      for (const ident of rule.examples!.ignore!) expect(findingsBy(findings, rule.id, 'commit', commits.get(ident)), ident).toEqual([]);
    });
  }
});

describe('content examples, as lines of committed files', () => {
  const contentRules = ofKind('content');
  const files = new Map<string, string>();
  let tree: JsonFinding[] = [];
  let history: JsonFinding[] = [];
  beforeAll(() => {
    const repo = TestRepo.init();
    let n = 0;
    for (const rule of contentRules) {
      const dir = `case-${n++}`;
      const name = rule.paths ? concretePath(rule.paths[0]!) : 'notes.md';
      rule.examples!.match!.forEach((line, i) => files.set(`${rule.id}\0match\0${i}`, `${dir}/match-${i}/${name}`));
      rule.examples!.ignore!.forEach((line, i) => files.set(`${rule.id}\0ignore\0${i}`, `${dir}/ignore-${i}/${name}`));
      rule.examples!.match!.forEach((line, i) => repo.write(files.get(`${rule.id}\0match\0${i}`)!, `first line\n${line}\n`));
      rule.examples!.ignore!.forEach((line, i) => repo.write(files.get(`${rule.id}\0ignore\0${i}`)!, `first line\n${line}\n`));
    }
    repo.add().commit('contents');
    tree = runJson(['scan'], { cwd: repo.dir }).report.findings;
    history = runJson(['scan', '--all'], { cwd: repo.dir }).report.findings;
  });
  for (const rule of contentRules) {
    it(rule.id, () => {
      rule.examples!.match!.forEach((line, i) => {
        const path = files.get(`${rule.id}\0match\0${i}`);
        for (const findings of [tree, history]) {
          const found = findingsBy(findings, rule.id, 'path', path);
          expect(
            found.map((finding) => finding.line),
            line,
          ).toEqual([2]);
        }
      });
      rule.examples!.ignore!.forEach((line, i) => {
        const path = files.get(`${rule.id}\0ignore\0${i}`);
        for (const findings of [tree, history]) expect(findingsBy(findings, rule.id, 'path', path), line).toEqual([]);
      });
    });
  }
});

describe('settings examples, as committed files', () => {
  // Rules foundBy a command (aiguard/policy-changed: aiguard ci diffs the policy) are covered by test/ci-trust.
  const settingsRules = ofKind('settings').filter((rule) => rule.foundBy === undefined);
  const files = new Map<string, string>();
  const tree: JsonFinding[] = [];
  const history: JsonFinding[] = [];
  beforeAll(() => {
    const repo = TestRepo.init();
    let n = 0;
    for (const rule of settingsRules) {
      const name = concretePath(rule.paths![0]!);
      for (const [which, list] of [
        ['match', rule.examples!.match!],
        ['ignore', rule.examples!.ignore!],
      ] as const) {
        list.forEach((text, i) => {
          const path = `case-${n++}/${name}`;
          files.set(`${rule.id}\0${which}\0${i}`, path);
          repo.write(path, text);
        });
      }
    }
    repo.add().commit('settings');
    tree.push(...runJson(['scan'], { cwd: repo.dir }).report.findings);
    history.push(...runJson(['scan', '--all'], { cwd: repo.dir }).report.findings);
  });
  for (const rule of settingsRules) {
    it(rule.id, () => {
      const name = concretePath(rule.paths![0]!);
      expect(micromatch.isMatch(`case-0/${name}`, rule.paths!, { dot: true }), `${name} matches ${rule.paths}`).toBe(true);
      rule.examples!.match!.forEach((text, i) => {
        const path = files.get(`${rule.id}\0match\0${i}`);
        for (const findings of [tree, history]) {
          const found = findingsBy(findings, rule.id, 'path', path);
          expect(found.length, text).toBeGreaterThan(0);
          for (const finding of found) expect(finding.line, text).toBeGreaterThan(0);
        }
      });
      rule.examples!.ignore!.forEach((text, i) => {
        const path = files.get(`${rule.id}\0ignore\0${i}`);
        for (const findings of [tree, history]) expect(findingsBy(findings, rule.id, 'path', path), text).toEqual([]);
      });
    });
  }
});

describe('pull-request, branch and environment examples, through detect', () => {
  let detector: Detector;
  beforeAll(async () => {
    detector = await loadDetector();
  });
  const subjectsOf = (rule: Rule, example: string) => {
    if (rule.kind === 'pull-request') return [{ type: 'pull-request' as const, field: 'body' as const, text: example }];
    if (rule.kind === 'branch') return [{ type: 'branch' as const, name: example }];
    const eq = example.indexOf('=');
    return [{ type: 'environment' as const, name: example.slice(0, eq), value: example.slice(eq + 1) }];
  };
  for (const rule of ofKind('pull-request', 'branch', 'environment')) {
    it(rule.id, async () => {
      for (const example of rule.examples!.match!) {
        const found = (await detector.detect(subjectsOf(rule, example))).filter((finding) => finding.ruleId === rule.id);
        expect(found, example).not.toEqual([]);
      }
      for (const example of rule.examples!.ignore!) {
        const found = (await detector.detect(subjectsOf(rule, example))).filter((finding) => finding.ruleId === rule.id);
        expect(found, example).toEqual([]);
      }
    });
  }
});
