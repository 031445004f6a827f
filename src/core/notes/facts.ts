import { addDays, isIsoDate, weekday, type IsoDate } from '../dates/calendar';
import { findDates, WEEKDAY_NAMES } from '../dates/resolve';
import { foldText } from '../text/fold';
import type { Lang } from '../lang';
import type { Placed } from './sections';
import { FACT_KEYS, inList, keyValue, OWNER_KEYS, scoreHeading } from './vocabulary';

/**
 * Meeting facts: the date (front matter, a `Date:` line, a heading or the note's first lines, the
 * file name), the attendees, the title and a deadline stated once for every task. Contract: read
 * only from explicit places; a date is taken only when written in full (never "today").
 */
export interface MeetingFacts {
  date: IsoDate | null;
  dateSource: 'front matter' | 'note' | 'file name' | 'heading' | 'none';
  attendees: string[];
  title?: string;
  deadline?: string;
  /** Lines that state a fact ("Date: …", "Attendees: …"): never items. */
  factLines: Set<number>;
}

/** A date written out in full (ISO, 13/02/2024, 29-01-2022, "March 31, 2025"): no relative words. */
export function explicitDate(text: string): IsoDate | null {
  const s = text.slice(0, 400);
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(s);
  if (iso && isIsoDate(iso[0])) return iso[0];
  const dmy = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/.exec(s);
  if (dmy) {
    const found = dayMonthYear(dmy[1], dmy[2], dmy[3]);
    if (found) return found;
  }
  if (!/\d{4}/.test(s)) return null;
  for (const lang of ['en', 'es', 'it'] as Lang[]) {
    const found = findDates(s, '2000-01-01', lang).find((x) => /\d{4}/.test(x.text));
    if (found) return found.date;
  }
  return null;
}

