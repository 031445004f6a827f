import { parseHours } from '../../clients/hours';
import { addWorkingDays, isIsoDate, weekday, type IsoDate } from '../../dates/calendar';
import type { Lang } from '../../lang';

/** Facts a rewrite may need and the draft lacks, known from the workspace. */
export interface RewriteFacts {
  /** Today, `YYYY-MM-DD` (the core never reads the clock). A date slot is two working days later. */
  readonly today?: IsoDate;
  /** The user's working hours, as in the `workingHours` setting ("Mon-Fri 09:00-18:00"). */
  readonly workingHours?: string;
  /** The client's rate, as written in the profile ("60 €/h"). */
  readonly rate?: string;
}

/** Marks a slot inside a built text; removed (and recorded) when the suggestion is made. */
export const SLOT_OPEN = '\u0001';
export const SLOT_CLOSE = '\u0002';
export const slot = (value: string): string => `${SLOT_OPEN}${value}${SLOT_CLOSE}`;

const DAY_NAMES: Record<Lang, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  it: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
};

const MONTH_NAMES: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
};

/** Values written out, by their facts and language: every finding with a slot asks for the same one. */
const written = new Map<string, string | undefined>();

function remembered(key: string, make: () => string | undefined): string | undefined {
  if (written.has(key)) return written.get(key);
  const value = make();
  if (written.size > 100) written.clear();
  written.set(key, value);
  return value;
}

/**
 * Two working days from today, written out in the draft's language ("Thursday 3 December",
 * "jueves 3 de diciembre", "giovedì 3 dicembre": what date-fns' "EEEE d MMMM" gives, tested
 * against it, without loading it on the linter's path).
 */
export function dateValue(facts: RewriteFacts, lang: Lang): string | undefined {
  const today = facts.today;
  if (!today) return undefined;
  return remembered(`d|${today}|${lang}`, () => {
    const day = addWorkingDays(today, 2);
    if (!isIsoDate(day)) return undefined;
    const [, month, date] = day.split('-').map(Number);
    const name = DAY_NAMES[lang][weekday(day)];
    return lang === 'es' ? `${name} ${date} de ${MONTH_NAMES.es[month - 1]}` : `${name} ${date} ${MONTH_NAMES[lang][month - 1]}`;
  });
}

const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

/** The working hours written out ("Monday to Friday, 9:00–18:00"); the setting as written when it does not parse. */
export function hoursValue(facts: RewriteFacts, lang: Lang): string | undefined {
  const raw = facts.workingHours?.trim();
  if (!raw) return undefined;
  return remembered(`h|${raw}|${lang}`, () => writeHours(raw, lang));
}

function writeHours(raw: string, lang: Lang): string {
  const ranges = parseHours(raw);
  if (!ranges) return raw;
  const names = DAY_NAMES[lang];
  return ranges
    .map((r) => {
      const days = [...r.days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
      const contiguous = days.every((d, i) => i === 0 || (days[i - 1] + 1) % 7 === d);
      const first = names[days[0]];
      const last = names[days[days.length - 1]];
      let dayText: string;
      if (days.length === 1) dayText = lang === 'en' ? `${first}s` : lang === 'es' ? `los ${first}` : `il ${first}`;
      else if (contiguous)
        dayText = lang === 'en' ? `${first} to ${last}` : lang === 'es' ? `de ${first} a ${last}` : `dal ${first} al ${last}`;
      else dayText = days.map((d) => names[d]).join(', ');
      const time = lang === 'es' ? `de ${clock(r.start)} a ${clock(r.end)}` : `${clock(r.start)}–${clock(r.end)}`;
      return `${dayText}, ${time}`;
    })
    .join('; ');
}
