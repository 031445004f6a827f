/**
 * Calendar dates as `YYYY-MM-DD` strings. Dates never go through `new Date('YYYY-MM-DD')`
 * (UTC midnight, the previous day west of UTC): arithmetic is done on local calendar days.
 */

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Formats a JS Date's local calendar day as YYYY-MM-DD. */
export function formatLocalDate(d: Date): IsoDate {
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Parses YYYY-MM-DD into a local-noon Date (noon keeps DST shifts from changing the day). */
export function parseIsoDate(s: IsoDate): Date | undefined {
  if (!isIsoDate(s)) return undefined;
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0, 0);
}

export function daysInMonth(year: number, month1: number): number {
  return new Date(year, month1, 0, 12).getDate();
}

/** Adds whole calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`not a date: ${date}`);
  d.setDate(d.getDate() + days);
  return formatLocalDate(d);
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const da = parseIsoDate(a);
  const db = parseIsoDate(b);
  if (!da || !db) throw new RangeError(`not a date: ${!da ? a : b}`);
  const utcA = Date.UTC(da.getFullYear(), da.getMonth(), da.getDate());
  const utcB = Date.UTC(db.getFullYear(), db.getMonth(), db.getDate());
  return Math.round((utcB - utcA) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`not a date: ${date}`);
  return d.getDay();
}

/** Adds working days (Monday to Friday). */
export function addWorkingDays(date: IsoDate, days: number): IsoDate {
  let cur = date;
  let left = days;
  while (left > 0) {
    cur = addDays(cur, 1);
    const wd = weekday(cur);
    if (wd !== 0 && wd !== 6) left--;
  }
  return cur;
}
