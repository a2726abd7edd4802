#!/usr/bin/env node
// argv → one command; every command module is loaded only when it runs.
import { UsageError } from './errors.js';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./commands/scan.js')).scanCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
  explain: async () => (await import('./commands/explain.js')).explainCommand,
  baseline: async () => (await import('./commands/baseline.js')).baselineCommand,
  config: async () => (await import('./commands/config.js')).configCommand,
  hook: async () => (await import('./commands/hook.js')).hookCommand,
  'fix-message': async () => (await import('./commands/fix-message.js')).fixMessageCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  uninstall: async () => (await import('./commands/uninstall.js')).uninstallCommand,
  ci: async () => (await import('./commands/ci.js')).ciCommand,
  audit: async () => (await import('./commands/audit.js')).auditCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
};

const USAGE = `Usage: aiguard <command> [options]
Commands:
  scan [PATH]         scan a repository's tree, index, message file or history
  rules               list the rules and their level under the current policy
  explain ID          what a rule finds, why it matters and how to fix it
  baseline [PATH]     record today's findings so that only new ones fail (--prune drops stale entries)
  config print        the resolved policy and where each value came from
  hook NAME [ARGS]    run as a git hook: pre-commit, commit-msg, prepare-commit-msg, pre-push, pre-receive
  fix-message FILE    remove AI trailers and markers from a commit message file
  init                install the hooks (husky, lefthook, pre-commit framework or native hooks)
  uninstall           remove exactly what init installed
  ci                  scan what a pull request or push brings, as the CI's environment describes it
  audit [REPO...]     many repositories into an SQLite store (incremental, shards, merge, HTML report)
  export TARGET       the platform-enforceable part of the policy: github-ruleset or gitlab-push-rules
Run aiguard help <command> (or aiguard <command> --help) for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' && rest.length > 0 && rest[0] !== 'help') {
    if (rest.length > 1) throw new UsageError(`aiguard help: unexpected argument: ${rest[1]}`);
    return (await commandNamed(rest[0]!))(['--help']);
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (name === undefined) {
    process.stdout.write(`${USAGE}\n`);
    throw new UsageError(`missing command (expected ${Object.keys(COMMANDS).join(', ')})`);
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${(await import('./assets/version.js')).VERSION}\n`);
    return 0;
  }
  return (await commandNamed(name))(rest);
}

async function commandNamed(name: string): Promise<Command> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) throw new UsageError(`unknown command: ${name} (expected ${Object.keys(COMMANDS).join(', ')})`);
  return load();
}

/** An error line names what is at fault, and what it names may come from the repository: one line, escaped. */
async function errorLine(text: string): Promise<string> {
  const { displayText } = await import('./report/safe-text.js');
  return displayText(text);
}

/** A stack keeps its lines; each is escaped and none can start a workflow command. */
async function errorLines(text: string): Promise<string> {
  const { displayText, guardLines } = await import('./report/safe-text.js');
  return guardLines(text.split('\n').map(displayText).join('\n'));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = 2;
    if (error instanceof UsageError) return errorLine(error.message).then((line) => void process.stderr.write(`aiguard: ${line}\n`));
    // Fail closed: an unexpected error is never a pass. Its stack stays on several lines, each of them escaped.
    const stack = (error as Error)?.stack ?? String(error);
    return errorLines(stack).then((lines) => void process.stderr.write(`aiguard: internal error: ${lines}\n`));
  },
);
