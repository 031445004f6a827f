import { clientSignals, type SignalContext } from '../core/clients/signals';
import { daysBetween } from '../core/dates/calendar';
import { t, tn } from '../core/i18n';
import type { Lang } from '../core/lang';
import type { ReadError } from '../core/workspace/fs';
import { joinPath } from '../core/workspace/paths';
import { loadClientIndex } from '../core/workspace/client-index';
import type { ComposureWorkspace } from '../core/workspace/workspace';
import type { ClientIndex } from '../core/clients/index';
import { choice, parseArgs, todayArg, TODAY_OPTION, UsageError } from './args';
import type { CliIo } from './io';
import { corePath, shownPath } from './paths';
import { cliLang, msg, msgN, type UsageSpec } from './messages';
import type { Subcommand } from './run';

/** "today", "yesterday", "12 days ago" in a language (the Clients view's words). */
function daysAgo(lang: Lang, days: number): string {
  return days <= 0 ? t(lang, 'clients.today') : tn(lang, 'clients.daysAgo', days);
}
import { CliWorkspaces, clientsWorkspace } from './workspaces';

const USAGE: UsageSpec = {
  synopsis: ['composure clients [--format text|json] [--today YYYY-MM-DD] [path]'],
  about: {
    en: `Lists every client with its status, last contact, open agreements and health signals. path is a
workspace root (its clients folder is read, setting composure.clientsFolder) or a clients folder
itself; default the current folder.`,
    es: `Lista todos los clientes con su estado, último contacto, acuerdos abiertos y señales de salud.
path es la raíz de un espacio de trabajo (se lee su carpeta de clientes, ajuste
composure.clientsFolder) o una carpeta de clientes; por defecto la carpeta actual.`,
    it: `Elenca tutti i clienti con stato, ultimo contatto, accordi aperti e segnali di salute. path è la
radice di un'area di lavoro (se ne legge la cartella dei clienti, impostazione
composure.clientsFolder) o una cartella dei clienti; predefinita la cartella corrente.`,
  },
  options: [
    [
      '--format text|json',
      { en: 'output format (default text)', es: 'formato de salida (por defecto text)', it: 'formato di uscita (predefinito text)' },
    ],
    [
      '--today YYYY-MM-DD',
      {
        en: 'the day signals are computed for (default today)',
        es: 'el día para el que se calculan las señales (por defecto hoy)',
        it: 'il giorno per cui si calcolano i segnali (predefinito oggi)',
      },
    ],
  ],
  examples: ['composure clients', "composure clients --format json ~/work/notes | jq '.[] | select(.signals | length > 0) | .name'"],
  exit: {
    en: '0 listed, 2 usage error, no such folder or an unreadable note.',
    es: '0 listado, 2 error de uso, carpeta inexistente o una nota ilegible.',
    it: '0 elencato, 2 errore di utilizzo, cartella inesistente o una nota illeggibile.',
  },
};

/** What `clients` and `agreements` share: the clients folder of a path, read into an index. */
export async function loadClients(
  io: CliIo,
  command: string,
  pathArg: string | undefined,
): Promise<{ ws: ComposureWorkspace; index: ClientIndex; failed: boolean } | { missing: string } | { exit: number }> {
  const target = corePath(io, pathArg ?? '.');
  if ((await io.fs.stat(target))?.kind !== 'dir') {
    io.err(`composure ${command}: ${msg(cliLang(io), 'err.noFolder', pathArg ?? '.')}\n`);
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
    uiLang: cliLang(io),
  };
}

export const clientsCommand: Subcommand = {
  summary: {
    en: 'list clients with status, last contact, open agreements and health signals',
    es: 'lista los clientes con estado, último contacto, acuerdos abiertos y señales de salud',
    it: 'elenca i clienti con stato, ultimo contatto, accordi aperti e segnali di salute',
  },
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, { format: { type: 'string' }, ...TODAY_OPTION });
    const format = choice(args, 'format', ['text', 'json'] as const, 'text');
    const today = todayArg(args, io.today);
    const lang = cliLang(io);
    if (args.positionals.length > 1) throw new UsageError('err.onePath');
    const loaded = await loadClients(io, 'clients', args.positionals[0]);
    if ('exit' in loaded) return loaded.exit;
    if ('missing' in loaded) {
      io.out(format === 'json' ? '[]\n' : `${msg(lang, 'out.noClientsFolder', loaded.missing)}\n`);
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
      if (!rows.length) io.out(`${msg(lang, 'out.noClients', shownPath(io, ws.clientsRoot))}\n`);
      for (const { c, signals } of rows) {
        const ago = c.lastContact
          ? msg(lang, 'out.lastContact', c.lastContact, daysAgo(lang, daysBetween(c.lastContact, today)))
          : t(lang, 'clients.never');
        const company = c.profile.company && c.profile.company !== c.profile.name ? ` · ${c.profile.company}` : '';
        io.out(`${c.profile.name}${company} [${c.profile.status}] — ${msgN(lang, 'out.openAgreements', c.agreements.length)} · ${ago}\n`);
        for (const s of signals) io.out(`  ${s.severity === 'error' ? '✖' : s.severity === 'warning' ? '⚠' : 'ℹ'} ${s.message}\n`);
      }
    }
    return failed ? 2 : 0;
  },
};
