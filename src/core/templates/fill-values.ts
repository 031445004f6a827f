import { parseHours, type HoursRange } from '../clients/hours';
import type { Lang } from '../lang';
import { foldText } from '../text/fold';

/** How each language writes days and times in an email (data: a new language is a new entry). */
interface HoursWords {
  readonly days: readonly string[];
  /** A run of days: "Monday to Friday", "de lunes a viernes", "dal lunedì al venerdì". */
  readonly run: (from: number, to: number, days: readonly string[]) => string;
  /** One day on its own: "Saturday", "los sábados", "il sabato". */
  readonly single: (day: number, days: readonly string[]) => string;
  readonly and: string;
  /** Times: "10:00–14:30", "de 10:00 a 14:30", "dalle 10 alle 14:30". */
  readonly span: (start: string, end: string, startHour: number, endHour: number) => string;
  /** Whole hours written without minutes ("18" rather than "18:00"). */
  readonly bareHours: boolean;
}

const WORDS: Record<Lang, HoursWords> = {
  en: {
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    run: (a, b, d) => `${d[a]} to ${d[b]}`,
    single: (a, d) => d[a],
    and: 'and',
    span: (s, e) => `${s}–${e}`,
    bareHours: false,
  },
  es: {
    days: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    run: (a, b, d) => `de ${d[a]} a ${d[b]}`,
    single: (a, d) => `los ${d[a]}${d[a].endsWith('s') ? '' : 's'}`,
    and: 'y',
    span: (s, e) => `de ${s} a ${e}`,
    bareHours: false,
  },
  it: {
    days: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
    run: (a, b, d) => `${a === 0 ? 'dalla' : 'dal'} ${d[a]} ${b === 0 ? 'alla' : 'al'} ${d[b]}`,
    single: (a, d) => `${a === 0 ? 'la' : 'il'} ${d[a]}`,
    and: 'e',
    span: (s, e, sh, eh) => `${sh === 1 ? "dall'" : 'dalle '}${s} ${eh === 1 ? "all'" : 'alle '}${e}`,
    bareHours: true,
  },
};

/** Week order for runs: Monday first, Sunday last. */
const ORDER = [1, 2, 3, 4, 5, 6, 0];

function time(min: number, bare: boolean): string {
  const h = Math.floor(min / 60);
  const m = min % 60;
  return bare && m === 0 ? String(h) : `${h}:${String(m).padStart(2, '0')}`;
}

function dayText(range: HoursRange, w: HoursWords): string {
  const runs: number[][] = [];
  for (const d of ORDER) {
    if (!range.days.has(d)) continue;
    const last = runs[runs.length - 1];
    if (last && ORDER.indexOf(last[last.length - 1]) === ORDER.indexOf(d) - 1) last.push(d);
    else runs.push([d]);
  }
  const parts = runs.flatMap((r) => (r.length >= 3 ? [w.run(r[0], r[r.length - 1], w.days)] : r.map((d) => w.single(d, w.days))));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${w.and} ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/**
 * Working hours ("Tue-Thu 10:00-14:30", "mar-jue 10-14:30") written out in an email's language:
 * "Tuesday to Thursday, 10:00–14:30", "de martes a jueves, de 10:00 a 14:30", "dal martedì al
 * giovedì, dalle 10 alle 14:30". Text that does not read as hours comes back as written.
 */
export function hoursInWords(hours: string, lang: Lang): string {
  const ranges = parseHours(hours);
  if (!ranges?.length) return hours;
  const w = WORDS[lang];
  return ranges
    .map(
      (r) =>
        `${dayText(r, w)}, ${w.span(time(r.start, w.bareHours), time(r.end, w.bareHours), Math.floor(r.start / 60), Math.floor(r.end / 60))}`,
    )
    .join('; ');
}

/** Words that make an amount a rate (per hour, per day…), folded; a bare amount is a budget, not a rate. */
const RATE_UNITS = [
  '/h',
  '/hr',
  '/hour',
  '/hora',
  '/d',
  '/day',
  '/dia',
  '/giorno',
  '/ora',
  '/jornada',
  '/giornata',
  'per hour',
  'an hour',
  'hourly',
  'per day',
  'a day',
  'daily',
  'day rate',
  'por hora',
  'la hora',
  'a la hora',
  'por dia',
  'al dia',
  'por jornada',
  'la jornada',
  "all'ora",
  "l'ora",
  'oraria',
  'orario',
  'al giorno',
  'a giornata',
  'giornaliera',
  'giornaliero',
  'per ora',
  'al di',
];

/** Whether a client's `rate` is a price per unit of time (fits "billed at {{rate}}"). */
export function isTimeRate(rate: string | undefined): boolean {
  if (!rate) return false;
  const r = foldText(rate).replace(/\s*\/\s*/g, '/');
  return RATE_UNITS.some((u) => {
    const i = r.indexOf(u);
    return i >= 0 && !/[\p{L}]/u.test(r[i + u.length] ?? '');
  });
}
