// commit-msg and prepare-commit-msg: the message git is about to record, plus the environment; strip mode rewrites it.
import { writeFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { openRepository } from '../git/repository.js';
import { runGit } from '../git/run-git.js';
import { commitMessageText, messageSource, readMessageFile } from '../sources/message-file.js';
import { environmentSource } from '../sources/environment.js';
import { stripMessage } from '../fix/strip-message.js';
import { decide, loadLocalEngine, type HookContext } from './hook-context.js';

export async function commitMsgHook(context: HookContext): Promise<number> {
  const file = context.args[0];
  if (!file) throw new UsageError(`aiguard hook ${context.hook}: the message file argument is missing (git passes it as $1)`);
  const repo = await openRepository('.');
  const [engine, commentChar] = await Promise.all([loadLocalEngine(context, repo), readCommentChar(repo.cwd)]);
  const raw = readMessageFile(file);
  let stripped: string[] | undefined;
  let text = commitMessageText(raw, commentChar);
  if (engine.policy.onViolation === 'strip') {
    const result = await stripMessage(raw, engine, { commentChar });
    if (result.removed.length > 0) {
      writeFileSync(file, result.message);
      stripped = result.removed;
      text = commitMessageText(result.message, commentChar);
    }
  }
  const sources = [messageSource({ file, text }), environmentSource(context.env)];
  return decide({ context, engine, sources, gate: false, repoDir: repo.root ?? repo.cwd, messageFile: file, stripped });
}

/** git's core.commentChar (default '#'); "auto" picks a character at commit time that we cannot know, so '#' stands. */
async function readCommentChar(cwd: string): Promise<string> {
  const result = await runGit(['config', '--get', 'core.commentChar'], cwd);
  const value = result.stdout.toString('utf8').replace(/\n$/, '');
  return result.code === 0 && value !== '' && value !== 'auto' ? value.charAt(0) : '#';
}