/** Day and month in either order (day first unless the first number cannot be a month's day). */
function dayMonthYear(a: string, b: string, year: string, monthFirst = false): IsoDate | null {
  let [d, m] = monthFirst ? [Number(b), Number(a)] : [Number(a), Number(b)];
  if (d <= 12 && m > 12) [d, m] = [m, d];
  const y = year.length === 2 ? (Number(year) < 70 ? 2000 : 1900) + Number(year) : Number(year);
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A numeric date with a two-digit year ("5/18/16", "(30/9/24)", "11-29-25"), read only where a
 * meeting's date is written (a heading, the first lines, a `Date:` line, the file name): elsewhere
 * such numbers are too often something else. Ambiguous ones are month first in English.
 */
export function shortYearDate(text: string, lang?: Lang): IsoDate | null {
  const m = /(?<![\d./-])(\d{1,2})([/-])(\d{1,2})\2(\d{2})(?![\d./-])/.exec(text.slice(0, 400));
  return m ? dayMonthYear(m[1], m[3], m[4], lang === 'en') : null;
}

/** The date marks of task plugins (Obsidian Tasks due, scheduled, start, done; Logseq deadlines). */
const TASK_DATE = /[📅🗓⏳🛫✅]|\b(?:DEADLINE|SCHEDULED):/u;

/** Month names as written in a meeting's date line, folded. */
const MONTH_NAME =
  /(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|gen|mag|giu|lug|set|ott)[\p{L}]{0,7}\.?(?![\p{L}])/iu;

/**
 * A meeting date written without its year ("November 29", "Sunday 1st of November", "29 de
 * noviembre"): the latest such day on or before `reference` (a day on or after the meeting: the
 * note's last change, or the day the follow-up is drafted), going back further while a weekday
 * written beside it does not match. Null when the text holds no month and day.
 */
export function yearlessDate(text: string, reference: IsoDate, lang: Lang): IsoDate | null {
  const s = foldText(text.slice(0, 200));
  if (!/\d/.test(s)) return null;
  const named = MONTH_NAME.test(s)
    ? findDates(s, addDays(reference, -358), lang).find((x) => /\d/.test(x.text) && MONTH_NAME.test(x.text))?.date
    : undefined;
  // A short weekday and a day in figures later in the line wins over a month's name ("call… — mar 1/12": martes, not March).
  const dated = weekdayDayMonth(s, reference, lang);
  const found = dated?.date ?? named ?? numericDayMonth(s, reference, lang);
  if (!found) return null;
  const day = dated?.day ?? weekdayNamed(s, lang) ?? leadWeekday(/^[\s#*_([]{0,6}(\p{L}{3,12})/u.exec(s)?.[1] ?? '', lang);
  // A weekday that fits only the same day in the coming weeks: a note written before its meeting
  // (an agenda, or a clock behind the meeting): "vie 4/12" read on 29 November is this 4 December.
  const ahead = sameDayYearAfter(found);
  if (day !== undefined && weekday(found) !== day && weekday(ahead) === day && ahead <= addDays(reference, 60)) return ahead;
  let date = found;
  for (let back = 0; back < 12 && day !== undefined && weekday(date) !== day; back++) date = sameDayYearBefore(date);
  return day === undefined || weekday(date) === day ? date : found;
}

/** A weekday (or its short form) then a day and month in figures, anywhere in the line ("Call with Quique - vie 4/12"). */
function weekdayDayMonth(folded: string, reference: IsoDate, lang: Lang): { date: IsoDate; day: number } | null {
  const re = /(?<![\p{L}])(\p{L}{3,12})\.?,?\s{1,3}(\d{1,2})[/.](\d{1,2})(?![\d/.]|\.\d)/gu;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const day = leadWeekday(m[1], lang);
    if (day === undefined) continue;
    const year = Number(reference.slice(0, 4));
    // In English either order may be meant ("wed 9/12" in a UK note): the one the weekday fits.
    const orders = lang === 'en' ? [true, false] : [false];
    const [a, b] = [m[2], m[3]];
    const dates = orders.flatMap((monthFirst) => {
      const date = dayMonthYear(a, b, String(year), monthFirst);
      if (!date) return [];
      return [date > reference ? (dayMonthYear(a, b, String(year - 1), monthFirst) ?? date) : date];
    });
    const fits = (d: IsoDate) =>
      weekday(d) === day || (weekday(sameDayYearAfter(d)) === day && sameDayYearAfter(d) <= addDays(reference, 60));
    const date = dates.find(fits) ?? dates[0];
    if (date) return { date, day };
  }
  return null;
}

/**
 * A day and month in figures with no year ("26/11", "thu 19/11", "25.11 call…"), at the start of
 * the line or after a weekday: the latest such day on or before `reference`. Month first in
 * English when both could be either.
 */
function numericDayMonth(folded: string, reference: IsoDate, lang: Lang): IsoDate | null {
  const m = /^[\s#*_([]{0,6}(?:\p{L}{2,12}\.?,?\s{1,3})?(\d{1,2})[/.](\d{1,2})(?![\d/.]|\.\d)/u.exec(folded);
  if (!m) return null;
  const lead = folded.slice(0, m.index + m[0].length - m[1].length - m[2].length - 1).replace(/[\s#*_([.,]/g, '');
  if (lead && leadWeekday(lead, lang) === undefined) return null;
  const year = Number(reference.slice(0, 4));
  const date = dayMonthYear(m[1], m[2], String(year), lang === 'en');
  if (!date) return null;
  return date > reference ? dayMonthYear(m[1], m[2], String(year - 1), lang === 'en') : date;
}

const sameDayYearBefore = (date: IsoDate): IsoDate => sameDayYearsOn(date, -1);
const sameDayYearAfter = (date: IsoDate): IsoDate => sameDayYearsOn(date, 1);

function sameDayYearsOn(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const iso = `${y + years}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : addDays(iso.slice(0, 8) + '28', 0);
}

function weekdayNamed(folded: string, lang: Lang): number | undefined {
  const names = WEEKDAY_NAMES[lang];
  const i = names.findIndex((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(folded));
  return i < 0 ? undefined : i;
}

/** A weekday's name or its short form ("thu", "jue", "gio": three letters or more of the name). */
function leadWeekday(word: string, lang: Lang): number | undefined {
  if (word.length < 3) return undefined;
  const i = WEEKDAY_NAMES[lang].findIndex((n) => n.startsWith(word));
  return i < 0 ? undefined : i;
}

export function dateFromFileName(name: string, lang?: Lang): IsoDate | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  // "2026-11-20", "20261120", a Logseq journal's "2026_12_02".
  const m = /(\d{4})[-_]?(\d{2})[-_]?(\d{2})/.exec(base);
  if (m) {
    const s = `${m[1]}-${m[2]}-${m[3]}`;
    if (isIsoDate(s)) return s;
  }
  const dmy = /(?<!\d)(\d{2})[-_.](\d{2})[-_.](\d{4})(?!\d)/.exec(base);
  if (dmy) {
    const s = `${dmy[3]}-${dmy[2]}-${dmy[1]}`;
    if (isIsoDate(s)) return s;
  }
  const short = /(?<!\d)(\d{1,2})[-_.](\d{1,2})[-_.](\d{2})(?!\d)/.exec(base);
  return short ? dayMonthYear(short[1], short[2], short[3], lang === 'en') : null;
}

export function fileTitle(name?: string): string | undefined {
  if (!name) return undefined;
  const base = (name.split(/[\\/]/).pop() ?? name).replace(/\.(md|markdown|txt)$/i, '').replace(/^\d{4}-?\d{2}-?\d{2}[-_ ]*/, '');
  return base ? base.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase()) : undefined;
}

const splitNames = (v: string) =>
  v
    .split(/[,;]|\s+(?:and|y|e)\s+/)
    .map((x) =>
      x
        .replace(/\s*\([^()]{0,80}\)\s*/g, '')
        .replace(/\*\*/g, '')
        // An Obsidian link names the person: "[[Hannah Cole]]", "[[Hannah Cole|Hannah]]".
        .replace(/^\s*\[\[(?:[^\]|]{0,80}\|)?([^\]|]{0,80})\]\]\s*$/, '$1')
        .trim(),
    )
    .filter((x) => x && x.length < 60);

/** Reads the meeting facts from the placed blocks. */
export function readFacts(
  placed: readonly Placed[],
  fm: { date?: IsoDate; attendees?: string[]; title?: string },
  fileName?: string,
  opts: { lang?: Lang; reference?: IsoDate } = {},
): MeetingFacts {
  const facts: MeetingFacts = { date: null, dateSource: 'none', attendees: [], factLines: new Set() };
  let dateText: string | undefined;
  const attendeeSection: string[] = [];
  // "Due:" beside an "Owner:" line belongs to that one task, not to the whole note.
  const ownerLineAt = new Set<number>();
  placed.forEach((b, i) => {
    if (b.kind === 'row') return;
    const kv = b.text.includes(':') ? keyValue(b.text) : undefined;
    if (kv && inList(kv.key, OWNER_KEYS)) for (let k = i - 2; k <= i + 2; k++) ownerLineAt.add(k);
  });
  for (let i = 0; i < placed.length; i++) {
    const b = placed[i];
    if (b.kind === 'row') continue;
    if (b.kind !== 'heading' && b.section === 'attendees' && !b.consumed) {
      attendeeSection.push(...splitNames(b.text.replace(/^@/, '')));
      continue;
    }
    if (!b.text.includes(':') && !b.text.includes('：')) continue;
    const kv = keyValue(b.text);
    if (!kv || !kv.value) continue;
    if (inList(kv.key, FACT_KEYS.date)) {
      dateText ??= kv.value;
      facts.factLines.add(b.line);
    } else if (inList(kv.key, FACT_KEYS.attendees)) {
      if (!facts.attendees.length) facts.attendees = splitNames(kv.value);
      facts.factLines.add(b.line);
    } else if (inList(kv.key, FACT_KEYS.title)) {
      facts.title ??= kv.value;
      facts.factLines.add(b.line);
    } else if (inList(kv.key, FACT_KEYS.deadline) && !ownerLineAt.has(i)) {
      facts.deadline ??= kv.value;
      facts.factLines.add(b.line);
    } else if (inList(kv.key, FACT_KEYS.time) || inList(kv.key, FACT_KEYS.other)) {
      facts.factLines.add(b.line);
    }
  }
  const { lang, reference } = opts;
  const fullDate = (text: string) => explicitDate(text) ?? shortYearDate(text, lang);
  if (fm.date) [facts.date, facts.dateSource] = [fm.date, 'front matter'];
  else if (dateText && (facts.date = fullDate(dateText))) facts.dateSource = 'note';
  else if (fileName && (facts.date = dateFromFileName(fileName, lang))) facts.dateSource = 'file name';
  else {
    // A heading with a date ("Sprint Planning – 30/04/2025"), or the note's first lines ("Riunione del 18/11/2026").
    let seen = 0;
    const opening: string[] = [];
    for (const b of placed) {
      if (b.kind === 'row') continue;
      if (b.kind !== 'heading' && ++seen > 4) continue;
      // A task's own date ("- [ ] … 📅 2026-05-08") is its due, not the meeting's.
      if (b.kind === 'item' && (b.checked !== undefined || TASK_DATE.test(b.text))) continue;
      if (opening.length < 5) opening.push(b.text);
      const d = fullDate(b.text);
      if (d) {
        [facts.date, facts.dateSource] = [d, 'heading'];
        break;
      }
    }
    // Last, a day and month with no year ("Minutes – November 29"), given a day after the meeting.
    if (!facts.date && reference && lang) {
      for (const [text, source] of [[dateText, 'note'] as const, ...opening.map((t) => [t, 'heading'] as const)]) {
        const d = text ? yearlessDate(text, reference, lang) : null;
        if (d) {
          [facts.date, facts.dateSource] = [d, source];
          break;
        }
      }
    }
    if (!facts.date) facts.dateSource = 'none';
  }
  if (fm.attendees?.length) facts.attendees = fm.attendees;
  if (!facts.attendees.length) facts.attendees = attendeeSection;
  facts.title = fm.title ?? firstTitle(placed) ?? facts.title ?? fileTitle(fileName);
  return facts;
}

function firstTitle(placed: readonly Placed[]): string | undefined {
  for (const b of placed) {
    if (b.kind !== 'heading' || b.level > 2) continue;
    const kv = keyValue(b.text);
    if (kv && kv.value) continue;
    if (scoreHeading(b.text).kind !== 'other') continue;
    if (/^\[.*\]$/.test(b.text.trim())) continue;
    return b.text.replace(/\s*[–—-]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$/, '').trim();
  }
  return undefined;
}
