import type { Lang } from '../lang';
import type { IsoDate } from './calendar';

/** The locale each UI language formats dates in ("Fri 27 Nov", "vie, 27 nov", "ven 27 nov"). */
const LOCALE: Record<Lang, string> = { en: 'en-GB', es: 'es-ES', it: 'it-IT' };
const formats = new Map<string, Intl.DateTimeFormat>();

/** A short day with its weekday, in the language given: "Fri 27 Nov"; the year only when not `refYear`. */
export function shortDay(date: IsoDate, lang: Lang, refYear?: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const year = Number(m[1]);
  const withYear = refYear !== undefined && year !== refYear;
  const key = `${lang}:${withYear}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: withYear ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
    formats.set(key, f);
  }
  return f.format(Date.UTC(year, Number(m[2]) - 1, Number(m[3])));
}
