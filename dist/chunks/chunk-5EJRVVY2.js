import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/config/trust.ts
function trustFromEnvironment(env = process.env) {
  const value = env.AIGUARD_TRUST_CONFIG?.trim().toLowerCase();
  if (value === void 0 || value === "" || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  throw new UsageError(`AIGUARD_TRUST_CONFIG: expected 1 or 0, got ${env.AIGUARD_TRUST_CONFIG}`);
}
var UNTRUSTED_CODE = "a JavaScript config in the checkout runs only with --trust-config or AIGUARD_TRUST_CONFIG=1";
function untrustedFoundMessage(label) {
  return `${label}: not run (${UNTRUSTED_CODE}, or --config ${label}); a .aiguardrc.yaml or .aiguardrc.json needs neither`;
}
function untrustedExtendsMessage(label) {
  const why = "JavaScript reached through the extends of a data config runs only with --trust-config or AIGUARD_TRUST_CONFIG=1";
  return `${label}: not run (${why})`;
}
function codeRefusedHere(label) {
  return `${label}: a JavaScript config is not loaded here (untrusted checkout); name a data config with --config`;
}

export {
  trustFromEnvironment,
  UNTRUSTED_CODE,
  untrustedFoundMessage,
  untrustedExtendsMessage,
  codeRefusedHere
};
