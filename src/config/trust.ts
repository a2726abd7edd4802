// Trust in the checkout's code (shared/reference/threat-model.md): a JS/TS config found in the repository runs only when
// the user says so, with --trust-config or AIGUARD_TRUST_CONFIG=1. A config named with --config runs because it was named.
import { UsageError } from '../errors.js';

/** AIGUARD_TRUST_CONFIG: 1 or true trusts, 0, false or unset does not; anything else is a usage error. */
export function trustFromEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.AIGUARD_TRUST_CONFIG?.trim().toLowerCase();
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new UsageError(`AIGUARD_TRUST_CONFIG: expected 1 or 0, got ${env.AIGUARD_TRUST_CONFIG}`);
}

/** Why a JavaScript config was not run, in the words of the one line that says so. */
export const UNTRUSTED_CODE = 'a JavaScript config in the checkout runs only with --trust-config or AIGUARD_TRUST_CONFIG=1';

/** The one line of a JavaScript config found in the checkout and refused: what runs it, or what to write instead. */
export function untrustedFoundMessage(label: string): string {
  return `${label}: not run (${UNTRUSTED_CODE}, or --config ${label}); a .aiguardrc.yaml or .aiguardrc.json needs neither`;
}

/** The one line of JavaScript that a data config reaches through `extends`, refused. */
export function untrustedExtendsMessage(label: string): string {
  const why = 'JavaScript reached through the extends of a data config runs only with --trust-config or AIGUARD_TRUST_CONFIG=1';
  return `${label}: not run (${why})`;
}

/** The one line of a JavaScript config where none runs, trusted or not (CI on a pull request, a server's hook). */
export function codeRefusedHere(label: string): string {
  return `${label}: a JavaScript config is not loaded here (untrusted checkout); name a data config with --config`;
}
