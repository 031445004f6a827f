import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import * as chronoIt from 'chrono-node/it';
import type { Lang } from '../lang';
import { foldText } from '../text/fold';
import { addDays, daysInMonth, formatLocalDate, isIsoDate, nextDayOfMonth, parseIsoDate, weekday, type IsoDate } from './calendar';
import { EN_WEEKDAY_ABBREVIATIONS, ES_IT_WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from './weekday-names';

/**
 * Natural dates in meeting notes, resolved against the meeting date (never against today).
 *
 * Rules, decided and tested (dates-table.test.ts):
 * - A bare weekday ("Friday", "el viernes", "entro venerdì") is its next occurrence strictly
 *   after the meeting date: a Friday meeting's "by Friday" means the Friday after.
 * - English "next Friday" is the Friday of the following week (weeks start on Monday);
 *   "this Friday" is the one of the meeting's week. Spanish "el próximo viernes" / "el viernes que
 *   viene" and Italian "venerdì prossimo" mean the coming Friday, as they usually do.
 * - "next week" / "la semana que viene" / "la settimana prossima" → Friday of the following week,
 *   and "this week" / "end of the week" → Friday of the meeting's week; both marked inexact.
 * - "end of the month" / "a fin de mes" / "fine mese" → the last day of the meeting's month.
 * - "in two weeks" / "en dos semanas" / "tra due settimane" → 14 days after the meeting.
 * - Numeric dates are day-first (27/11, 27-11-2026, 27.11.) unless the first number cannot be a
 *   month day; a date without a year is the next one on or after the meeting (within a week back).
 * - Anything else goes to chrono-node with the meeting date as reference and forwardDate.
 */

export interface DateMatch {
  /** The resolved calendar date. */
  readonly date: IsoDate;
  /** Where the expression is in the text, and its words as written. */
  readonly index: number;
  readonly text: string;
  /** True for "next week", "end of the week" and similar: a date chosen for a span. */
  readonly inexact: boolean;
  /** A time of day when one was given ("10:00", "3 pm"), as HH:MM. */
  readonly time?: string;
}

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  couple: 2,
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
};
const NUM = `(\\d{1,2}|${Object.keys(NUMBERS).join('|')})`;

export { WEEKDAY_NAMES };
const EN_SHORT = ['sun', 'mon', 'tues?', 'wed', 'thu(?:rs?)?', 'fri', 'sat'];

