import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  POLICY_CHANGED_RULE,
  branchPolicyChangeFindings,
  policyChangeFindings
} from "./chunk-JD44ORM5.js";
import "./chunk-AMQUFEFN.js";
import "./chunk-FNEAICNM.js";
import "./chunk-ZRKTV5KE.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-7H72AXDF.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";
export {
  POLICY_CHANGED_RULE,
  branchPolicyChangeFindings,
  policyChangeFindings
};
