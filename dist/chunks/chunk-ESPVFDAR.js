import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

// src/sources/environment.ts
function environmentSubjects(env = process.env) {
  const subjects = [];
  for (const [name, value] of Object.entries(env)) {
    if (value !== void 0) subjects.push({ type: "environment", name, value });
  }
  return subjects;
}

export {
  environmentSubjects
};
