import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import './chunks/core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/ci/action-inputs.ts
function actionArguments(env) {
  const input = (name) => (env[`INPUT_${name.replaceAll(" ", "_").toUpperCase()}`] ?? "").trim();
  const args = ["ci", "--format", input("format") || "github", "--fail-on", input("fail-on") || "block"];
  if (input("config")) args.push("--config", input("config"));
  if (input("base")) args.push("--base", input("base"));
  if (input("head")) args.push("--head", input("head"));
  if (input("sarif-file")) args.push("--report", `sarif=${input("sarif-file")}`);
  return args;
}

// src/action.ts
process.argv.splice(2, process.argv.length - 2, ...actionArguments(process.env));
await import('./cli.js');
