import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import "./chunks/chunk-LOBCSSTG.js";

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
await import("./cli.js");
