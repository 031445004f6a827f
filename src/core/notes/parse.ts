import { addDays, isIsoDate, type IsoDate } from '../dates/calendar';
import { resolveDate } from '../dates/resolve';
import { detectLanguage } from '../detect-lang';
import { fmString, parseFrontMatter } from '../frontmatter';
import { t } from '../i18n';
import { isLang, type Lang } from '../lang';
import { foldText } from '../text/fold';
import { lineOfOffset } from '../text/lines';
import { findCandidates, type Candidate } from './candidates';
import { FACT_KEYS, inList } from './vocabulary';
import { isTaskDone } from './done';
import { readDue, sectionDeadline } from './due';
import { explicitDate, readFacts } from './facts';
import { filterCandidates, type ReadCandidate } from './filters';
import type { WhyCode } from './markers';
import { displayOwner, findOwner, FIRST_PERSON_OWNER, mentionsAttendee, writerName, writerOwner, type OwnerContext } from './owner';
import { SAME_TIME_NEXT_WEEK } from './next-meeting';
import { reportedDone } from './reported';
import { namesInText, placeBlocks } from './sections';
import { toBlocks } from './structure';

/** Something agreed or asked, with the 1-based line it comes from and why it was read so. */
export interface NoteLine {
  readonly text: string;
  /** 1-based line in the note. */
  readonly line: number;
  readonly why: WhyCode;
}

/** Who does what by when. */
export interface ActionItem {
  readonly owner: string | null;
  readonly task: string;
  /** Resolved due date (YYYY-MM-DD), or null. */
  readonly due: IsoDate | null;
  /** The due as written ("by Friday", "a breve", "mid-March"), or null. */
  readonly dueText: string | null;
  /** A checked task-list item, a DONE keyword, a ✅: already done. */
  readonly done: boolean;
  /** The owner is the user (setting composure.userName / userAliases, or the note's first person). */
  readonly mine: boolean;
  /** The due is a vague promise ("soon"). */
  readonly vague: boolean;
  /** A span read as one day ("next week" → its Friday). */
  readonly inexact: boolean;
  /** 1-based line in the note. */
  readonly line: number;
  /** Why the line was read as an action item (one of WHY_CODES). */
  readonly why: WhyCode;
}

export interface NextMeeting {
  readonly date: IsoDate | null;
  readonly time: string | null;
  readonly text: string;
  /** 1-based line in the note. */
  readonly line: number;
  readonly why: WhyCode;
}

export interface MeetingNote {
  readonly title: string;
  readonly date: IsoDate | null;
  readonly dateSource: 'front matter' | 'note' | 'file name' | 'heading' | 'none';
  readonly lang: Lang;
  readonly attendees: string[];
  readonly decisions: NoteLine[];
  readonly actions: ActionItem[];
  readonly openQuestions: NoteLine[];
  readonly nextMeeting: NextMeeting | null;
  /** Problems worth showing, each on its 1-based line. */
  readonly warnings: Array<{ message: string; line: number; code: WarningCode }>;
  /** The front matter's `followup` date, when the note was already followed up. */
  readonly followedUp: string | null;
}

export type WarningCode = 'no-date' | 'no-owner' | 'no-due' | 'vague-due' | 'unresolved-date' | 'bad-front-matter' | 'too-large';

export interface ParseOptions {
  /** The file name, for a date like 2026-11-20-kickoff.md and a fallback title. */
  readonly fileName?: string;
  /** The language when the note does not say: the client's, else the default. */
  readonly lang?: Lang;
  readonly defaultLang?: Lang;
  /** The user's name and aliases, to mark their own action items. */
  readonly userNames?: readonly string[];
  /** Language of warning messages. */
  readonly uiLang?: Lang;
  /**
   * A day on or after the meeting (the note's last change, or the day its follow-up is drafted):
   * only gives a year to a meeting date written without one ("November 29"). Dues are never
   * resolved against it.
   */
  readonly reference?: IsoDate;
}

/** Notes longer than this (in UTF-16 code units) are not read: a warning says so. */
export const MAX_NOTE_CHARS = 1_000_000;

/**
 * Reads a Markdown meeting note: structure → sections → candidate items → owner → due → filters.
 * Every item keeps its 1-based line and a `why` code.
 */
