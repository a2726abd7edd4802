import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  defaultBranchPolicyChange,
  refuseUnknownLocalSha,
  refuseUnreadablePush
} from "./chunk-K5GA4WTJ.js";
import "./chunk-JUYOQOFF.js";
import "./chunk-FNEAICNM.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  defaultBranchPolicyChange,
  refuseUnknownLocalSha,
  refuseUnreadablePush
};
