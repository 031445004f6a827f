/** A mistake in the command line; reported with the subcommand's usage and exit code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  flags: Map<string, string | true>;
  positionals: string[];
}

/**
 * Parses `--name value`, `--name=value` and boolean `--name` flags. `spec` lists the known
 * flags: true for those that take a value.
 */
export function parseArgs(argv: string[], spec: Record<string, boolean>): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!(name in spec)) throw new UsageError(`unknown option '--${name}'`);
      if (spec[name]) {
        const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '') throw new UsageError(`option '--${name}' needs a value`);
        flags.set(name, value);
      } else {
        if (eq >= 0) throw new UsageError(`option '--${name}' takes no value`);
        flags.set(name, true);
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      positionals.push(arg);
    }
  }
  return { flags, positionals };
}

/** Reads a flag restricted to a set of values. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const v = args.flags.get(name);
  if (v === undefined) return fallback;
  if (v === true || !allowed.includes(v as T)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  }
  return v as T;
}
