// What `git commit` will store, known from inside commit-msg: git cleans the message up only after the hook ran,
// by a mode taken from --cleanup, commit.cleanup and whether an editor ran (-v truncates at the cut line too).
// The hook is not given git's arguments, so it reads them from the process table where it can (Linux /proc); when
// it cannot, the widest form any mode may store is judged (fail closed: a #-line verbatim keeps is never waved through).
import { readFile } from 'node:fs/promises';
import { runGit } from '../git/run-git.js';
import { cleanupMessage, cleanupModeOf, type CleanupMode } from '../sources/message-file.js';

export interface CommitCleanup {
  commentChar: string;
  /** The mode and -v git will use; undefined when git's arguments could not be read. */
  known?: { mode: CleanupMode; verbose: boolean };
}

/**
 * The message git will store; when the mode is not known, the widest form any mode may store: every line kept
 * (comments, text below a scissors line), only blanks tidied as every mode but verbatim does.
 */
export function storedMessage(raw: string, cleanup: CommitCleanup): string {
  if (!cleanup.known) return cleanupMessage(raw, 'whitespace', false, cleanup.commentChar);
  return cleanupMessage(raw, cleanup.known.mode, cleanup.known.verbose, cleanup.commentChar);
}

export async function commitCleanup(cwd: string, env: NodeJS.ProcessEnv): Promise<CommitCleanup> {
  const [config, args] = await Promise.all([readConfig(cwd), gitCommitArgs()]);
  const commentChar = config.get('core.commentchar');
  const configMode = config.get('commit.cleanup');
  const configVerbose = config.get('commit.verbose');
  // git tells its hooks that no editor will run by setting GIT_EDITOR=: for them (commit.c, run_commit_hook).
  const editor = env.GIT_EDITOR !== ':';
  // "auto" makes git pick a character at commit time that the hook cannot know: '#' stands, the widest form is judged.
  const auto = commentChar === 'auto';
  const char = commentChar !== undefined && commentChar !== '' && !auto ? commentChar.charAt(0) : '#';
  const verboseByConfig = configVerbose !== undefined && /^(?:true|yes|on|[1-9]\d*)$/i.test(configVerbose);
  const mode = args && !auto ? cleanupModeOf(args.cleanup ?? configMode, editor) : undefined;
  return mode ? { commentChar: char, known: { mode, verbose: args?.verbose ?? verboseByConfig } } : { commentChar: char };
}

/** The three settings in one git call (a hook must stay fast); the last value of a key wins, as in git. */
async function readConfig(cwd: string): Promise<Map<string, string>> {
  const result = await runGit(['config', '-z', '--get-regexp', '^(core\\.commentchar|commit\\.cleanup|commit\\.verbose)$'], cwd);
  const values = new Map<string, string>();
  for (const entry of result.stdout.toString('utf8').split('\0')) {
    const newline = entry.indexOf('\n');
    if (newline > 0) values.set(entry.slice(0, newline).toLowerCase(), entry.slice(newline + 1));
    else if (entry !== '') values.set(entry.toLowerCase(), 'true'); // A key without a value is boolean true.
  }
  return values;
}

interface CommitArgs {
  cleanup?: string;
  verbose?: boolean;
}

/** `git commit`'s own arguments, from the nearest git ancestor of this process; undefined when they cannot be read. */
async function gitCommitArgs(): Promise<CommitArgs | undefined> {
  if (process.platform !== 'linux') return undefined;
  let pid = process.ppid;
  for (let depth = 0; depth < 12 && pid > 1; depth++) {
    const [cmdline, stat] = await Promise.all([
      readFile(`/proc/${pid}/cmdline`).catch(() => undefined),
      readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined),
    ]);
    if (!cmdline || !stat) return undefined;
    const argv = cmdline.toString('utf8').split('\0');
    if (argv[argv.length - 1] === '') argv.pop();
    const name = (argv[0] ?? '').slice((argv[0] ?? '').lastIndexOf('/') + 1);
    if (name === 'git' || name === 'git.exe') return parseCommitArgs(argv.slice(1));
    // The parent pid is the second field after the command name, which may itself hold spaces and parentheses.
    pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  }
  return undefined;
}

const GLOBAL_WITH_VALUE = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--config-env', '--super-prefix']);
const LONG_WITH_VALUE = [
  ...['message', 'file', 'reuse-message', 'reedit-message', 'template', 'author', 'date'],
  ...['fixup', 'squash', 'trailer', 'pathspec-from-file', 'cleanup'],
];
const SHORT_WITH_VALUE = new Set(['m', 'F', 'C', 'c', 't']);
const SHORT_OPTIONAL_VALUE = new Set(['S', 'u']);

/** git's parse-options for the few `git commit` options that decide the cleanup; undefined for anything but commit. */
export function parseCommitArgs(args: string[]): CommitArgs | undefined {
  let index = 0;
  while (index < args.length && args[index]!.startsWith('-')) {
    const option = args[index]!;
    index += GLOBAL_WITH_VALUE.has(option) ? 2 : 1;
  }
  // An alias (git ci) or another command (merge, cherry-pick) runs commit-msg with options we do not read here.
  if (args[index] !== 'commit') return undefined;
  const result: CommitArgs = {};
  let verbose = 0;
  let verboseSeen = false;
  for (index++; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') break;
    if (arg.startsWith('--')) {
      const [name = '', value] = splitOnce(arg.slice(2));
      const long = LONG_WITH_VALUE.filter((candidate) => candidate.startsWith(name));
      if (name === 'verbose' || (name.length >= 3 && 'verbose'.startsWith(name) && long.length === 0)) {
        verbose++;
        verboseSeen = true;
      } else if (name === 'no-verbose') {
        verbose = 0;
        verboseSeen = true;
      } else if (long.length === 1 || long.includes(name)) {
        const full = long.includes(name) ? name : long[0]!;
        const optionValue = value ?? args[++index];
        if (full === 'cleanup') result.cleanup = optionValue;
      } else if (name.length >= 2 && 'cleanup'.startsWith(name)) {
        result.cleanup = value ?? args[++index];
      }
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') continue;
    for (let at = 1; at < arg.length; at++) {
      const flag = arg[at]!;
      if (flag === 'v') {
        verbose++;
        verboseSeen = true;
      } else if (SHORT_WITH_VALUE.has(flag)) {
        if (at === arg.length - 1) index++;
        break;
      } else if (SHORT_OPTIONAL_VALUE.has(flag)) break;
    }
  }
  if (verboseSeen) result.verbose = verbose > 0;
  return result;
}

function splitOnce(text: string): [string, string | undefined] {
  const equals = text.indexOf('=');
  return equals === -1 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}
