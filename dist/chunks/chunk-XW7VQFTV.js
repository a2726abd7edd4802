import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  listSource
} from "./chunk-GS7CHFMK.js";

// src/sources/environment.ts
function environmentSubjects(env = process.env) {
  const subjects = [];
  for (const [name, value] of Object.entries(env)) {
    if (value !== void 0) subjects.push({ type: "environment", name, value });
  }
  return subjects;
}
function environmentSource(env) {
  return listSource("environment", () => environmentSubjects(env));
}

export {
  environmentSource
};
