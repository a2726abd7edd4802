import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/sources/source.ts
async function settingsOfList(list, needs, repo, where) {
  if (!list.some((subject) => subject.type === "path" && !subject.symlink && needs.wantsText(subject.path))) return [];
  const { settingsSubjectsFor, settingsTextReader } = await import("./settings-text-4TM3ZDDQ.js");
  const reader = settingsTextReader(await repo, where);
  try {
    return await settingsSubjectsFor(list, needs.wantsText, reader.read);
  } finally {
    reader.close();
  }
}
function listSource(label, subjects) {
  return { label, read: () => subjects(), stop: () => void 0 };
}

export {
  settingsOfList,
  listSource
};
