import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  POLICY_CHANGED_RULE,
  branchPolicyChangeFindings,
  policyChangeFindings
} from "./chunk-KHWXSR6H.js";
import "./chunk-BGYPAFXU.js";
import "./chunk-7RU7R6GY.js";
import "./chunk-R3RIRAUL.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";
export {
  POLICY_CHANGED_RULE,
  branchPolicyChangeFindings,
  policyChangeFindings
};
