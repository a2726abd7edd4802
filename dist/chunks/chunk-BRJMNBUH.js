import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/cli-args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, argv, options, maxPositionals = 0) {
  try {
    const config = { args: argv, options, strict: true, allowPositionals: true, allowNegative: true };
    const parsed = parseArgs(config);
    if (parsed.positionals.length > maxPositionals) {
      throw new UsageError(`aiguard ${command}: unexpected argument: ${parsed.positionals[maxPositionals]}`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error.code;
    const message = error.message;
    const quoted = /'([^']+)'/.exec(message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`aiguard ${command}: unknown option: ${quoted ?? message}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`aiguard ${command}: ${message.split("\n")[0]}`);
    throw new UsageError(`aiguard ${command}: ${message.split("\n")[0]}`);
  }
}
function oneOf(name, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`${name}: unknown value ${value} (expected ${allowed.join(", ")})`);
}

export {
  parseCommandArgs,
  oneOf
};
