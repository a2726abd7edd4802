import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  defaultBranchPolicyChange,
  refuseUnknownLocalSha,
  refuseUnreadablePush
} from "./chunk-RAZU6PW5.js";
import "./chunk-JUYOQOFF.js";
import "./chunk-7RU7R6GY.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  defaultBranchPolicyChange,
  refuseUnknownLocalSha,
  refuseUnreadablePush
};
