// hooks/aiguard-runner.sh, the one hook runner, which `aiguard init` writes into repositories. The sources read the
// file; the bundle has its text written in (scripts/build.mjs).
import { readFileSync } from 'node:fs';

export function hookRunnerText(): string {
  return readFileSync(new URL('../../hooks/aiguard-runner.sh', import.meta.url), 'utf8');
}
