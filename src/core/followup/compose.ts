import { format } from 'date-fns';
import { enGB, es as esLocale, it as itLocale } from 'date-fns/locale';
import { addWorkingDays, parseIsoDate, type IsoDate } from '../dates/calendar';
import type { Lang } from '../lang';
import { foldText } from '../text/fold';
import type { ActionItem, MeetingNote } from '../notes/parse';
import { emailStrings, type Register } from './strings';

export interface ComposeOptions {
  readonly lang: Lang;
  readonly register: Register;
  /** The day the follow-up is written (never read from the clock here). */
  readonly today: IsoDate;
  /** Working days the client has to confirm. */
  readonly confirmDays: number;
  readonly userName?: string;
  readonly userAliases?: readonly string[];
  readonly signature?: string;
  /**
   * A template overriding the layout, with {{greeting}}, {{purpose}}, {{agreed}}, {{nextSteps}},
   * {{questions}}, {{nextMeeting}}, {{confirm}}, {{closing}}, {{signature}} and {{title}}.
   */
  readonly template?: string;
}

export interface FollowupEmail {
  readonly subject: string;
  /** Markdown body. */
  readonly body: string;
  /** Plain-text body (for mail apps). */
  readonly text: string;
  /** The date the client is asked to confirm by. */
  readonly confirmBy: IsoDate;
}

const LOCALES = { en: enGB, es: esLocale, it: itLocale };

/** "Friday 20 November", "viernes 20 de noviembre", "venerdì 20 novembre" (year added when it differs). */
export function formatDay(date: IsoDate, lang: Lang, refYear?: number): string {
  const d = parseIsoDate(date);
  if (!d) return date;
  const withYear = refYear !== undefined && d.getFullYear() !== refYear;
  const pattern = lang === 'es' ? `EEEE d 'de' MMMM${withYear ? " 'de' yyyy" : ''}` : `EEEE d MMMM${withYear ? ' yyyy' : ''}`;
  return format(d, pattern, { locale: LOCALES[lang] });
}

const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

function joinNames(names: string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** First names of the attendees who are not the user. */
function greetingNames(note: MeetingNote, opts: ComposeOptions): string[] {
  const me = [opts.userName ?? '', ...(opts.userAliases ?? [])].map((n) => foldText(n).trim()).filter(Boolean);
  const isMe = (a: string) => me.some((m) => foldText(a).trim() === m || foldText(a).split(/\s+/)[0] === m.split(/\s+/)[0]);
  return note.attendees
    .filter((a) => !isMe(a))
    .map(
      (a) =>
        a
          .replace(/^@/, '')
          .replace(/\s*\(.*\)\s*$/, '')
          .split(/\s+/)[0],
    )
    .filter(Boolean);
}

function ownerLabel(a: ActionItem): string {
  return (a.owner ?? '').replace(/^@/, '').replace(/\s@/g, ' ').trim();
}

/** Writes the "what we agreed" follow-up for a parsed meeting note. */
export function composeFollowup(note: MeetingNote, opts: ComposeOptions): FollowupEmail {
  const refYear = note.date ? Number(note.date.slice(0, 4)) : Number(opts.today.slice(0, 4));
  const day = (d: IsoDate) => formatDay(d, opts.lang, refYear);
  const meetingDay = note.date ? day(note.date) : '';
  const start = note.date && note.date > opts.today ? note.date : opts.today;
  const confirmBy = addWorkingDays(start, opts.confirmDays);

  const names = greetingNames(note, opts);
  // Several readers (or none named: "all") are addressed in the plural: "Os resumo", "Vi riassumo".
  const S = emailStrings(opts.lang, opts.register, names.length !== 1);
  const greeting =
    names.length === 0 || names.length > 4
      ? S.greetingAll
      : fill(names.length === 1 ? S.greetingOne : S.greetingMany, { names: joinNames(names, S.and) });
  const purpose = note.date ? fill(S.purpose, { date: meetingDay }) : S.purposeNoDate;

  const agreed = note.decisions.length ? note.decisions.map((d) => `- ${d.text}`).join('\n') : S.noDecisions;
  const open = note.actions.filter((a) => !a.done);
  const nextSteps = open.length
    ? open
        .map((a) => {
          const who = ownerLabel(a);
          const when = a.due
            ? fill(S.dueBy, { date: day(a.due) })
            : a.vague && a.dueText
              ? fill(S.dueVague, { text: a.dueText })
              : S.dueTbd;
          const task = a.task.charAt(0).toUpperCase() + a.task.slice(1);
          return who ? `- **${who}**: ${task.replace(/[.;]\s*$/, '')} — ${when}` : `- ${task.replace(/[.;]\s*$/, '')} — ${when}`;
        })
        .join('\n')
    : S.noActions;
  const questions = note.openQuestions.map((q) => `- ${capitalise(q.text)}`).join('\n');
  let nextMeeting = '';
  if (note.nextMeeting) {
    const nm = note.nextMeeting;
    const extra = nm.text.replace(/^.*?(\([^)]*\))\s*$/, '$1');
    nextMeeting = nm.date ? `${capitalise(day(nm.date))}${nm.time ? `, ${nm.time}` : ''}${extra !== nm.text ? ` ${extra}` : ''}` : nm.text;
  }
  const confirm = fill(S.confirm, { date: day(confirmBy) });
  const signature = [opts.userName, opts.signature].filter((x) => x && x.trim()).join('\n');
  const title = note.title || (opts.lang === 'es' ? 'Reunión' : opts.lang === 'it' ? 'Riunione' : 'Meeting');
  const subject = fill(S.subject, {
    title,
    date: note.date
      ? format(parseIsoDate(note.date) as Date, opts.lang === 'es' ? "d 'de' MMMM 'de' yyyy" : 'd MMMM yyyy', {
          locale: LOCALES[opts.lang],
        })
      : '',
  }).replace(/\s+—\s*$/, '');

  const section = (heading: string, content: string) => (content ? `**${heading}**\n\n${content}\n` : '');
  const vars: Record<string, string> = {
    greeting,
    purpose,
    title,
    confirm,
    closing: S.closing,
    signature,
    agreed: section(S.agreed, agreed),
    nextSteps: section(S.nextSteps, nextSteps),
    questions: section(S.questions, questions),
    nextMeeting: section(S.nextMeeting, nextMeeting),
  };
  const template =
    opts.template ??
    '{{greeting}}\n\n{{purpose}}\n\n{{agreed}}\n{{nextSteps}}\n{{questions}}\n{{nextMeeting}}\n{{confirm}}\n\n{{closing}}\n{{signature}}\n';
  const body = template
    .replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m)
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');
  return { subject, body, text: toPlainText(body), confirmBy };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Markdown body → plain text for a mail app: bold marks dropped, headings upper-cased. */
export function toPlainText(markdown: string): string {
  return markdown.replace(/^\*\*(.+)\*\*$/gm, (_m, h: string) => h.toUpperCase()).replace(/\*\*(.+?)\*\*/g, '$1');
}