const lastOfMonth = (ref: IsoDate): IsoDate => {
  const [y, m] = ref.split('-').map(Number);
  return `${ref.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
};
/** Friday of the week (Monday–Sunday) holding `ref`, shifted by `weeks`. */
const fridayOf = (ref: IsoDate, weeks = 0): IsoDate => {
  const wd = (weekday(ref) + 6) % 7; // Monday = 0
  return addDays(ref, 4 - wd + 7 * weeks);
};
/** Next occurrence of weekday `target` (0 = Sunday) strictly after `ref`. */
const nextWeekday = (ref: IsoDate, target: number): IsoDate => addDays(ref, ((target - weekday(ref) + 6) % 7) + 1);
/** The weekday `target` in the week after `ref`'s week. */
const weekdayNextWeek = (ref: IsoDate, target: number): IsoDate => addDays(ref, 7 - ((weekday(ref) + 6) % 7) + ((target + 6) % 7));
/** The weekday `target` in `ref`'s own week when still ahead, else its next occurrence. */
const weekdayThisWeek = (ref: IsoDate, target: number): IsoDate => {
  const d = addDays(ref, ((target + 6) % 7) - ((weekday(ref) + 6) % 7));
  return d > ref ? d : nextWeekday(ref, target);
};
const num = (s: string): number => NUMBERS[s] ?? Number(s);

type Rule = {
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: IsoDate) => { date: IsoDate; inexact?: boolean } | undefined;
  /** The pattern cannot match without a digit: skipped on text that has none. */
  digits?: boolean;
};

/** Weekday rules, one regex per form: the specific ones ("next Friday", "viernes de la semana que viene") first. */
function weekdayRules(lang: Lang, specific: boolean): Rule[] {
  const names = WEEKDAY_NAMES[lang];
  const alt = lang === 'en' ? names.map((n, i) => `${n}|${EN_SHORT[i]}\\.?`).join('|') : names.join('|');
  const index = (word: string): number => {
    const w = word.replace(/\.$/, '');
    const i = names.indexOf(w);
    if (i >= 0) return i;
    return EN_SHORT.findIndex((p) => new RegExp(`^${p}$`).test(w));
  };
  if (specific) {
    if (lang === 'en') {
      return [
        { re: new RegExp(`\\bnext (${alt})(?![a-z])`, 'g'), resolve: (m, ref) => ({ date: weekdayNextWeek(ref, index(m[1])) }) },
        {
          re: new RegExp(`\\b(?:this|this coming|coming) (${alt})(?![a-z])`, 'g'),
          resolve: (m, ref) => ({ date: weekdayThisWeek(ref, index(m[1])) }),
        },
      ];
    }
    const tail = lang === 'es' ? 'de la (?:semana que viene|proxima semana)' : 'della (?:settimana prossima|prossima settimana)';
    return [{ re: new RegExp(`\\b(${alt}) ${tail}\\b`, 'g'), resolve: (m, ref) => ({ date: weekdayNextWeek(ref, index(m[1])) }) }];
  }
  const bare = lang === 'en' ? `\\b(${alt})(?![a-z])(?! week)` : `\\b(${alt})\\b`;
  return [{ re: new RegExp(bare, 'g'), resolve: (m, ref) => ({ date: nextWeekday(ref, index(m[1])) }) }];
}

const MONTHS: Array<[string, number]> = [];
[
  ['january jan enero ene gennaio gen', 1],
  ['february feb febrero febbraio', 2],
  ['march mar marzo', 3],
  ['april apr abril abr aprile', 4],
  ['may mayo maggio mag', 5],
  ['june jun junio giugno giu', 6],
  ['july jul julio luglio lug', 7],
  ['august aug agosto ago', 8],
  ['september sept sep septiembre setiembre settembre', 9],
  ['october oct octubre ottobre ott', 10],
  ['november nov noviembre novembre', 11],
  ['december dec diciembre dic dicembre', 12],
].forEach(([names, n]) => (names as string).split(' ').forEach((name) => MONTHS.push([name, n as number])));
const MONTH_RE = MONTHS.map(([n]) => n)
  .sort((a, b) => b.length - a.length)
  .join('|');
const monthOf = (name: string): number => MONTHS.find(([n]) => n === name.replace('.', ''))?.[1] ?? 0;
const ANY_WEEKDAY = [
  ...WEEKDAY_NAMES.en,
  ...WEEKDAY_NAMES.es,
  ...WEEKDAY_NAMES.it,
  ...EN_WEEKDAY_ABBREVIATIONS,
  ...ES_IT_WEEKDAY_ABBREVIATIONS.map(([n]) => n),
].join('|');

/** Any language's weekday name or English abbreviation (folded) → its index, Sunday = 0. */
const WEEKDAY_INDEX = new Map<string, number>([
  ...(['en', 'es', 'it'] as const).flatMap((l) => WEEKDAY_NAMES[l].map((n, i) => [n, i] as [string, number])),
  ...(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((n, i) => [n, i] as [string, number]),
  ['tues', 2],
  ['thur', 4],
  ['thurs', 4],
  ...ES_IT_WEEKDAY_ABBREVIATIONS,
]);

const COMMON: Rule[] = [
  {
    // "Thursday 3 December", "3 de diciembre de 2026", "giovedì 10 dicembre", "1° dicembre"
    re: new RegExp(
      `(?:\\b(?:${ANY_WEEKDAY})\\.?,? (?:the )?)?\\b(\\d{1,2})(?:st|nd|rd|th|º|°|o)?(?: of| de)? (${MONTH_RE})\\.?(?:,? (?:de |del )?(\\d{4}))?(?![a-z])`,
      'g',
    ),
    resolve: (m, ref) => withYear(ref, Number(m[1]), monthOf(m[2]), m[3]),
  },
  {
    // "December 3rd", "Dec 3, 2026", "Thursday, June 8th"
    re: new RegExp(`(?:\\b(?:${ANY_WEEKDAY})\\.?,? )?\\b(${MONTH_RE})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,? (\\d{4}))?`, 'g'),
    resolve: (m, ref) => withYear(ref, Number(m[2]), monthOf(m[1]), m[3]),
  },
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => (isIsoDate(`${m[1]}-${m[2]}-${m[3]}`) ? { date: `${m[1]}-${m[2]}-${m[3]}` } : undefined),
  },
  {
    // "26/11", "Thu 26/11", "miércoles 18/11/2026": a weekday written before the date goes with it.
    re: new RegExp(
      `(?:\\b(?:${ANY_WEEKDAY})\\.?,? )?(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?(?![\\d/]|\\.\\d| ?(?:am|pm|a\\.m|p\\.m)\\b)`,
      'g',
    ),
    resolve: (m, ref) => {
      let d = Number(m[1]);
      let mo = Number(m[2]);
      if (m[0] === '24/7') return undefined;
      if (d <= 12 && mo > 12) [d, mo] = [mo, d];
      if (mo < 1 || mo > 12 || d < 1) return undefined;
      return withYear(ref, d, mo, m[3]);
    },
  },
  {
    // "Thursday 22nd", "Monday the 23rd", "jueves 26", "venerdì 13": the day of the month that
    // falls on that weekday, next after the meeting (not the weekday's next occurrence).
    re: new RegExp(
      `\\b(${ANY_WEEKDAY})\\.?,? (?:the |el |il )?(\\d{1,2})(?:st|nd|rd|th|º|°)?(?![\\d:/]|\\.\\d| ?(?:am|pm|a\\.m|p\\.m|h\\b|hs?\\b|hours|horas|ore|%))`,
      'g',
    ),
    resolve: (m, ref) => {
      const date = nextDayOfMonth(ref, Number(m[2]), WEEKDAY_INDEX.get(m[1]));
      return date ? { date } : undefined;
    },
  },
];

const PER_LANG: Record<Lang, Rule[]> = {
  en: [
    { re: /\bday after tomorrow\b/g, resolve: (_m, ref) => ({ date: addDays(ref, 2) }) },
    // "tmrw", "tmr": how notes to self write it.
    { re: /\b(?:tomorrow|tmrw|tmr|tmw)\b/g, resolve: (_m, ref) => ({ date: addDays(ref, 1) }) },
    {
      re: /\b(?:today|tonight|end of (?:the )?day|eod|cob|close of business)\b(?! (?:on )?(?:mon|tue|wed|thu|fri|sat|sun))/g,
      resolve: (_m, ref) => ({ date: ref }),
    },
    { re: /\b(?:end of (?:the )?month|eom|month[- ]end)\b/g, resolve: (_m, ref) => ({ date: lastOfMonth(ref), inexact: false }) },
    { re: /\b(?:end of (?:the |this )?week|eow|this week)\b/g, resolve: (_m, ref) => ({ date: fridayOf(ref), inexact: true }) },
    { re: /\b(?:next week|end of next week)\b/g, resolve: (_m, ref) => ({ date: fridayOf(ref, 1), inexact: true }) },
    {
      re: new RegExp(`\\b(?:in|within) (?:the next )?${NUM} (?:more )?(days?|weeks?)\\b`, 'g'),
      resolve: (m, ref) => ({ date: addDays(ref, num(m[1]) * (m[2].startsWith('week') ? 7 : 1)) }),
    },
    {
      re: /\bin a (?:couple of )?(?:week|fortnight)\b/g,
      resolve: (m, ref) => ({ date: addDays(ref, m[0].includes('couple') ? 14 : m[0].includes('fortnight') ? 14 : 7) }),
    },
  ],
  es: [
    { re: /\bpasado manana\b/g, resolve: (_m, ref) => ({ date: addDays(ref, 2) }) },
    // "mañana" is also "morning": "por/de/esta/la mañana" is not tomorrow.
    { re: /(?<!\b(?:por|de|esta|la|cada|toda|media) )\bmanana\b/g, resolve: (_m, ref) => ({ date: addDays(ref, 1) }) },
    { re: /\b(?:hoy|esta noche|esta tarde|antes de que acabe el dia)\b/g, resolve: (_m, ref) => ({ date: ref }) },
    { re: /\b(?:a |para )?(?:fin|final|finales) de(?:l)? mes\b/g, resolve: (_m, ref) => ({ date: lastOfMonth(ref) }) },
    {
      re: /\b(?:la semana que viene|la proxima semana|la semana proxima)\b/g,
      resolve: (_m, ref) => ({ date: fridayOf(ref, 1), inexact: true }),
    },
    {
      re: /\b(?:esta semana|a finales de (?:la |esta )?semana|antes del fin de semana)\b/g,
      resolve: (_m, ref) => ({ date: fridayOf(ref), inexact: true }),
    },
    {
      re: new RegExp(`\\b(?:en|dentro de) ${NUM} (dias?|semanas?)\\b`, 'g'),
      resolve: (m, ref) => ({ date: addDays(ref, num(m[1]) * (m[2].startsWith('semana') ? 7 : 1)) }),
    },
    { re: /\b(?:en|dentro de) (?:una|1) quincena\b/g, resolve: (_m, ref) => ({ date: addDays(ref, 14) }) },
  ],
  it: [
    { re: /\bdopodomani\b/g, resolve: (_m, ref) => ({ date: addDays(ref, 2) }) },
    { re: /\bdomani\b/g, resolve: (_m, ref) => ({ date: addDays(ref, 1) }) },
    { re: /\b(?:oggi|stasera|stanotte|in giornata|entro sera|fine giornata)\b/g, resolve: (_m, ref) => ({ date: ref }) },
    { re: /\b(?:a |entro |per )?fine (?:del |di questo )?mese\b/g, resolve: (_m, ref) => ({ date: lastOfMonth(ref) }) },
    {
      re: /\b(?:la settimana prossima|la prossima settimana|settimana prossima)\b/g,
      resolve: (_m, ref) => ({ date: fridayOf(ref, 1), inexact: true }),
    },
    {
      re: /\b(?:questa settimana|entro (?:la )?fine (?:della )?settimana|entro fine settimana)\b/g,
      resolve: (_m, ref) => ({ date: fridayOf(ref), inexact: true }),
    },
    {
      re: new RegExp(`\\b(?:tra|fra|entro|in) ${NUM} (giorni|giorno|settimane|settimana)\\b`, 'g'),
      resolve: (m, ref) => ({ date: addDays(ref, num(m[1]) * (m[2].startsWith('settiman') ? 7 : 1)) }),
    },
    { re: /\b(?:tra|fra) (?:una )?quindicina di giorni\b/g, resolve: (_m, ref) => ({ date: addDays(ref, 14) }) },
  ],
};

function withYear(ref: IsoDate, d: number, mo: number, yearText?: string): { date: IsoDate } | undefined {
  let y: number;
  if (yearText) y = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  else {
    y = Number(ref.slice(0, 4));
    const candidate = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isIsoDate(candidate) && candidate < addDays(ref, -7)) y++;
  }
  const date = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(date) ? { date } : undefined;
}

// Every common rule needs a day number (`\d{1,2}`) or digits: most due phrases ("by Friday",
// "next week") have none, and these patterns are the costliest to try at every position.
for (const rule of COMMON) rule.digits = true;

const RULES: Record<Lang, Rule[]> = {
  en: [...COMMON, ...weekdayRules('en', true), ...PER_LANG.en, ...weekdayRules('en', false)],
  es: [...COMMON, ...weekdayRules('es', true), ...PER_LANG.es, ...weekdayRules('es', false)],
  it: [...COMMON, ...weekdayRules('it', true), ...PER_LANG.it, ...weekdayRules('it', false)],
};

/** Spans that are never dates, so chrono may not read them as one ("por la mañana" is "in the morning"). */
const NOT_DATES: Record<Lang, RegExp> = {
  en: /24 ?\/ ?7|\b(?:the )?next (?:meeting|call|sprint|session)\b|\b\d{1,3}[ -]?(?:seconds?|secs?|minutes?|mins?)\b/g,
  es: /24 ?\/ ?7|\b(?:por|de|esta|la|cada|toda|media) manana\b|\bla proxima (?:reunion|llamada)\b|\b\d{1,3} ?(?:segundos?|minutos?)\b/g,
  it: /24 ?\/ ?7|\bh24\b|\b(?:la )?prossima (?:riunione|call|chiamata)\b|\b\d{1,3} ?(?:secondi|minuti)\b/g,
};

const CHRONO = { en: chronoEn.casual, es: chronoEs.casual, it: chronoIt.casual };
const CHRONO_HINT = new RegExp(
  `\\d|\\b(?:${MONTH_RE}|${ANY_WEEKDAY}|week|month|year|noon|midnight|semana|mes|ano|mediodia|settimana|mese|anno|mezzogiorno)`,
);

const TIME_RE =
  /\b(?:(?:at|a las|alle|ore|@) ?(\d{1,2})(?::(\d{2}))?(?: ?(am|pm|a\.m\.|p\.m\.|h\b))?(?![\d/]|\.\d)|(\d{1,2})(?::(\d{2})| ?(am|pm|a\.m\.|p\.m\.|h\b)))/;

/** Words and shapes every date expression contains: a line without any has no date. */
const ANY_DATE_HINT: Record<Lang, RegExp> = {
  en: /\d|day|tomorrow|tmr|tmw|tonight|eod|eow|eom|cob|week|month|fortnight|noon|midnight|business|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/,
  es: /\d|manana|hoy|noche|tarde|semana|mes\b|quincena|dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo|ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic/,
  it: /\d|domani|oggi|sera|notte|giornata|settiman|mese|quindicina|giorn|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic/,
};

/** Every date expression in `text`, resolved against `ref`, in reading order. */
export function findDates(text: string, ref: IsoDate, lang: Lang): DateMatch[] {
  const folded = foldText(text);
  if (!ANY_DATE_HINT[lang].test(folded)) return [];
  // Characters already claimed by a date, and by text that is not a date, as sets of positions: the
  // overlap test costs the match's length (a list of ranges made it quadratic in the dates), and
  // memory follows what was claimed, not the text's length (the reader calls this per line).
  const taken = new Set<number>();
  const blocked = new Set<number>();
  const out: DateMatch[] = [];
  const overlaps = (map: Set<number>, s: number, e: number) => {
    if (!map.size) return false;
    for (let i = s; i < e; i++) if (map.has(i)) return true;
    return false;
  };
  const free = (s: number, e: number) => !overlaps(taken, s, e);
  const claim = (map: Set<number>, s: number, e: number) => {
    for (let i = s; i < e; i++) map.add(i);
  };
  const take = (s: number, e: number) => claim(taken, s, e);
  NOT_DATES[lang].lastIndex = 0;
  for (let m = NOT_DATES[lang].exec(folded); m; m = NOT_DATES[lang].exec(folded)) {
    claim(blocked, m.index, m.index + m[0].length);
    if (m[0].length === 0) NOT_DATES[lang].lastIndex++;
  }
  const digits = /\d/.test(folded);
  for (const rule of RULES[lang]) {
    if (rule.digits && !digits) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      const r = rule.resolve(m, ref);
      if (!r) continue;
      take(s, e);
      out.push({ date: r.date, index: s, text: text.slice(s, e), inexact: r.inexact ?? false });
    }
  }
  // chrono-node is the slow path: only for text the rules above found no date in and that has a
  // date-like word or a digit in it.
  const refDate = out.length === 0 && CHRONO_HINT.test(folded) ? parseIsoDate(ref) : undefined;
  if (refDate) {
    for (const r of CHRONO[lang].parse(text, refDate, { forwardDate: true })) {
      const s = r.index;
      const e = s + r.text.length;
      if (!free(s, e) || overlaps(blocked, s, e)) continue;
      if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !r.start.isCertain('month')) continue;
      // Plain times ("at 10:00") and lone numbers are not dates.
      if (!/[a-z]/i.test(r.text) && !/\d[/.-]\d/.test(r.text)) continue;
      take(s, e);
      out.push({ date: formatLocalDate(r.start.date()), index: s, text: r.text, inexact: false });
    }
  }
  out.sort((a, b) => a.index - b.index);
  return out.map((d) => {
    const tail = text.slice(d.index, d.index + d.text.length + 16);
    const m = TIME_RE.exec(tail);
    if (!m) return d;
    const [hour, minute, suffix] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    let h = Number(hour);
    if (suffix?.startsWith('p') && h < 12) h += 12;
    if (suffix?.startsWith('a') && h === 12) h = 0;
    if (h > 23) return d;
    return { ...d, time: `${String(h).padStart(2, '0')}:${minute ?? '00'}` };
  });
}

/** The first date in `text`, or undefined. */
export function resolveDate(text: string, ref: IsoDate, lang: Lang): DateMatch | undefined {
  return findDates(text, ref, lang)[0];
}

const VAGUE: Record<Lang, RegExp> = {
  en: /\b(?:asap|a\.s\.a\.p\.?|soon|shortly|as soon as possible|when possible|tbd|tbc|later|at some point|eventually|in a few days|in the coming days)\b/i,
  es: /\b(?:pronto|lo antes posible|cuanto antes|en breve|proximamente|a la mayor brevedad|por definir|pendiente de fecha|mas adelante|en unos dias)\b/i,
  it: /\b(?:presto|a breve|il prima possibile|prima possibile|quanto prima|al piu presto|prossimamente|da definire|piu avanti|appena possibile|tra qualche giorno)\b/i,
};

/** True when a due date is a vague promise ("soon", "ASAP", "pronto", "a breve"). */
export function isVagueDue(text: string, lang: Lang): boolean {
  const f = foldText(text);
  return VAGUE[lang].test(f) || VAGUE.en.test(f);
}
