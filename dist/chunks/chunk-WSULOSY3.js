import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/util/profile.ts
var profiling = process.env.AIGUARD_PROFILE === "1";
var phases = /* @__PURE__ */ new Map();
var parts = /* @__PURE__ */ new Map();
var current = "startup (node, modules, arguments)";
var since = 0;
var hooked = false;
function enterPhase(name) {
  if (!profiling) return;
  const now = performance.now();
  phases.set(current, (phases.get(current) ?? 0) + now - since);
  current = name;
  since = now;
  if (!hooked) {
    hooked = true;
    process.once("exit", printProfile);
  }
}
function addTime(part, ms) {
  const own = parts.get(current) ?? /* @__PURE__ */ new Map();
  own.set(part, (own.get(part) ?? 0) + ms);
  parts.set(current, own);
}
var clock = () => performance.now();
function printProfile() {
  enterPhase("exit");
  const total = performance.now();
  const row = (ms, name, indent) => `${indent}${ms.toFixed(1).padStart(9)} ms ${(ms / total * 100).toFixed(1).padStart(5)}%  ${name}`;
  const lines = ["aiguard profile:"];
  for (const [phase, ms] of phases) {
    lines.push(row(ms, phase, "  "));
    let accounted = 0;
    for (const [part, partMs] of parts.get(phase) ?? []) {
      lines.push(row(partMs, part, "    "));
      accounted += partMs;
    }
    if (parts.has(phase)) lines.push(row(ms - accounted, "the rest: waiting for git, reading its output, sources", "    "));
  }
  lines.push(row(total, "total", "  "));
  process.stderr.write(`${lines.join("\n")}
`);
}

export {
  profiling,
  enterPhase,
  addTime,
  clock
};
