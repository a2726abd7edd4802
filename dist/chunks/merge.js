import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { A as AuditStore } from './chunk9.js';
import { U as UsageError } from './core.js';
import { existsSync } from 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));
async function mergeStores(target, inputs) {
  const scannedAt = new Map(target.repositories().map((row) => [row.repository, row.scanned_at]));
  for (const file of inputs) {
    if (!existsSync(file)) throw new UsageError(`audit merge: ${file}: no such store`);
    const source = await AuditStore.open(file);
    try {
      for (const row of source.repositories()) {
        const known = scannedAt.get(row.repository);
        if (known !== void 0 && known > row.scanned_at) continue;
        scannedAt.set(row.repository, row.scanned_at);
        target.forget(row.repository);
        target.upsertRepository(row);
        target.insertTips(row.repository, source.tips(row.repository));
        target.insertFindings(source.findings(row.repository));
        const inputs2 = source.storedInputs(row.repository);
        if (inputs2) target.setInputs(row.repository, inputs2, row.engine);
      }
    } finally {
      source.close();
    }
  }
  return { repositories: target.repositories().length, findings: target.findings().length };
}

export { mergeStores };
