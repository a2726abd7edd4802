import type { Subject } from '../types.js';
import type { Repository } from '../git/repository.js';
import { startCommitLog, stopCommitLog, streamCommitBatches } from '../git/commit-stream.js';
import type { MergeDiff, RecordFinders, StartedCommitLog } from '../git/commit-stream.js';
import { commitSubjects } from './commit-subjects.js';
import { UsageError } from '../errors.js';
import type { Source } from './source.js';
import { settingsTextReader, withSettingsText } from './settings-text.js';

export interface HistoryOptions {
  /** Revision arguments exactly as git rev-list takes them. */
  revisions: string[];
  content: boolean;
  label?: string;
  /** How merges show their own changes: remerge (default) for bounded ranges, combined for a whole history. */
  merges?: MergeDiff;
}

/**
 * Every commit the revisions list: message, identities, changed paths, added lines, and settings files as each
 * commit holds them. git log starts when the source is made, from any folder of the repository (cwd need not be
 * its top), so its start-up overlaps whatever the caller loads next.
 */
export function historySource(cwd: string, options: HistoryOptions): Source {
  const started = startCommitLog(cwd, { revisions: options.revisions, content: options.content, merges: options.merges });
  return {
    label: options.label ?? 'history',
    async *read(needs) {
      const prefilter = await needs.commitPrefilter?.(options.content);
      const batches = rangeSubjectBatches(
        { cwd },
        { revisions: options.revisions, content: options.content, onCommit: needs.onCommit, prefilter, started },
      );
      const reader = settingsTextReader({ cwd }, 'commits');
      try {
        yield* withSettingsText(batches, needs.wantsText, reader.read);
      } finally {
        reader.close();
      }
    },
    // A log read to its end has exited; one abandoned half-way (an error, a config problem) is killed.
    stop: () => stopCommitLog(started),
  };
}

export interface RangeOptions {
  /** Revision arguments exactly as git rev-list takes them. */
  revisions: string[];
  content: boolean;
  /** Called once per commit read, for progress and the summary. */
  onCommit?: () => void;
  /** Detect's commitPrefilters: commits they find nothing in are counted but not turned into subjects. */
  prefilter?: RecordFinders;
  /** The git log, when the caller started it early (startCommitLog with the same revisions and content flag). */
  started?: StartedCommitLog;
}

/** Every commit `git rev-list <revisions>` lists, as subjects, from one streamed git process. */
export async function* rangeSubjects(repo: Pick<Repository, 'cwd'>, options: RangeOptions): AsyncGenerator<Subject> {
  for await (const batch of rangeSubjectBatches(repo, options)) yield* batch;
}

/** The same subjects, a batch per chunk of git's output: what a long history scan iterates. */
export async function* rangeSubjectBatches(repo: Pick<Repository, 'cwd'>, options: RangeOptions): AsyncGenerator<Subject[]> {
  try {
    const onSkipped = (count: number): void => {
      for (let i = 0; i < count; i++) options.onCommit?.();
    };
    const streamOptions = {
      revisions: options.revisions,
      content: options.content,
      skipUnless: options.prefilter,
      onSkipped,
      started: options.started,
    };
    for await (const records of streamCommitBatches(repo.cwd, streamOptions)) {
      const subjects: Subject[] = [];
      for (const record of records) {
        options.onCommit?.();
        for (const subject of commitSubjects(record)) subjects.push(subject);
      }
      yield subjects;
    }
  } catch (error) {
    throw namedRevisionError(error, options.revisions);
  }
}

/** Turns git's "ambiguous argument 'x'" into a line that names the revision. */
function namedRevisionError(error: unknown, revisions: string[]): unknown {
  if (!(error instanceof UsageError)) return error;
  const ambiguous = /ambiguous argument '([^']*)'|bad revision '([^']*)'|unknown revision[^']*'([^']*)'/.exec(error.message);
  if (ambiguous) return new UsageError(`unknown revision: ${ambiguous[1] ?? ambiguous[2] ?? ambiguous[3]}`);
  if (/does not have any commits yet/.test(error.message)) return new UsageError(`no commits yet: ${revisions.join(' ')}`);
  return error;
}
