// Reads an audit store the way any SQLite client would: the file and plain SQL, none of aiguard's own store code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';

const require = createRequire(import.meta.url);

export async function queryStore(file: string, sql: string, params: (string | number)[] = []): Promise<Record<string, unknown>[]> {
  const SQL = await initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
  const db = new SQL.Database(readFileSync(file));
  try {
    const statement = db.prepare(sql);
    statement.bind(params);
    const rows: Record<string, unknown>[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    statement.free();
    return rows;
  } finally {
    db.close();
  }
}
