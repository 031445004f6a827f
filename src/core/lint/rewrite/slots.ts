import { format } from 'date-fns';
import { enGB, es as esLocale, it as itLocale } from 'date-fns/locale';
import { parseHours } from '../../clients/hours';
import { addWorkingDays, parseIsoDate, type IsoDate } from '../../dates/calendar';
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

const LOCALES = { en: enGB, es: esLocale, it: itLocale };

/** Two working days from today, written out in the draft's language ("Thursday 3 December"). */
export function dateValue(facts: RewriteFacts, lang: Lang): string | undefined {
  if (!facts.today) return undefined;
  const d = parseIsoDate(addWorkingDays(facts.today, 2));
  if (!d) return undefined;
  return format(d, lang === 'es' ? "EEEE d 'de' MMMM" : 'EEEE d MMMM', { locale: LOCALES[lang] });
}

const DAY_NAMES: Record<Lang, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  it: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
};

const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

/** The working hours written out ("Monday to Friday, 9:00–18:00"); the setting as written when it does not parse. */
export function hoursValue(facts: RewriteFacts, lang: Lang): string | undefined {
  const raw = facts.workingHours?.trim();
  if (!raw) return undefined;
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
