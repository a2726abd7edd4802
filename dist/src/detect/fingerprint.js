import { createRequire } from 'node:module';
// node:crypto loads some fifty internal modules: a clean hook run, with no finding to fingerprint, skips them.
let createHash;
// Built from rule, path and evidence only: no commit id or date, so rebases and squashes keep it.
export function fingerprint(ruleId, path, evidence) {
    const normalisedEvidence = evidence.toLowerCase().replace(/\s+/g, ' ').trim();
    const normalisedPath = (path ?? '').replace(/\\/g, '/').replace(/^\.\//, '');
    createHash ??= createRequire(import.meta.url)('node:crypto').createHash;
    return createHash('sha256').update(`${ruleId}\0${normalisedPath}\0${normalisedEvidence}`).digest('hex').slice(0, 32);
}
