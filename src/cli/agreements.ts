import { stableUid, toIcs, type CalendarEvent } from '../core/clients/ics';
import type { Agreement } from '../core/clients/model';
import { relativeTo } from '../core/workspace/paths';
import { choice, parseArgs, todayArg, TODAY_OPTION, UsageError } from './args';
import { loadClients } from './clients';
import { shownPath } from './paths';
import { cliLang, msg, type UsageSpec } from './messages';
import type { Subcommand } from './run';

const USAGE: UsageSpec = {
  synopsis: ['composure agreements [--format text|json|ics] [--mine|--theirs] [--overdue] [--today YYYY-MM-DD] [path]'],
  about: {
    en: `Every open action item from the meeting notes of every client: who owes what by when, with the
note and line it was written on. Mine and theirs are told apart by the settings
composure.userName and composure.userAliases. path is a workspace root or a clients folder;
default the current folder.`,
    es: `Todas las tareas abiertas de las actas de reunión de todos los clientes: quién debe qué y para
cuándo, con el acta y la línea donde se escribió. Las tuyas y las suyas se distinguen por los
ajustes composure.userName y composure.userAliases. path es la raíz de un espacio de trabajo o
una carpeta de clientes; por defecto la carpeta actual.`,
    it: `Tutte le azioni aperte dei verbali di riunione di tutti i clienti: chi deve cosa ed entro quando,
con il verbale e la riga in cui è scritto. Le tue e le loro si distinguono con le impostazioni
composure.userName e composure.userAliases. path è la radice di un'area di lavoro o una
cartella dei clienti; predefinita la cartella corrente.`,
  },
  options: [
    [
      '--format text|json|ics',
      {
        en: 'output format (default text); ics is an iCalendar file of the dated\nagreements as all-day events, to subscribe to or import',
        es: 'formato de salida (por defecto text); ics es un archivo iCalendar con los\nacuerdos con fecha como eventos de día completo, para suscribirse o importarlo',
        it: 'formato di uscita (predefinito text); ics è un file iCalendar con gli\naccordi datati come eventi di un giorno intero, da sottoscrivere o importare',
      },
    ],
    ['--mine', { en: 'only what you owe', es: 'solo lo que debes tú', it: 'solo quello che devi tu' }],
    ['--theirs', { en: 'only what the clients owe', es: 'solo lo que deben los clientes', it: 'solo quello che devono i clienti' }],
    [
      '--overdue',
      {
        en: 'only agreements past their due date',
        es: 'solo los acuerdos con la fecha ya pasada',
        it: 'solo gli accordi con la scadenza già passata',
      },
    ],
    [
      '--today YYYY-MM-DD',
      {
        en: 'the day "overdue" is measured from (default today)',
        es: 'el día desde el que se mide el retraso (por defecto hoy)',
        it: 'il giorno da cui si misura il ritardo (predefinito oggi)',
      },
    ],
  ],
  examples: [
    'composure agreements --mine --overdue',
    "composure agreements --format json | jq 'group_by(.client)'",
    'composure agreements --format ics > agreements.ics',
  ],
  exit: {
    en: '0 listed, 2 usage error, no such folder or an unreadable note.',
    es: '0 listado, 2 error de uso, carpeta inexistente o una nota ilegible.',
    it: '0 elencato, 2 errore di utilizzo, cartella inesistente o una nota illeggibile.',
  },
};

/** One agreement as the CLI prints it (PRODUCT.md's contract). */
export interface AgreementRow {
  client: string;
  clientId: string;
  owner: string | null;
  mine: boolean;
  task: string;
  due: string | null;
  dueText: string | null;
  done: boolean;
  overdue: boolean;
  file: string;
  line: number;
}

/** Open agreements by due date (undated last), then client, file and line. */
export function sortAgreements(agreements: readonly Agreement[]): Agreement[] {
  return [...agreements].sort(
    (a, b) =>
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.clientName.localeCompare(b.clientName) ||
      a.path.localeCompare(b.path) ||
      a.line - b.line,
  );
}

