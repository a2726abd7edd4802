import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

// src/sources/source.ts
function listSource(label, subjects) {
  return { label, read: () => subjects(), stop: () => void 0 };
}

export {
  listSource
};
