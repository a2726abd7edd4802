// What every source is to the pipeline: a label and a stream of subjects, settings text already attached.
import type { PathKeys, Subject } from '../types.js';
import type { Repository } from '../git/repository.js';
import type { TextSource, WantsText } from './settings-text.js';
import type { RecordFinders } from '../git/commit-stream.js';

export type SubjectStream = Iterable<Subject> | AsyncIterable<Subject | Subject[]>;

/** What detect asks of the sources (handed over as data, so sources never load rules). */
export interface SourceNeeds {
  /** Paths whose text detect reads: the source attaches a settings subject after each. */
  wantsText: WantsText;
  /** Paths a path or settings rule may match (their index keys): a list of a whole tree may leave out the rest. */
  pathWanted: (path: string) => boolean;
  /** The same keys as data, for a search of a whole listing at once; undefined when any path may be wanted. */
  pathKeys?: PathKeys;
  /** Words a file line needs before content rules look at it (what the tree's git grep searches for). */
  contentKeywords: readonly string[];
  /** History sources: expressions a commit's raw parts must match to be parsed at all (undefined: every commit). */
  commitPrefilter?: (content: boolean) => Promise<RecordFinders | undefined>;
  /** Called once per commit read, for the summary and the progress line. */
  onCommit: () => void;
}

export interface Source {
  /** What the report says was scanned: "working tree", "staged changes"… */
  label: string;
  read(needs: SourceNeeds): SubjectStream | Promise<SubjectStream>;
  /** Ends git work started when the source was made and never read (a config error, a repository out of scope). */
  stop(): void;
}

/**
 * The settings subjects a list of subjects calls for, their text read where the source looks (tree or index): the
 * reader and its git process load only when a wanted settings file is among them, which most commits lack.
 */
export async function settingsOfList(
  list: readonly Subject[],
  needs: SourceNeeds,
  repo: Repository | Promise<Repository>,
  where: TextSource,
): Promise<Subject[]> {
  if (!list.some((subject) => subject.type === 'path' && !subject.symlink && needs.wantsText(subject.path))) return [];
  const { settingsSubjectsFor, settingsTextReader } = await import('./settings-text.js');
  const reader = settingsTextReader(await repo, where);
  try {
    return await settingsSubjectsFor(list, needs.wantsText, reader.read);
  } finally {
    reader.close();
  }
}

/** A source of subjects known up front (a message, the environment, a pull request's text). */
export function listSource(label: string, subjects: () => Subject[]): Source {
  return { label, read: () => subjects(), stop: () => undefined };
}
