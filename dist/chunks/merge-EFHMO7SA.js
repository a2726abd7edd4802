import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  AuditStore
} from "./chunk-72OIFEYR.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/audit/merge.ts
import { existsSync } from "node:fs";
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
export {
  mergeStores
};