/** One agreement as a row. */
export function agreementRow(a: Agreement, today: string, shown: (path: string) => string): AgreementRow {
  return {
    client: a.clientName,
    clientId: a.clientId,
    owner: a.owner,
    mine: a.mine,
    task: a.task,
    due: a.due,
    dueText: a.dueText,
    done: a.done,
    overdue: a.due !== null && a.due < today,
    file: shown(a.path),
    line: a.line + 1,
  };
}

/** Calendar events for the dated agreements; the UID names the agreement, not its line. */
export function agreementEvents(agreements: readonly Agreement[], clientsRoot: string, shown: (path: string) => string): CalendarEvent[] {
  const seen = new Map<string, number>();
  const events: CalendarEvent[] = [];
  for (const a of agreements) {
    if (!a.due) continue;
    const key = [a.clientId, relativeTo(clientsRoot, a.path) ?? a.path, a.owner ?? '', a.task];
    const n = (seen.get(key.join('\u0000')) ?? 0) + 1;
    seen.set(key.join('\u0000'), n);
    events.push({
      uid: stableUid(n === 1 ? key : [...key, String(n)]),
      date: a.due,
      summary: `${a.clientName}: ${a.owner ? `${a.owner} — ` : ''}${a.task}`,
      description: `${a.dueText ? `${a.dueText} · ` : ''}${shown(a.path)}:${a.line + 1}`,
    });
  }
  return events;
}

export const agreementsCommand: Subcommand = {
  summary: {
    en: 'list open agreements across clients, mine and theirs (text, JSON or an iCalendar file)',
    es: 'lista los acuerdos abiertos de todos los clientes, tuyos y suyos (texto, JSON o iCalendar)',
    it: 'elenca gli accordi aperti di tutti i clienti, tuoi e loro (testo, JSON o iCalendar)',
  },
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, {
      format: { type: 'string' },
      mine: { type: 'boolean' },
      theirs: { type: 'boolean' },
      overdue: { type: 'boolean' },
      ...TODAY_OPTION,
    });
    const format = choice(args, 'format', ['text', 'json', 'ics'] as const, 'text');
    const lang = cliLang(io);
    const today = todayArg(args, io.today);
    if (args.values.mine && args.values.theirs) throw new UsageError('err.mineTheirs');
    if (args.positionals.length > 1) throw new UsageError('err.onePath');
    const loaded = await loadClients(io, 'agreements', args.positionals[0]);
    if ('exit' in loaded) return loaded.exit;
    let selected = sortAgreements('missing' in loaded ? [] : loaded.index.agreements());
    if (args.values.mine) selected = selected.filter((a) => a.mine);
    if (args.values.theirs) selected = selected.filter((a) => !a.mine);
    if (args.values.overdue) selected = selected.filter((a) => a.due !== null && a.due < today);
    const shown = (p: string) => shownPath(io, p);
    const rows = selected.map((a) => agreementRow(a, today, shown));
    if (format === 'json') io.out(`${JSON.stringify(rows, null, 2)}\n`);
    else if (format === 'ics') {
      io.out(toIcs(agreementEvents(selected, 'missing' in loaded ? '' : loaded.ws.clientsRoot, shown), today));
    } else if ('missing' in loaded) io.out(`${msg(lang, 'out.noClientsFolder', loaded.missing)}\n`);
    else if (!rows.length) io.out(`${msg(lang, 'out.noAgreements')}\n`);
    else {
      // Columns as wide as their words in the language: a date, OVERDUE, mine or theirs.
      const noDate = msg(lang, 'out.noDate').padEnd(10);
      const [mine, theirs] = [msg(lang, 'out.mine'), msg(lang, 'out.theirs')];
      const whose = Math.max(mine.length, theirs.length);
      for (const r of rows) {
        const late = r.overdue ? `${msg(lang, 'out.overdue')} ` : '';
        const as = r.dueText && r.dueText !== r.due ? ` (${r.dueText})` : '';
        io.out(
          `${r.due ?? noDate}  ${late}${(r.mine ? mine : theirs).padEnd(whose)}  ${r.client}: ${r.owner ? `${r.owner} — ` : ''}${r.task}${as}  ${r.file}:${r.line}\n`,
        );
      }
    }
    return 'missing' in loaded || !loaded.failed ? 0 : 2;
  },
};
