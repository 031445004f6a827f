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

/** Days since 1970-01-01 of a civil date (proleptic Gregorian), without Date objects. */
function toDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar's edges: arithmetic past them stops there instead of writing a five-digit year. */
const FIRST_DAY = toDays(0, 1, 1);
const LAST_DAY = toDays(9999, 12, 31);

function fromDays(days: number): IsoDate {
  const z = Math.min(LAST_DAY, Math.max(FIRST_DAY, days));
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysOf(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return toDays(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Parses YYYY-MM-DD into a local-noon Date (noon keeps DST shifts from changing the day). */
export function parseIsoDate(s: IsoDate): Date | undefined {
  if (!isIsoDate(s)) return undefined;
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0, 0);
}

export function daysInMonth(year: number, month1: number): number {
  if (month1 === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month1) ? 30 : 31;
}

/** Adds whole calendar days (dates stay within 0000-01-01 … 9999-12-31). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDays(daysOf(date) + days);
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return daysOf(b) - daysOf(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((daysOf(date) + 4) % 7) + 7) % 7;
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

/**
 * The next day `dom` of a month strictly after `ref` ("the 9th", "el 15", "il 12"); with a
 * weekday (0 = Sunday) written beside it ("Thursday 22nd", "jueves 26"), the next such day that
 * falls on it, within a year, else the next day `dom`.
 */
export function nextDayOfMonth(ref: IsoDate, dom: number, day?: number): IsoDate | null {
  if (dom < 1 || dom > 31) return null;
  let [y, m] = ref.split('-').map(Number);
  let first: IsoDate | null = null;
  for (let i = 0; i < 14; i++) {
    const d = `${y}-${String(m).padStart(2, '0')}-${String(dom).padStart(2, '0')}`;
    if (isIsoDate(d) && d > ref) {
      first ??= d;
      if (day === undefined || weekday(d) === day) return d;
    }
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return first;
}