export function parseMeetingNote(input: string, opts: ParseOptions = {}): MeetingNote {
  const ui: Lang = opts.uiLang ?? 'en';
  if (input.length > MAX_NOTE_CHARS) {
    return {
      title: '',
      date: null,
      dateSource: 'none',
      lang: opts.lang ?? opts.defaultLang ?? 'en',
      attendees: [],
      decisions: [],
      actions: [],
      openQuestions: [],
      nextMeeting: null,
      followedUp: null,
      warnings: [
        {
          code: 'too-large',
          line: 1,
          message: t(ui, 'note.tooLarge', String(Math.round(input.length / 1000)), String(MAX_NOTE_CHARS / 1000)),
        },
      ],
    };
  }
  // CR, LF and CRLF alike: a lone CR ends a line too (as in the editor).
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const fm = parseFrontMatter(text);
  const warnings: MeetingNote['warnings'] = [];
  if (fm.error) warnings.push({ code: 'bad-front-matter', line: fm.error.line, message: t(ui, 'note.badFrontMatter', fm.error.message) });
  const bodyStart = fm.range ? fm.range.end : 0;
  const lineOffset = lineOfOffset(text, bodyStart);
  const body = text.slice(bodyStart);

  const fmLang = fmString(fm.data, 'lang')?.toLowerCase();
  const lang: Lang = isLang(fmLang)
    ? fmLang
    : (opts.lang ?? detectLanguage(withoutComments(body.slice(0, 6000)), 1500) ?? opts.defaultLang ?? 'en');

  // Stage 1 and 2: structure and sections; then the meeting's facts.
  // Sections are placed twice: the attendee list (read from the first placing) tells a person's
  // sub-heading from any other.
  const blocks = toBlocks(body, lineOffset);
  const fmFacts = {
    date: fmDateValue(fmFact(fm.data, FACT_KEYS.date)),
    attendees: fmList(fmFact(fm.data, FACT_KEYS.attendees)),
    title: fmString(fm.data, 'title'),
  };
  const factOpts = { lang, reference: opts.reference };
  const first = readFacts(placeBlocks(blocks), fmFacts, opts.fileName, factOpts);
  const placed = placeBlocks(blocks, first.attendees);
  const facts = readFacts(placed, fmFacts, opts.fileName, factOpts);
  const date = facts.date;
  if (!date) warnings.push({ code: 'no-date', line: 1, message: t(ui, 'note.noDate') });
  const userNames = (opts.userNames ?? []).map((n) => foldText(n).trim()).filter(Boolean);
  const ownerCtx: OwnerContext = { lang, attendees: facts.attendees, named: namesInText(blocks) };

  // Stage 3: candidates.
  const candidates = findCandidates(placed, { ...ownerCtx, factLines: facts.factLines, lang });

  // Stages 4 and 5: owner and due, then stage 6: filters.
  const read = filterCandidates(candidates.map((c) => readCandidate(c, date, lang, ownerCtx)));

  // Stage 7: items the note reports as finished further down are done.
  const reported = reportedDone(
    read
      .filter((c) => c.kind === 'action' && !c.forced)
      .map((c) => ({ line: c.line, done: c.done, owner: c.owner ?? null, text: c.task, block: c.block })),
    placed,
  );

  const decisions: NoteLine[] = [];
  const openQuestions: NoteLine[] = [];
  const actions: ActionItem[] = [];
  const imprecise = new Set<number>();
  const untilNext = new Set<number>();
  let nextMeeting: NextMeeting | null = null;
  let recurring: NextMeeting | null = null;
  let byKind: NextMeeting | null = null;
  // Who "I" is: the user's name, else the name the note gives its writer, else the pronoun.
  // Unknown, the writer keeps the pronoun the note wrote ("me: draft…" stays "me"), else "I"/"Yo"/"Io".
  const writer =
    opts.userNames?.[0] ?? writerName([...facts.attendees, ...placed.slice(0, 12).map((b) => (b.kind === 'row' ? '' : b.text))]);
  for (const c of read) {
    if (c.kind === 'decision') decisions.push({ text: c.task.trim(), line: c.line, why: c.why });
    else if (c.kind === 'question') openQuestions.push({ text: c.task.trim(), line: c.line, why: c.why });
    else if (c.kind === 'next' && c.recurring) recurring ??= nextMeetingFrom(c, date, lang);
    else if (c.kind === 'next' && c.kindOnly) {
      const m = nextMeetingFrom(c, date, lang);
      if (m?.date && (!date || m.date > date)) byKind ??= m;
    } else if (c.kind === 'next') nextMeeting ??= nextMeetingFrom(c, date, lang);
    else {
      if (c.due2?.imprecise) imprecise.add(actions.length);
      if (c.due2?.untilNext) untilNext.add(actions.length);
      actions.push(toAction(reported.has(c.line) ? { ...c, done: true } : c, userNames, facts.attendees, writer, FIRST_PERSON_OWNER[lang]));
    }
  }

  nextMeeting ??= byKind ?? recurring;
  // "by the next call": the next meeting's date when the note states it, else unresolved (warned).
  if (nextMeeting?.date) {
    for (let i = 0; i < actions.length; i++) if (untilNext.has(i) && !actions[i].due) actions[i] = { ...actions[i], due: nextMeeting.date };
  }

  // A deadline stated once for all tasks ("Deadline sprint: 12/05/2025") fills the ones without one.
  let deadlineText = facts.deadline;
  for (const b of placed) {
    if (deadlineText) break;
    if ((b.kind === 'item' || b.kind === 'para') && b.section === 'deadline' && !b.consumed && !b.quoted) deadlineText = b.text;
  }
  if (deadlineText) {
    const d = sectionDeadline(deadlineText, date, lang);
    if (d) {
      for (let i = 0; i < actions.length; i++) {
        if (!actions[i].due && !actions[i].dueText)
          actions[i] = { ...actions[i], due: d.date, dueText: deadlineText.trim(), inexact: d.inexact };
      }
    }
  }

  actions.forEach((a, k) => {
    if (a.done) return;
    if (!a.owner) warnings.push({ code: 'no-owner', line: a.line, message: t(ui, 'note.noOwner', short(a.task)) });
    if (a.vague) warnings.push({ code: 'vague-due', line: a.line, message: t(ui, 'note.vagueDue', short(a.task), a.dueText ?? '') });
    else if (!a.due && a.dueText) {
      const key = imprecise.has(k) ? 'note.impreciseDue' : 'note.unresolvedDate';
      warnings.push({ code: 'unresolved-date', line: a.line, message: t(ui, key, short(a.task), a.dueText) });
    } else if (!a.due && !a.dueText) warnings.push({ code: 'no-due', line: a.line, message: t(ui, 'note.noDue', short(a.task)) });
  });
  return {
    title: facts.title ?? '',
    date,
    dateSource: facts.dateSource,
    lang,
    attendees: facts.attendees,
    decisions,
    actions,
    openQuestions,
    nextMeeting,
    warnings,
    followedUp: fmDateValue(fm.data.followup) ?? null,
  };
}

