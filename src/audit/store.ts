// The audit store: one SQLite file (sql.js, WebAssembly: no native build), readable with the sqlite3 CLI.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Database, SqlValue } from 'sql.js';
import { UsageError } from '../errors.js';

export const SCHEMA_VERSION = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS repositories (
  repository TEXT PRIMARY KEY,
  remote TEXT,
  head TEXT,
  default_branch TEXT,
  scanned_at TEXT NOT NULL,
  status TEXT NOT NULL,
  error TEXT,
  policy TEXT,
  effective TEXT,
  engine TEXT,
  commits_scanned INTEGER NOT NULL DEFAULT 0,
  new_commits INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tips (
  repository TEXT NOT NULL,
  ref TEXT NOT NULL,
  commit_id TEXT NOT NULL,
  PRIMARY KEY (repository, ref)
);
CREATE TABLE IF NOT EXISTS findings (
  repository TEXT NOT NULL,
  source TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  tool TEXT NOT NULL,
  kind TEXT NOT NULL,
  severity TEXT NOT NULL,
  status TEXT NOT NULL,
  commit_id TEXT,
  author TEXT,
  committed_at TEXT,
  path TEXT,
  line INTEGER,
  evidence TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  summary TEXT,
  note TEXT
);
CREATE TABLE IF NOT EXISTS scan_inputs (
  repository TEXT PRIMARY KEY,
  inputs TEXT NOT NULL,
  engine TEXT,
  valid_until TEXT
);
CREATE INDEX IF NOT EXISTS findings_by_repository ON findings (repository);
CREATE INDEX IF NOT EXISTS findings_by_tool ON findings (tool, committed_at);
`;

/** What a scan depended on, as one key (scan-inputs.ts builds it), and how long it holds. */
export interface ScanInputs {
  key: string;
  /** The last day the key holds: the earliest expiry of an allow entry still in force (null: none expires). */
  validUntil: string | null;
}

export interface RepositoryRow {
  repository: string;
  remote: string | null;
  head: string | null;
  default_branch: string | null;
  scanned_at: string;
  status: 'ok' | 'failed' | 'out-of-scope';
  error: string | null;
  policy: string | null;
  effective: string | null;
  engine: string | null;
  /** Commits in all the runs so far (a full rescan starts again from 0). */
  commits_scanned: number;
  /** Commits the last run read: 0 when nothing was new. */
  new_commits: number;
}

export type FindingSource = 'history' | 'tree' | 'refs';

export interface FindingRow {
  repository: string;
  /** `history` (a commit), `tree` (the default branch's tree) or `refs` (an annotated tag, a note, a replace ref). */
  source: FindingSource;
  rule_id: string;
  tool: string;
  kind: string;
  severity: string;
  status: string;
  commit_id: string | null;
  author: string | null;
  committed_at: string | null;
  path: string | null;
  line: number | null;
  evidence: string;
  fingerprint: string;
  summary: string | null;
  note: string | null;
}

export const FINDING_COLUMNS = [
  'repository',
  'source',
  'rule_id',
  'tool',
  'kind',
  'severity',
  'status',
  'commit_id',
  'author',
  'committed_at',
  'path',
  'line',
  'evidence',
  'fingerprint',
  'summary',
  'note',
] as const satisfies readonly (keyof FindingRow)[];

const REPOSITORY_COLUMNS = [
  'repository',
  'remote',
  'head',
  'default_branch',
  'scanned_at',
  'status',
  'error',
  'policy',
  'effective',
  'engine',
  'commits_scanned',
  'new_commits',
] as const satisfies readonly (keyof RepositoryRow)[];

/** What a finished (or failed) repository writes: its row, its tips, and findings to add or to replace. */
export interface RepositoryResult {
  row: RepositoryRow;
  tips?: { ref: string; commit: string }[];
  findings?: FindingRow[];
  /** The history was scanned from the start (first run, new policy, --full): earlier history findings go. */
  replaceHistory?: boolean;
  /** The tree was scanned again: earlier tree findings go. */
  replaceTree?: boolean;
  /** Tags, notes and replace refs were read again (every scan reads them all): earlier refs findings go. */
  replaceRefs?: boolean;
  /** What the scan depended on, for the next run to tell whether anything changed (scan-inputs.ts). */
  inputs?: ScanInputs;
}

/** A repository's stored inputs key, with the row it belongs to. */
export interface StoredInputs {
  key: string;
  validUntil: string | null;
  row: RepositoryRow;
}

export interface RepositoryState {
  engine: string | null;
  head: string | null;
  tips: string[];
}

export class AuditStore {
  private constructor(
    private readonly db: Database,
    readonly file: string,
  ) {}

  /** Opens the store at file, creating it (and its tables) when missing. */
  static async open(file: string): Promise<AuditStore> {
    const SQL = await loadSqlJs();
    let db: Database;
    try {
      db = existsSync(file) ? new SQL.Database(readFileSync(file)) : new SQL.Database();
      db.exec(SCHEMA);
    } catch (error) {
      throw new UsageError(`${file}: not an aiguard audit store (${(error as Error).message})`);
    }
    const store = new AuditStore(db, file);
    const version = store.meta('schema_version');
    if (version !== undefined && version !== SCHEMA_VERSION) {
      throw new UsageError(`${file}: store schema version ${version}, expected ${SCHEMA_VERSION}`);
    }
    store.setMeta('schema_version', SCHEMA_VERSION);
    return store;
  }

  meta(key: string): string | undefined {
    return this.rows<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key])[0]?.value;
  }

  setMeta(key: string, value: string): void {
    this.db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  /** What an incremental run needs to know about a repository scanned before. */
  state(repository: string): RepositoryState | undefined {
    const sql = 'SELECT engine, head FROM repositories WHERE repository = ?';
    const row = this.rows<{ engine: string | null; head: string | null }>(sql, [repository])[0];
    if (!row) return undefined;
    const tips = this.tips(repository).map((tip) => tip.commit_id);
    return { engine: row.engine, head: row.head, tips };
  }

  /** The inputs key of a repository's last scan; undefined when none, or when it was written for another engine. */
  storedInputs(repository: string): StoredInputs | undefined {
    const sql = 'SELECT inputs, engine, valid_until FROM scan_inputs WHERE repository = ?';
    const inputs = this.rows<{ inputs: string; engine: string | null; valid_until: string | null }>(sql, [repository])[0];
    const row = inputs && this.rows<RepositoryRow>('SELECT * FROM repositories WHERE repository = ?', [repository])[0];
    if (!inputs || !row || inputs.engine === null || inputs.engine !== row.engine) return undefined;
    return { key: inputs.inputs, validUntil: inputs.valid_until, row };
  }

  setInputs(repository: string, inputs: ScanInputs, engine: string | null): void {
    const sql = 'INSERT OR REPLACE INTO scan_inputs (repository, inputs, engine, valid_until) VALUES (?, ?, ?, ?)';
    this.db.run(sql, [repository, inputs.key, engine, inputs.validUntil]);
  }

  /** Writes one repository's result in a single transaction. */
  record(result: RepositoryResult): void {
    const { row } = result;
    this.db.exec('BEGIN');
    try {
      const sql = 'SELECT commits_scanned FROM repositories WHERE repository = ?';
      const previous = this.rows<{ commits_scanned: number }>(sql, [row.repository])[0];
      const failed = row.status === 'failed';
      // A failed run keeps what earlier runs saw: its tips, findings and counts stay for the next run to build on.
      if (failed && previous) {
        const update = 'UPDATE repositories SET scanned_at = ?, status = ?, error = ?, new_commits = 0 WHERE repository = ?';
        this.db.run(update, [row.scanned_at, row.status, row.error, row.repository]);
      } else {
        const commits = (result.replaceHistory || !previous ? 0 : previous.commits_scanned) + row.new_commits;
        this.upsertRepository({ ...row, commits_scanned: commits });
      }
      if (!failed) {
        if (result.replaceHistory) this.db.run("DELETE FROM findings WHERE repository = ? AND source = 'history'", [row.repository]);
        if (result.replaceTree) this.db.run("DELETE FROM findings WHERE repository = ? AND source = 'tree'", [row.repository]);
        if (result.replaceRefs) this.db.run("DELETE FROM findings WHERE repository = ? AND source = 'refs'", [row.repository]);
        if (result.tips) {
          this.db.run('DELETE FROM tips WHERE repository = ?', [row.repository]);
          this.insertTips(
            row.repository,
            result.tips.map((tip) => ({ ref: tip.ref, commit_id: tip.commit })),
          );
        }
        this.insertFindings(result.findings ?? []);
        // A scan that could not key its inputs leaves none: the next run scans rather than trusts an older key.
        if (result.inputs) this.setInputs(row.repository, result.inputs, row.engine);
        else if (result.tips) this.db.run('DELETE FROM scan_inputs WHERE repository = ?', [row.repository]);
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  upsertRepository(row: RepositoryRow): void {
    const placeholders = REPOSITORY_COLUMNS.map(() => '?').join(', ');
    const updates = REPOSITORY_COLUMNS.slice(1)
      .map((column) => `${column} = excluded.${column}`)
      .join(', ');
    this.db.run(
      `INSERT INTO repositories (${REPOSITORY_COLUMNS.join(', ')}) VALUES (${placeholders})` +
        ` ON CONFLICT (repository) DO UPDATE SET ${updates}`,
      REPOSITORY_COLUMNS.map((column) => row[column]),
    );
  }

  insertFindings(findings: FindingRow[]): void {
    if (findings.length === 0) return;
    const placeholders = FINDING_COLUMNS.map(() => '?').join(', ');
    const statement = this.db.prepare(`INSERT INTO findings (${FINDING_COLUMNS.join(', ')}) VALUES (${placeholders})`);
    try {
      for (const finding of findings) statement.run(FINDING_COLUMNS.map((column) => finding[column]));
    } finally {
      statement.free();
    }
  }

  insertTips(repository: string, tips: { ref: string; commit_id: string }[]): void {
    const sql = 'INSERT OR REPLACE INTO tips (repository, ref, commit_id) VALUES (?, ?, ?)';
    for (const tip of tips) this.db.run(sql, [repository, tip.ref, tip.commit_id]);
  }

  /** Removes a repository and everything recorded about it (merge replaces it with a newer copy). */
  forget(repository: string): void {
    for (const table of ['repositories', 'tips', 'findings', 'scan_inputs']) {
      this.db.run(`DELETE FROM ${table} WHERE repository = ?`, [repository]);
    }
  }

  repositories(): RepositoryRow[] {
    return this.rows<RepositoryRow>('SELECT * FROM repositories ORDER BY repository');
  }

  /** Findings in a stable order: by repository, then commit time, then rule and place. */
  findings(repository?: string): FindingRow[] {
    const order = 'ORDER BY repository, committed_at IS NULL, committed_at, commit_id, rule_id, path, line, evidence';
    return repository === undefined
      ? this.rows<FindingRow>(`SELECT ${FINDING_COLUMNS.join(', ')} FROM findings ${order}`)
      : this.rows<FindingRow>(`SELECT ${FINDING_COLUMNS.join(', ')} FROM findings WHERE repository = ? ${order}`, [repository]);
  }

  tips(repository: string): { ref: string; commit_id: string }[] {
    return this.rows('SELECT ref, commit_id FROM tips WHERE repository = ? ORDER BY ref', [repository]);
  }

  rows<T>(sql: string, params: SqlValue[] = []): T[] {
    const statement = this.db.prepare(sql);
    try {
      statement.bind(params);
      const out: T[] = [];
      while (statement.step()) out.push(statement.getAsObject() as T);
      return out;
    } finally {
      statement.free();
    }
  }

  /** Writes the database file whole, through a temporary file, so a crash never leaves half a store. */
  save(file = this.file): void {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, this.db.export());
      renameSync(temporary, file);
    } catch (error) {
      throw new UsageError(`${file}: cannot write the store (${(error as Error).message})`);
    }
  }

  close(): void {
    this.db.close();
  }
}

type SqlJs = Awaited<ReturnType<typeof import('sql.js').default>>;
let sqlJs: Promise<SqlJs> | undefined;

function loadSqlJs(): Promise<SqlJs> {
  // The WebAssembly is handed over as bytes: the bundle has no sql.js folder to find it in.
  sqlJs ??= (async () => {
    const [{ default: init }, { sqlWasmBinary }, v8] = await Promise.all([
      import('sql.js'),
      import('../assets/sql-wasm.js'),
      import('node:v8'),
    ]);
    // V8's optimising tier recompiles sql.js's 690 kB of WebAssembly on background threads: on a re-run that is more
    // CPU than the whole audit, and 100,000 rows insert, sort and export in the same time with the baseline tier alone.
    v8.setFlagsFromString('--liftoff-only');
    const binary = sqlWasmBinary();
    return init({ wasmBinary: binary.buffer.slice(binary.byteOffset, binary.byteOffset + binary.byteLength) as ArrayBuffer });
  })();
  return sqlJs;
}
