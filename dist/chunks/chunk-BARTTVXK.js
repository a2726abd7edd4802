import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  isBlocking
} from "./chunk-NFX7L2P6.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

// src/report/emit-report.ts
import { writeFileSync } from "node:fs";
var LOADERS = {
  text: async () => {
    const { formatText } = await import("./text-ECRF4ZF2.js");
    return (report, label) => formatText(report, { label });
  },
  json: async () => (await import("./json-7WV73732.js")).formatJson,
  sarif: async () => (await import("./sarif-WMDJIDSQ.js")).formatSarif,
  github: async () => (await import("./github-G5WV7H2W.js")).formatGithub,
  junit: async () => (await import("./junit-VOE7PO2J.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-JQHNWS6H.js")).formatGitlab
};
var FORMATS = Object.keys(LOADERS);
var REPORT_OPTIONS_USAGE = `  --format F          ${FORMATS.join(" | ")} (default text)
  --output F          write the report to F instead of standard output
  --report FMT=FILE   also write a report in format FMT to FILE (repeatable; FILE - is standard output)`;
function reportTargets(options) {
  const targets = [{ format: checkFormat("--format", options.format ?? "text"), file: options.output || void 0 }];
  for (const spec of options.reports ?? []) {
    const equals = spec.indexOf("=");
    if (equals <= 0 || equals === spec.length - 1) throw new UsageError(`--report: expected FORMAT=FILE, got ${spec}`);
    const file = spec.slice(equals + 1);
    targets.push({ format: checkFormat("--report", spec.slice(0, equals)), file: file === "-" ? void 0 : file });
  }
  const toStdout = targets.filter((target) => target.file === void 0);
  if (toStdout.length > 1 && options.format === void 0 && targets[0].file === void 0) targets.shift();
  if (targets.filter((target) => target.file === void 0).length > 1) throw new UsageError("--report: only one report can go to standard output");
  const files = targets.flatMap((target) => target.file ? [target.file] : []);
  const twice = files.find((file, index) => files.indexOf(file) !== index);
  if (twice) throw new UsageError(`--report: ${twice} is named twice`);
  return targets;
}
async function emitReports(report, options) {
  const targets = reportTargets(options);
  const written = [];
  for (const target of targets) {
    const text = (await LOADERS[target.format]())(report, options.label);
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
    const names = written.map((target) => target.file).join(", ");
    process.stderr.write(`aiguard: ${summary.blocking} blocking, ${summary.warning} warning, ${summary.info} info; report written to ${names}
`);
  }
  return { code: isBlocking(report) ? 1 : 0, files: written };
}
async function emitReport(report, options) {
  return (await emitReports(report, options)).code;
}
function checkFormat(option, format) {
  if (!Object.hasOwn(LOADERS, format)) throw new UsageError(`${option}: unknown format ${format} (expected ${FORMATS.join(", ")})`);
  return format;
}

export {
  FORMATS,
  REPORT_OPTIONS_USAGE,
  reportTargets,
  emitReports,
  emitReport
};
