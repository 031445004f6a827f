import { clientSignals, type SignalContext } from '../core/clients/signals';
import { daysBetween } from '../core/dates/calendar';
import { langFromLocale } from '../core/lang';
import type { ReadError } from '../core/workspace/fs';
import { joinPath } from '../core/workspace/paths';
import { loadClientIndex } from '../core/workspace/client-index';
import type { ComposureWorkspace } from '../core/workspace/workspace';
import type { ClientIndex } from '../core/clients/index';
import { choice, parseArgs, todayArg, TODAY_OPTION, UsageError } from './args';
import type { CliIo } from './io';
import { corePath, shownPath } from './paths';
import type { Subcommand } from './run';
import { CliWorkspaces, clientsWorkspace } from './workspaces';

const USAGE = `Usage: composure clients [--format text|json] [--today YYYY-MM-DD] [path]

Lists every client with its status, last contact, open agreements and health signals. path is a
workspace root (its clients folder is read, setting composure.clientsFolder) or a clients folder
itself; default the current folder.

Options:
  --format text|json   output format (default text)
  --today YYYY-MM-DD   the day signals are computed for (default today)

Examples:
  composure clients
  composure clients --format json ~/work/notes | jq '.[] | select(.signals | length > 0) | .name'

Exit codes: 0 listed, 2 usage error, no such folder or an unreadable note.
`;

/** What `clients` and `agreements` share: the clients folder of a path, read into an index. */
export async function loadClients(
  io: CliIo,
  command: string,
  pathArg: string | undefined,
): Promise<{ ws: ComposureWorkspace; index: ClientIndex; failed: boolean } | { missing: string } | { exit: number }> {
  const target = corePath(io, pathArg ?? '.');
  if ((await io.fs.stat(target))?.kind !== 'dir') {
    io.err(`composure ${command}: ${pathArg ?? '.'}: no such folder\n`);
    return { exit: 2 };
  }
  const workspaces = new CliWorkspaces(io, command);
  const ws = await clientsWorkspace(io, workspaces, target);
  if (!ws) {
    const settings = (await workspaces.forFolder(target)).settings;
    return { missing: shownPath(io, joinPath(target, settings.clientsFolder)) };
  }
  let failed = false;
  const index = await loadClientIndex(io.fs, ws, (err: ReadError) => {
    failed = true;
    workspaces.readError(err);
  });
  return { ws, index, failed };
}

/** The context signals are computed in, from a workspace's settings. */
export function signalContext(io: CliIo, ws: ComposureWorkspace, today: string): SignalContext {
  const s = ws.settings;
  return {
    today,
    workingHours: s.workingHours,
    timezone: s.timezone,
    followupAfterDays: s.followupAfterDays,
    feedbackWeeks: s.feedbackWeeks,
    uiLang: langFromLocale(io.locale),
  };
}

export const clientsCommand: Subcommand = {
  summary: 'list clients with status, last contact, open agreements and health signals',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, { format: { type: 'string' }, ...TODAY_OPTION });
    const format = choice(args, 'format', ['text', 'json'] as const, 'text');
    const today = todayArg(args, io.today);
    if (args.positionals.length > 1) throw new UsageError('give at most one path');
    const loaded = await loadClients(io, 'clients', args.positionals[0]);
    if ('exit' in loaded) return loaded.exit;
    if ('missing' in loaded) {
      io.out(format === 'json' ? '[]\n' : `No clients folder at ${loaded.missing} (setting composure.clientsFolder).\n`);
      return 0;
    }
    const { ws, index, failed } = loaded;
    const ctx = signalContext(io, ws, today);
    const rows = index.clients().map((c) => ({ c, signals: clientSignals(c, ctx) }));
    if (format === 'json') {
      io.out(
        `${JSON.stringify(
          rows.map(({ c, signals }) => ({
            id: c.id,
            name: c.profile.name,
            status: c.profile.status,
            lang: c.profile.lang ?? null,
            file: c.file && shownPath(io, c.file),
            lastContact: c.lastContact,
            openActions: c.agreements.length,
            signals,
          })),
          null,
          2,
        )}\n`,
      );
    } else {
      if (!rows.length) io.out(`No clients in ${shownPath(io, ws.clientsRoot)}.\n`);
      for (const { c, signals } of rows) {
        const ago = c.lastContact ? `${c.lastContact} (${daysBetween(c.lastContact, today)} d ago)` : 'no contact yet';
        io.out(
          `${c.profile.name}${c.profile.company && c.profile.company !== c.profile.name ? ` · ${c.profile.company}` : ''} [${c.profile.status}] — ${c.agreements.length} open · last contact ${ago}\n`,
        );
        for (const s of signals) io.out(`  ${s.severity === 'error' ? '✖' : s.severity === 'warning' ? '⚠' : 'ℹ'} ${s.message}\n`);
      }
    }
    return failed ? 2 : 0;
  },
};
