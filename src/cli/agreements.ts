import { stableUid, toIcs, type CalendarEvent } from '../core/clients/ics';
import type { Agreement } from '../core/clients/model';
import { relativeTo } from '../core/workspace/paths';
import { choice, parseArgs, todayArg, TODAY_OPTION, UsageError } from './args';
import { loadClients } from './clients';
import { shownPath } from './paths';
import type { Subcommand } from './run';

const USAGE = `Usage: composure agreements [--format text|json|ics] [--mine|--theirs] [--overdue] [--today YYYY-MM-DD] [path]

Every open action item from the meeting notes of every client: who owes what by when, with the
note and line it was written on. Mine and theirs are told apart by the settings
composure.userName and composure.userAliases. path is a workspace root or a clients folder;
default the current folder.

Options:
  --format text|json|ics  output format (default text); ics is an iCalendar file of the dated
                          agreements as all-day events, to subscribe to or import
  --mine                  only what you owe
  --theirs                only what the clients owe
  --overdue               only agreements past their due date
  --today YYYY-MM-DD      the day "overdue" is measured from (default today)

Examples:
  composure agreements --mine --overdue
  composure agreements --format json | jq 'group_by(.client)'
  composure agreements --format ics > agreements.ics

Exit codes: 0 listed, 2 usage error, no such folder or an unreadable note.
`;

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
  summary: 'list open agreements across clients, mine and theirs (text, JSON or an iCalendar file)',
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
    const today = todayArg(args, io.today);
    if (args.values.mine && args.values.theirs) throw new UsageError('give --mine or --theirs, not both');
    if (args.positionals.length > 1) throw new UsageError('give at most one path');
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
    } else if (!rows.length) io.out('No open agreements.\n');
    else {
      for (const r of rows) {
        const due = r.due ?? 'no date   ';
        io.out(
          `${due}  ${r.overdue ? 'OVERDUE ' : ''}${r.mine ? 'mine  ' : 'theirs'}  ${r.client}: ${r.owner ? `${r.owner} — ` : ''}${r.task}${r.dueText && r.dueText !== r.due ? ` (${r.dueText})` : ''}  ${r.file}:${r.line}\n`,
        );
      }
    }
    return 'missing' in loaded || !loaded.failed ? 0 : 2;
  },
};
