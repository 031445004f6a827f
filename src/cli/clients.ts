import { isIsoDate } from '../core/dates/calendar';
import { ClientIndex } from '../core/clients/index';
import { clientSignals } from '../core/clients/signals';
import { langFromLocale } from '../core/lang';
import { decodeText } from '../core/text/decode';
import { daysBetween } from '../core/dates/calendar';
import { choice, parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import type { Subcommand } from './run';
import { absolute, findWorkspaceRoot, join, loadSettings } from './workspace';

const USAGE = `Usage: composure clients [--format text|json] [--today YYYY-MM-DD] [path]

Lists every client with its status, last contact, open agreements and health signals. path is a
workspace root (its clients folder is read, setting composure.clientsFolder) or a clients folder
itself; default the current directory.

Exit codes: 0 listed, 2 usage error or no clients folder.
`;

async function walk(io: CliIo, dir: string, out: string[]): Promise<void> {
  for (const name of (await io.readDir(dir)).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    const kind = await io.stat(p);
    if (kind === 'dir') await walk(io, p, out);
    else if (kind === 'file' && /\.(md|markdown)$/i.test(name)) out.push(p);
  }
}

export const clientsCommand: Subcommand = {
  summary: 'list clients with status, last contact, open agreements and health signals',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, { format: true, today: true });
    const format = choice(args, 'format', ['text', 'json'] as const, 'text');
    const today = (args.flags.get('today') as string | undefined) ?? io.today;
    if (!isIsoDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${today}'`);
    if (args.positionals.length > 1) throw new UsageError('give at most one path');
    const target = absolute(io, args.positionals[0] ?? '.').replace(/\/+$/, '') || '/';
    if ((await io.stat(target)) !== 'dir') {
      io.err(`composure clients: ${args.positionals[0] ?? '.'}: no such folder\n`);
      return 2;
    }
    const root = await findWorkspaceRoot(io, target);
    const { settings, warnings } = await loadSettings(io, root);
    for (const w of warnings) io.err(`composure clients: warning: ${w}\n`);
    const inside = join(target, settings.clientsFolder);
    let folder = inside;
    if ((await io.stat(inside)) !== 'dir') {
      // The path is the clients folder itself when it is named so or holds a client's profile.
      const looksLikeClients = target.split('/').pop() === settings.clientsFolder.split('/').pop()
        || (await Promise.all((await io.readDir(target)).map((n) => io.stat(join(target, n, 'client.md'))))).includes('file');
      if (!looksLikeClients) {
        if (format === 'json') io.out('[]\n');
        else io.out(`No clients folder at ${inside.startsWith(`${io.cwd}/`) ? inside.slice(io.cwd.length + 1) : inside} (setting composure.clientsFolder).\n`);
        return 0;
      }
      folder = target;
    }
    const index = new ClientIndex({ root: folder, userNames: [settings.userName, ...settings.userAliases].filter(Boolean) });
    const files: string[] = [];
    await walk(io, folder, files);
    for (const f of files) {
      try {
        const d = decodeText(await io.readFile(f));
        if (d.binary) io.err(`composure clients: ${f}: binary file skipped\n`);
        else index.setFile(f, d.text);
      } catch (err) {
        io.err(`composure clients: ${f}: cannot read (${(err as Error).message})\n`);
      }
    }
    const uiLang = langFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
    const ctx = { today, workingHours: settings.workingHours, timezone: settings.timezone, followupAfterDays: settings.followupAfterDays, feedbackWeeks: settings.feedbackWeeks, uiLang };
    const rows = index.clients().map((c) => ({ c, signals: clientSignals(c, ctx) }));
    const rel = (p: string | null) => (p && p.startsWith(`${io.cwd}/`) ? p.slice(io.cwd.length + 1) : p);
    if (format === 'json') {
      io.out(`${JSON.stringify(rows.map(({ c, signals }) => ({
        id: c.id, name: c.profile.name, status: c.profile.status, lang: c.profile.lang ?? null, file: rel(c.file),
        lastContact: c.lastContact, openActions: c.agreements.length, signals,
      })), null, 2)}\n`);
    } else {
      if (!rows.length) io.out(`No clients in ${rel(folder)}.\n`);
      for (const { c, signals } of rows) {
        const ago = c.lastContact ? `${c.lastContact} (${daysBetween(c.lastContact, today)} d ago)` : 'no contact yet';
        io.out(`${c.profile.name}${c.profile.company && c.profile.company !== c.profile.name ? ` · ${c.profile.company}` : ''} [${c.profile.status}] — ${c.agreements.length} open · last contact ${ago}\n`);
        for (const s of signals) io.out(`  ${s.severity === 'error' ? '✖' : s.severity === 'warning' ? '⚠' : 'ℹ'} ${s.message}\n`);
      }
    }
    return 0;
  },
};
