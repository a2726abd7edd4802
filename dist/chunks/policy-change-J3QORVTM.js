import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  POLICY_CHANGED_RULE,
  branchPolicyChangeFindings,
  policyChangeFindings
} from "./chunk-4UKVQF4J.js";
import "./chunk-R3WR3B7D.js";
import "./chunk-ANK5ROIP.js";
import "./chunk-ESKB75NP.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  POLICY_CHANGED_RULE,
  branchPolicyChangeFindings,
  policyChangeFindings
};
