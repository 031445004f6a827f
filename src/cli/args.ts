import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../core/dates/calendar';

/** A mistake in the command line; reported with the subcommand's usage and exit code 2. */
export class UsageError extends Error {}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/** Parses a subcommand's arguments with `node:util.parseArgs`; mistakes become UsageErrors. */
export function parseArgs(argv: string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseNodeArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/** Reads an option restricted to a set of values. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const v = args.values[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !allowed.includes(v as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return v as T;
}

/** `--today YYYY-MM-DD`, else the real date. */
export function todayArg(args: ParsedArgs, fallback: string): string {
  const v = args.values.today;
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !isIsoDate(v)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${String(v)}'`);
  return v;
}

/** The option every subcommand takes. */
export const TODAY_OPTION = { today: { type: 'string' } } as const satisfies OptionSpec;
