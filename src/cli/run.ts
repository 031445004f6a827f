import { version } from '../../package.json';
import { LANGS, type Lang, type Localized } from '../core/lang';
import type { CliIo } from './io';
import { UsageError } from './args';
import { cliLang, msg, usageText, type UsageSpec } from './messages';

/** One subcommand: its one-line summary, its help and its runner. */
export interface Subcommand {
  readonly summary: Localized;
  readonly usage: UsageSpec;
  run(argv: string[], io: CliIo): Promise<number>;
}

const subcommands: Record<string, () => Promise<Subcommand>> = {};

/** Registers a subcommand; each lives in its own file (lint.ts, followup.ts, clients.ts, agreements.ts). */
export function registerSubcommand(name: string, load: () => Promise<Subcommand>): void {
  subcommands[name] = load;
}

export async function helpText(lang: Lang = 'en'): Promise<string> {
  const lines = [
    `composure ${version} — ${msg(lang, 'help.tagline')}`,
    '',
    `${msg(lang, 'help.usage')} composure ${msg(lang, 'help.command')}`,
    '',
    msg(lang, 'help.commands'),
  ];
  for (const [name, load] of Object.entries(subcommands)) {
    const sub = await load();
    lines.push(`  ${name.padEnd(10)} ${sub.summary[lang]}`);
  }
  lines.push(
    '',
    msg(lang, 'help.options'),
    `  -h, --help         ${msg(lang, 'help.optHelp')}`,
    `  -v, --version      ${msg(lang, 'help.optVersion')}`,
    `  --locale en|es|it  ${msg(lang, 'help.optLocale')}`,
    '',
    msg(lang, 'help.examples'),
    '  composure lint clients/acme/drafts/reply.md',
    '  composure followup --write clients/acme/meetings/2026-11-20-kickoff.md',
    '  composure agreements --mine --overdue',
    '  composure clients --format json',
    '  composure --locale es agreements',
    '',
    `${msg(lang, 'help.exitCodes')} ${msg(lang, 'help.exit')}`,
    '',
  );
  return lines.join('\n');
}

/**
 * Takes the global `--locale en|es|it` (or `--locale=…`) out of the arguments, anywhere before
 * `--`. Returns the remaining arguments and the locale, or a UsageError for a missing or unknown one.
 */
function takeLocale(argv: string[]): { rest: string[]; locale?: string } | UsageError {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  const at = argv.findIndex((a, i) => i < end && (a === '--locale' || a.startsWith('--locale=')));
  if (at < 0) return { rest: argv };
  const inline = argv[at].startsWith('--locale=');
  const value = inline ? argv[at].slice('--locale='.length) : argv[at + 1];
  if (value === undefined || (!inline && at + 1 >= end)) return new UsageError('err.missingValue', '--locale');
  if (!(LANGS as readonly string[]).includes(value)) return new UsageError('err.choice', 'locale', LANGS.join(', '));
  const rest = [...argv.slice(0, at), ...argv.slice(at + (inline ? 1 : 2))];
  return { rest, locale: value };
}

/** Runs the CLI in-process and resolves to the exit code. */
export async function run(argv: string[], baseIo: CliIo): Promise<number> {
  const taken = takeLocale(argv);
  if (taken instanceof UsageError) {
    baseIo.err(`composure: ${taken.messageIn(cliLang(baseIo))}\n`);
    return 2;
  }
  const io: CliIo = taken.locale ? { ...baseIo, locale: taken.locale } : baseIo;
  const lang = cliLang(io);
  const [first, ...rest] = taken.rest;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.out(await helpText(lang));
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.out(`${version}\n`);
    return 0;
  }
  const load = subcommands[first];
  if (!load) {
    io.err(`composure: ${msg(lang, 'err.unknownCommand', first)}\n`);
    return 2;
  }
  const sub = await load();
  const ownArgs = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (ownArgs.includes('--help') || ownArgs.includes('-h')) {
    io.out(usageText(lang, sub.usage));
    return 0;
  }
  try {
    return await sub.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`composure ${first}: ${err.messageIn(lang)}\n${usageText(lang, sub.usage)}`);
      return 2;
    }
    throw err;
  }
}