/** Stages 4 and 5 on one candidate: the owner out of the text, then the due out of the rest. */
function readCandidate(
  c: Candidate,
  date: IsoDate | null,
  lang: Lang,
  ctx: OwnerContext,
): ReadCandidate & { due2?: ReturnType<typeof readDue>; firstPerson?: boolean } {
  if (c.kind !== 'action') return { ...c, task: c.text };
  let task = c.text.replace(/^\[name=[^\]]{0,40}\]\s*/, '').trim();
  let owner = c.owner;
  let firstPerson = c.firstPerson;
  if (!c.ownerFinal) {
    const found = findOwner(task, ctx);
    // The text's own owner wins over a group's, except a column's that names someone; a plain
    // "X to …" wins only when X is one of the group ("Rob to …" under "Heather, Henry, Rob").
    const ofGroup = !!found?.weak && !!owner && mentionsAttendee(found.owner, [owner]);
    if (found && (!owner || (c.why !== 'table-row' && (!found.weak || ofGroup))))
      [owner, task, firstPerson] = [found.owner, found.task, found.firstPerson];
  }
  const due = readDue(task, date, lang, c.due);
  return { ...c, owner, firstPerson, task: due.task, due2: due, done: c.done || isTaskDone({ text: c.text }) };
}

function toAction(
  c: ReadCandidate & { due2?: ReturnType<typeof readDue>; firstPerson?: boolean },
  userNames: string[],
  attendees: string[],
  userName: string | undefined,
  fallback: string,
): ActionItem {
  const d = c.due2;
  // The writer as owner: a pronoun ("io", "**Me**", "@yo"), named beside it ("Yo (Pablo)") or not.
  const self = c.owner ? writerOwner(c.owner, attendees) : undefined;
  const named = self?.name ?? (c.firstPerson && c.owner && !self ? c.owner : undefined);
  const attendeesOwner = c.owner ? displayOwner(named ?? c.owner, attendees) : null;
  const mine = !!c.firstPerson || !!self || isMine(attendeesOwner, userNames);
  // A pronoun that labels the line ("me: draft…") stays as written, capitalised ("Me"); elsewhere
  // ("… (me)", "I'll…") the writer is the language's subject pronoun ("I", "Yo", "Io").
  const label = !!attendeesOwner && 'text' in c.block && labelledBy(c.block.text, attendeesOwner);
  const pronoun = label && attendeesOwner ? attendeesOwner[0].toUpperCase() + attendeesOwner.slice(1) : fallback;
  const owner = (c.firstPerson || self) && !named ? (userName ?? pronoun) : attendeesOwner;
  return {
    owner: owner || null,
    task: tidy(c.task),
    due: d?.due ?? null,
    dueText: d?.dueText ?? null,
    done: c.done,
    mine,
    vague: d?.vague ?? false,
    inexact: d?.inexact ?? false,
    line: c.line,
    why: c.why,
  };
}

