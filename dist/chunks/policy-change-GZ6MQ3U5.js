import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  POLICY_CHANGED_RULE,
  branchPolicyChangeFindings,
  policyChangeFindings
} from "./chunk-2A74PRNW.js";
import "./chunk-I4NEUM6G.js";
import "./chunk-ANK5ROIP.js";
import "./chunk-4CKEPX75.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  POLICY_CHANGED_RULE,
  branchPolicyChangeFindings,
  policyChangeFindings
};
