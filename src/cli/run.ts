import { version } from '../../package.json';
import type { CliIo } from './io';
import { UsageError } from './args';

/** One subcommand: its one-line summary, its usage text and its runner. */
export interface Subcommand {
  readonly summary: string;
  readonly usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

const subcommands: Record<string, () => Promise<Subcommand>> = {};

/** Registers a subcommand; each lives in its own file (lint.ts, followup.ts, clients.ts, agreements.ts). */
export function registerSubcommand(name: string, load: () => Promise<Subcommand>): void {
  subcommands[name] = load;
}

export async function helpText(): Promise<string> {
  const lines = [
    `composure ${version} — client-communication hygiene for Markdown notes and reply drafts`,
    '',
    'Usage: composure <command> [options]',
    '',
    'Commands:',
  ];
  for (const [name, load] of Object.entries(subcommands)) {
    const sub = await load();
    lines.push(`  ${name.padEnd(10)} ${sub.summary}`);
  }
  lines.push(
    '',
    'Options:',
    '  -h, --help     show help (also: composure <command> --help)',
    '  -v, --version  print the version',
    '',
    'Examples:',
    '  composure lint clients/acme/drafts/reply.md',
    '  composure followup --write clients/acme/meetings/2026-11-20-kickoff.md',
    '  composure agreements --mine --overdue',
    '  composure clients --format json',
    '',
    'Exit codes: 0 nothing found, 1 findings, 2 usage error or unreadable input.',
    '',
  );
  return lines.join('\n');
}

/** Runs the CLI in-process and resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.out(await helpText());
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.out(`${version}\n`);
    return 0;
  }
  const load = subcommands[first];
  if (!load) {
    io.err(`composure: unknown command '${first}'. Run 'composure --help' for the list.\n`);
    return 2;
  }
  const sub = await load();
  const ownArgs = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (ownArgs.includes('--help') || ownArgs.includes('-h')) {
    io.out(sub.usage);
    return 0;
  }
  try {
    return await sub.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`composure ${first}: ${err.message}\n${sub.usage}`);
      return 2;
    }
    throw err;
  }
}
