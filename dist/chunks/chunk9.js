import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { U as UsageError } from './core.js';
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));
var SCHEMA_VERSION = "1";
var SCHEMA = `
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
var FINDING_COLUMNS = [
  "repository",
  "source",
  "rule_id",
  "tool",
  "kind",
  "severity",
  "status",
  "commit_id",
  "author",
  "committed_at",
  "path",
  "line",
  "evidence",
  "fingerprint",
  "summary",
  "note"
];
var REPOSITORY_COLUMNS = [
  "repository",
  "remote",
  "head",
  "default_branch",
  "scanned_at",
  "status",
  "error",
  "policy",
  "effective",
  "engine",
  "commits_scanned",
  "new_commits"
];
var AuditStore = class _AuditStore {
  constructor(db, file) {
    this.db = db;
    this.file = file;
  }
  db;
  file;
  /** Opens the store at file, creating it (and its tables) when missing. */
  static async open(file) {
    const SQL = await loadSqlJs();
    let db;
    try {
      db = existsSync(file) ? new SQL.Database(readFileSync(file)) : new SQL.Database();
      db.exec(SCHEMA);
    } catch (error) {
      throw new UsageError(`${file}: not an aiguard audit store (${error.message})`);
    }
    const store = new _AuditStore(db, file);
    const version = store.meta("schema_version");
    if (version !== void 0 && version !== SCHEMA_VERSION) {
      throw new UsageError(`${file}: store schema version ${version}, expected ${SCHEMA_VERSION}`);
    }
    store.setMeta("schema_version", SCHEMA_VERSION);
    return store;
  }
  meta(key) {
    return this.rows("SELECT value FROM meta WHERE key = ?", [key])[0]?.value;
  }
  setMeta(key, value) {
    this.db.run("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value]);
  }
  /** What an incremental run needs to know about a repository scanned before. */
  state(repository) {
    const sql = "SELECT engine, head FROM repositories WHERE repository = ?";
    const row = this.rows(sql, [repository])[0];
    if (!row) return void 0;
    const tips = this.tips(repository).map((tip) => tip.commit_id);
    return { engine: row.engine, head: row.head, tips };
  }
  /** The inputs key of a repository's last scan; undefined when none, or when it was written for another engine. */
  storedInputs(repository) {
    const sql = "SELECT inputs, engine, valid_until FROM scan_inputs WHERE repository = ?";
    const inputs = this.rows(sql, [repository])[0];
    const row = inputs && this.rows("SELECT * FROM repositories WHERE repository = ?", [repository])[0];
    if (!inputs || !row || inputs.engine === null || inputs.engine !== row.engine) return void 0;
    return { key: inputs.inputs, validUntil: inputs.valid_until, row };
  }
  setInputs(repository, inputs, engine) {
    const sql = "INSERT OR REPLACE INTO scan_inputs (repository, inputs, engine, valid_until) VALUES (?, ?, ?, ?)";
    this.db.run(sql, [repository, inputs.key, engine, inputs.validUntil]);
  }
  /** Writes one repository's result in a single transaction. */
  record(result) {
    const { row } = result;
    this.db.exec("BEGIN");
    try {
      const sql = "SELECT commits_scanned FROM repositories WHERE repository = ?";
      const previous = this.rows(sql, [row.repository])[0];
      const failed = row.status === "failed";
      if (failed && previous) {
        const update = "UPDATE repositories SET scanned_at = ?, status = ?, error = ?, new_commits = 0 WHERE repository = ?";
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
          this.db.run("DELETE FROM tips WHERE repository = ?", [row.repository]);
          this.insertTips(
            row.repository,
            result.tips.map((tip) => ({ ref: tip.ref, commit_id: tip.commit }))
          );
        }
        this.insertFindings(result.findings ?? []);
        if (result.inputs) this.setInputs(row.repository, result.inputs, row.engine);
        else if (result.tips) this.db.run("DELETE FROM scan_inputs WHERE repository = ?", [row.repository]);
      }
      this.db.exec("COMMIT");
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw error;
    }
  }
  upsertRepository(row) {
    const placeholders = REPOSITORY_COLUMNS.map(() => "?").join(", ");
    const updates = REPOSITORY_COLUMNS.slice(1).map((column) => `${column} = excluded.${column}`).join(", ");
    this.db.run(
      `INSERT INTO repositories (${REPOSITORY_COLUMNS.join(", ")}) VALUES (${placeholders}) ON CONFLICT (repository) DO UPDATE SET ${updates}`,
      REPOSITORY_COLUMNS.map((column) => row[column])
    );
  }
  insertFindings(findings) {
    if (findings.length === 0) return;
    const placeholders = FINDING_COLUMNS.map(() => "?").join(", ");
    const statement = this.db.prepare(`INSERT INTO findings (${FINDING_COLUMNS.join(", ")}) VALUES (${placeholders})`);
    try {
      for (const finding of findings) statement.run(FINDING_COLUMNS.map((column) => finding[column]));
    } finally {
      statement.free();
    }
  }
  insertTips(repository, tips) {
    const sql = "INSERT OR REPLACE INTO tips (repository, ref, commit_id) VALUES (?, ?, ?)";
    for (const tip of tips) this.db.run(sql, [repository, tip.ref, tip.commit_id]);
  }
  /** Removes a repository and everything recorded about it (merge replaces it with a newer copy). */
  forget(repository) {
    for (const table of ["repositories", "tips", "findings", "scan_inputs"]) {
      this.db.run(`DELETE FROM ${table} WHERE repository = ?`, [repository]);
    }
  }
  repositories() {
    return this.rows("SELECT * FROM repositories ORDER BY repository");
  }
  /** Findings in a stable order: by repository, then commit time, then rule and place. */
  findings(repository) {
    const order = "ORDER BY repository, committed_at IS NULL, committed_at, commit_id, rule_id, path, line, evidence";
    return repository === void 0 ? this.rows(`SELECT ${FINDING_COLUMNS.join(", ")} FROM findings ${order}`) : this.rows(`SELECT ${FINDING_COLUMNS.join(", ")} FROM findings WHERE repository = ? ${order}`, [repository]);
  }
  tips(repository) {
    return this.rows("SELECT ref, commit_id FROM tips WHERE repository = ? ORDER BY ref", [repository]);
  }
  rows(sql, params = []) {
    const statement = this.db.prepare(sql);
    try {
      statement.bind(params);
      const out = [];
      while (statement.step()) out.push(statement.getAsObject());
      return out;
    } finally {
      statement.free();
    }
  }
  /** Writes the database file whole, through a temporary file, so a crash never leaves half a store. */
  save(file = this.file) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, this.db.export());
      renameSync(temporary, file);
    } catch (error) {
      throw new UsageError(`${file}: cannot write the store (${error.message})`);
    }
  }
  close() {
    this.db.close();
  }
};
var sqlJs;
function loadSqlJs() {
  sqlJs ??= (async () => {
    const [{ default: init }, { sqlWasmBinary }, v8] = await Promise.all([
      import('./sql.js'),
      import('./sql-wasm.js'),
      import('node:v8')
    ]);
    v8.setFlagsFromString("--liftoff-only");
    const binary = sqlWasmBinary();
    return init({ wasmBinary: binary.buffer.slice(binary.byteOffset, binary.byteOffset + binary.byteLength) });
  })();
  return sqlJs;
}

export { AuditStore as A, FINDING_COLUMNS as F, SCHEMA_VERSION as S };
