import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  POLICY_CHANGED_RULE,
  branchPolicyChangeFindings,
  policyChangeFindings
} from "./chunk-BYDQM5TU.js";
import "./chunk-AMQUFEFN.js";
import "./chunk-FNEAICNM.js";
import "./chunk-ESRU6ARM.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  POLICY_CHANGED_RULE,
  branchPolicyChangeFindings,
  policyChangeFindings
};
