import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  oneOf
} from "./chunk-BRJMNBUH.js";
import {
  colorEnabled
} from "./chunk-A74RDO3Y.js";
import {
  displayText
} from "./chunk-VWGE2P5Z.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/report/emit-report.ts
import { writeFileSync } from "node:fs";
var LOADERS = {
  text: async () => (await import("./text-MVWCLU5C.js")).formatText,
  json: async () => (await import("./json-WYKIOU37.js")).formatJson,
  sarif: async () => (await import("./sarif-SGSS56YK.js")).formatSarif,
  github: async () => (await import("./github-YHJ7CH2K.js")).formatGithub,
  junit: async () => (await import("./junit-L5CMMA4O.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-UWQMEO5R.js")).formatGitlab
};
var FORMATS = Object.keys(LOADERS);
var FAIL_ON = ["block", "warn", "never"];
var REPORT_OPTIONS_USAGE = `  --format F          ${FORMATS.join(" | ")} (default text)
  --output F          write the report to F instead of standard output
  --report FMT=FILE   also write a report in format FMT to FILE (repeatable; FILE - is standard output)
  --fail-on LEVEL     block | warn | never: what makes the exit code 1 (default block)
  -q, --quiet         text: the verdict line alone
  --verbose           text: every detail of each finding, every commit of a repeated one
  --no-color          no colour (also NO_COLOR=1 or FORCE_COLOR=0; --color or FORCE_COLOR=1 forces it)`;
function reportOptionsFrom(values) {
  if (values.quiet && values.verbose) throw new UsageError("--quiet and --verbose cannot be used together");
  const options = {
    format: values.format,
    output: values.output,
    reports: values.report,
    failOn: oneOf("--fail-on", values["fail-on"], FAIL_ON, "block"),
    color: values.color,
    detail: values.quiet ? "quiet" : values.verbose ? "verbose" : "normal"
  };
  reportTargets(options);
  return options;
}
function reportTargets(options) {
  if (options.output === "") throw new UsageError("--output: needs a file name");
  const targets = [{ format: checkFormat("--format", options.format ?? "text"), file: options.output }];
  for (const spec of options.reports ?? []) {
    const equals = spec.indexOf("=");
    if (equals <= 0 || equals === spec.length - 1) throw new UsageError(`--report: expected FORMAT=FILE, got ${spec}`);
    const file = spec.slice(equals + 1);
    targets.push({ format: checkFormat("--report", spec.slice(0, equals)), file: file === "-" ? void 0 : file });
  }
  const toStdout = targets.filter((target) => target.file === void 0);
  if (toStdout.length > 1 && options.format === void 0 && targets[0].file === void 0) targets.shift();
  if (targets.filter((target) => target.file === void 0).length > 1) {
    throw new UsageError("--report: only one report can go to standard output");
  }
  const files = targets.flatMap((target) => target.file ? [target.file] : []);
  const twice = files.find((file, index) => files.indexOf(file) !== index);
  if (twice) throw new UsageError(`--report: ${twice} is named twice`);
  return targets;
}
async function emitReports(report, options) {
  const targets = reportTargets(options);
  const env = options.env ?? process.env;
  const written = [];
  for (const target of targets) {
    const color = target.file === void 0 && colorEnabled({ env, stream: process.stdout, flag: options.color });
    const { label, detail, rootCommits, why } = options;
    const context = { label, color, detail, rootCommits, why };
    const text = (await LOADERS[target.format]())(report, context);
    if (target.file === void 0) {
      process.stdout.write(text);
      continue;
    }
    try {
      writeFileSync(target.file, text);
    } catch (error) {
      const option = target.file === options.output ? "--output" : "--report";
      throw new UsageError(`${option}: cannot write ${target.file}: ${error.code ?? error.message}`);
    }
    written.push(target);
  }
  if (written.length > 0 && !targets.some((target) => target.file === void 0)) {
    const { summary } = report;
    const names = written.map((target) => displayText(target.file)).join(", ");
    const counts = `${summary.blocking} blocking, ${summary.warning} warning, ${summary.info} info`;
    process.stderr.write(`aiguard: ${counts}; report written to ${names}
`);
  }
  return { code: exitCode(report, options.failOn ?? "block"), files: written };
}
async function emitReport(report, options) {
  return (await emitReports(report, options)).code;
}
function exitCode(report, failOn) {
  if (failOn === "never") return 0;
  if (report.summary.blocking > 0) return 1;
  return failOn === "warn" && report.summary.warning > 0 ? 1 : 0;
}
function checkFormat(option, format) {
  if (!Object.hasOwn(LOADERS, format)) throw new UsageError(`${option}: unknown format ${format} (expected ${FORMATS.join(", ")})`);
  return format;
}

export {
  FORMATS,
  FAIL_ON,
  REPORT_OPTIONS_USAGE,
  reportOptionsFrom,
  reportTargets,
  emitReports,
  emitReport,
  exitCode
};