function nextMeetingFrom(c: ReadCandidate, date: IsoDate | null, lang: Lang): NextMeeting | null {
  const text = c.task;
  // "[date]" is a blank; "[[2026-12-21]]" is a link to the day's page.
  if (/^(?:tbd|tbc|por definir|da definire|\[(?!\[).*\])$/i.test(text.trim())) return null;
  const found = date ? resolveDate(text, date, lang) : undefined;
  // Read as a due is read: a month alone or "TBC" is no day; "the 28th" is the next 28th.
  const due = readDue(text, date, lang);
  // "Same time next week" is a week after the meeting, not the next week's Friday.
  const weekLater = date && SAME_TIME_NEXT_WEEK.test(foldText(text)) ? addDays(date, 7) : null;
  const d = weekLater ?? (due.imprecise ? null : (due.due ?? found?.date ?? explicitDate(text)));
  const hasTime = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|h\b)|\b\d{1,2}:\d{2}\b/i.test(text);
  // A calendar link or "Archived notes:" is not a next meeting.
  if (!d && !hasTime) return null;
  return {
    date: d,
    time: found?.time ?? null,
    text: text
      .replace(/\s*\(?https?:\/\/\S+\)?/g, '')
      .trim()
      .replace(/[.;,]+$/, ''),
    line: c.line,
    why: c.why,
  };
}

/** Text without its HTML comments (markers such as `<!-- composure: not-action -->` are English words): one pass. */
export function withoutComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    out += `${text.slice(at, open)} `;
    if (close < 0) return out;
    at = close + 3;
  }
  return out + text.slice(at);
}

/** The line opens with this word and a colon: "me: …", "**Yo**: …". */
function labelledBy(text: string, word: string): boolean {
  const t = foldText(text.slice(0, 40)).replace(/^[\s*_@]+/, '');
  const w = foldText(word).replace(/^@/, '');
  return t.startsWith(w) && /^[\s*_]*:/.test(t.slice(w.length));
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function tidy(task: string): string {
  return task
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/^[\s:–—-]+/, '')
    .replace(/\s*[–—-]>\s*/g, ' → ')
    .replace(/\s{2,}/g, ' ')
    .replace(/(?<![.].)[\s,;:.–—-]+$/, '')
    .trim();
}

function fmDateValue(v: unknown): IsoDate | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
    if (m && isIsoDate(m[1])) return m[1];
  }
  return undefined;
}

/** A front-matter value under any of the fact's keys in the three languages (`date`, `fecha`, `data`…). */
function fmFact(data: Record<string, unknown>, keys: readonly string[]): unknown {
  if (data.date !== undefined && keys === FACT_KEYS.date) return data.date;
  for (const [k, v] of Object.entries(data)) if (inList(foldText(k).replace(/[_-]+/g, ' ').trim(), keys)) return v;
  return undefined;
}

function fmList(v: unknown): string[] | undefined {
  if (Array.isArray(v))
    return v
      .filter((x): x is string => typeof x === 'string')
      .map((x) => x.trim())
      .filter(Boolean);
  if (typeof v === 'string')
    return v
      .split(/[,;]/)
      .map((x) => x.trim())
      .filter(Boolean);
  return undefined;
}

function isMine(owner: string | null, userNames: string[]): boolean {
  if (!owner || !userNames.length) return false;
  const folded = foldText(owner).replace(/@/g, '');
  const words = new Set(folded.split(/[\s,&/]+|\band\b|\by\b|\be\b/).filter(Boolean));
  return userNames.some((n) => words.has(n) || folded.trim() === n);
}
