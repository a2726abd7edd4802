import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  BlobBatch
} from "./chunk-4IZPWBSN.js";

// src/sources/settings-text.ts
async function settingsSubjectsFor(subjects, wants, read) {
  const settings = [];
  for (const subject of subjects) {
    if (!wantsText(subject, wants) || subject.type !== "path") continue;
    const text = await read(subject.path, subject.commit, subject.blob);
    if (text !== void 0) settings.push({ type: "settings", path: subject.path, text, commit: subject.commit });
  }
  return settings;
}
async function* withSettingsText(batches, wants, read) {
  for await (const batch of batches) {
    const list = Array.isArray(batch) ? batch : [batch];
    if (!list.some((subject) => wantsText(subject, wants))) {
      yield batch;
      continue;
    }
    const withText = [];
    for (const subject of list) {
      withText.push(subject);
      if (wantsText(subject, wants)) withText.push(...await settingsSubjectsFor([subject], wants, read));
    }
    yield withText;
  }
}
function wantsText(subject, wants) {
  return subject.type === "path" && !subject.symlink && wants(subject.path);
}
function settingsTextReader(repo, source) {
  const batch = new BlobBatch(repo.cwd);
  const read = async (path, commit, blob) => {
    const byId = async () => blob ? (await batch.read(blob))?.toString("utf8") : void 0;
    if (blob && (source !== "tree" || repo.bare)) return byId();
    if (source === "tree" && !repo.bare) {
      const { readFile } = await import("node:fs/promises");
      return readFile(`${repo.root}/${path}`, "utf8").catch(byId);
    }
    const name = source === "index" ? `:${path}` : source === "commits" && commit ? `${commit.id}:${path}` : `HEAD:${path}`;
    return (await batch.read(name))?.toString("utf8");
  };
  return { read, close: () => batch.close() };
}

export {
  settingsSubjectsFor,
  withSettingsText,
  settingsTextReader
};
