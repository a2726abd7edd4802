// aiguard audit merge: shard stores into one, equal to the store a single run over every shard's repositories writes.
import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { AuditStore } from './store.js';

export interface MergeSummary {
  repositories: number;
  findings: number;
}

/** Copies every repository of each input into target; where two stores hold one repository, the later scan wins. */
export async function mergeStores(target: AuditStore, inputs: string[]): Promise<MergeSummary> {
  const scannedAt = new Map(target.repositories().map((row) => [row.repository, row.scanned_at]));
  for (const file of inputs) {
    if (!existsSync(file)) throw new UsageError(`audit merge: ${file}: no such store`);
    const source = await AuditStore.open(file);
    try {
      for (const row of source.repositories()) {
        const known = scannedAt.get(row.repository);
        if (known !== undefined && known > row.scanned_at) continue;
        scannedAt.set(row.repository, row.scanned_at);
        target.forget(row.repository);
        target.upsertRepository(row);
        target.insertTips(row.repository, source.tips(row.repository));
        target.insertFindings(source.findings(row.repository));
        const inputs = source.storedInputs(row.repository);
        if (inputs) target.setInputs(row.repository, inputs, row.engine);
      }
    } finally {
      source.close();
    }
  }
  return { repositories: target.repositories().length, findings: target.findings().length };
}
