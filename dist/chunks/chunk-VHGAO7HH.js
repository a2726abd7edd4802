import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

// src/assets/version.ts
var VERSION = "0.2.0";

export {
  VERSION
};
