import { formatLocalDate } from './calendar';

/** A JS Date as local `YYYY-MM-DDTHH:MM` (callers pass the Date; the core never reads the clock). */
export function localDateTime(d: Date): string {
  return `${formatLocalDate(d)}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Adds minutes to a local `YYYY-MM-DDTHH:MM`. */
export function addMinutes(localIso: string, minutes: number): string {
  const [date, time] = localIso.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return localDateTime(new Date(y, m - 1, d, hh, mm + minutes));
}
