import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with its errors turned into one line that names the argument. */
export type ParsedValues<T extends Options> = {
  [K in keyof T]?: T[K]['multiple'] extends true
    ? T[K]['type'] extends 'boolean'
      ? boolean[]
      : string[]
    : T[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

export function parseCommandArgs<T extends Options>(
  command: string,
  argv: string[],
  options: T,
  maxPositionals = 0,
): { values: ParsedValues<T>; positionals: string[] } {
  try {
    const config = { args: argv, options, strict: true, allowPositionals: true, allowNegative: true } as ParseArgsConfig;
    const parsed = parseArgs(config) as unknown as { values: ParsedValues<T>; positionals: string[] };
    if (parsed.positionals.length > maxPositionals) {
      throw new UsageError(`aiguard ${command}: unexpected argument: ${parsed.positionals[maxPositionals]}`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const message = (error as Error).message;
    const quoted = /'([^']+)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`aiguard ${command}: unknown option: ${quoted ?? message}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`aiguard ${command}: ${message.split('\n')[0]}`);
    throw new UsageError(`aiguard ${command}: ${message.split('\n')[0]}`);
  }
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name}: unknown value ${value} (expected ${allowed.join(', ')})`);
}
