// commit-msg and prepare-commit-msg: the message git is about to record, plus the environment; strip mode rewrites it.
import { writeFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { openRepository } from '../git/repository.js';
import { messageSource, readMessageFile } from '../sources/message-file.js';
import { environmentSource } from '../sources/environment.js';
import { stripMessage } from '../fix/strip-message.js';
import { decide, loadLocalEngine, type HookContext } from './hook-context.js';
import { commitCleanup, storedMessage } from './commit-cleanup.js';

export async function commitMsgHook(context: HookContext): Promise<number> {
  const file = context.args[0];
  if (!file) throw new UsageError(`aiguard hook ${context.hook}: the message file argument is missing (git passes it as $1)`);
  const repo = await openRepository('.');
  const [engine, cleanup] = await Promise.all([loadLocalEngine(context, repo), commitCleanup(repo.cwd, context.env)]);
  const { commentChar } = cleanup;
  const raw = readMessageFile(file);
  let stripped: string[] | undefined;
  // Judged as git will store it once the hook returns (--cleanup, commit.cleanup, -v, editor or not).
  let text = storedMessage(raw, cleanup);
  if (engine.policy.onViolation === 'strip') {
    const result = await stripMessage(raw, engine, { commentChar });
    if (result.removed.length > 0) {
      writeFileSync(file, result.message);
      stripped = result.removed;
      text = storedMessage(result.message, cleanup);
    }
  }
  const sources = [messageSource({ file, text }), environmentSource(context.env)];
  return decide({ context, engine, sources, gate: false, repoDir: repo.root ?? repo.cwd, messageFile: file, stripped });
}
