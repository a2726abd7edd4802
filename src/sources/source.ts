// What every source is to the pipeline: a label and a stream of subjects, settings text already attached.
import type { Subject } from '../types.js';
import type { WantsText } from './settings-text.js';
import type { RecordFinders } from '../git/commit-stream.js';

export type SubjectStream = Iterable<Subject> | AsyncIterable<Subject | Subject[]>;

/** What detect asks of the sources (handed over as data, so sources never load rules). */
export interface SourceNeeds {
  /** Paths whose text detect reads: the source attaches a settings subject after each. */
  wantsText: WantsText;
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

/** A source of subjects known up front (a message, the environment, a pull request's text). */
export function listSource(label: string, subjects: () => Subject[]): Source {
  return { label, read: () => subjects(), stop: () => undefined };
}
