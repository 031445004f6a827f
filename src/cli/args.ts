import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../core/dates/calendar';
import type { Lang } from '../core/lang';
import { msg, type CliMessageKey } from './messages';

/** A mistake in the command line; reported in the user's language with the usage and exit code 2. */
export class UsageError extends Error {
  readonly args: Array<string | number>;

  constructor(
    readonly key: CliMessageKey,
    ...args: Array<string | number>
  ) {
    super(msg('en', key, ...args));
    this.args = args;
  }

  messageIn(lang: Lang): string {
    return msg(lang, this.key, ...this.args);
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/** Node's parseArgs errors, by code, as messages of the CLI catalog (they name the option). */
function usageErrorOf(err: Error & { code?: string }): UsageError {
  const option = /'(-[^' ,]+)/.exec(err.message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('err.unknownOption', option);
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError(/argument missing/.test(err.message) ? 'err.missingValue' : 'err.noValue', option);
  throw err;
}

/** Parses a subcommand's arguments with `node:util.parseArgs`; mistakes become UsageErrors. */
export function parseArgs(argv: string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseNodeArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (err) {
    throw usageErrorOf(err as Error & { code?: string });
  }
}

/** Reads an option restricted to a set of values. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const v = args.values[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !allowed.includes(v as T)) throw new UsageError('err.choice', name, allowed.join(', '));
  return v as T;
}

/** `--today YYYY-MM-DD`, else the real date. */
export function todayArg(args: ParsedArgs, fallback: string): string {
  const v = args.values.today;
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !isIsoDate(v)) throw new UsageError('err.today', String(v));
  return v;
}

/** The option every subcommand takes. */
export const TODAY_OPTION = { today: { type: 'string' } } as const satisfies OptionSpec;
