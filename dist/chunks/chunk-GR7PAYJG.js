import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

// src/policy/finding-status.ts
function isActive(finding) {
  return finding.status === "blocking" || finding.status === "warning" || finding.status === "info";
}

export {
  isActive
};
