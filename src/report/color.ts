// Whether to paint a stream, as picocolors and the Node ecosystem read the terminal and the environment.

export interface ColorEnvironment {
  env: NodeJS.ProcessEnv;
  /** The stream the text goes to; undefined for a file, which is never painted, --color or not. */
  stream?: { isTTY?: boolean };
  /** --color / --no-color, when given: they win over everything. */
  flag?: boolean;
}

/**
 * A file never; --color/--no-color next; then FORCE_COLOR=0 or false turns colour off (Node, supports-color, chalk read it so);
 * NO_COLOR (non-empty, no-color.org) turns it off; any other non-empty FORCE_COLOR turns it on; otherwise a TTY
 * whose TERM is not dumb, or a CI log (CI set; the CI's log viewer renders colour), as picocolors decides.
 */
export function colorEnabled({ env, stream, flag }: ColorEnvironment): boolean {
  if (stream === undefined) return false;
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (env.NO_COLOR) return false;
  if (force) return true;
  return (stream.isTTY === true && env.TERM !== 'dumb') || Boolean(env.CI);
}
