import { wallClock } from '../clients/hours';
import { formatLocalDate } from './calendar';

const pad = (n: number) => String(n).padStart(2, '0');

/** A JS Date as local `YYYY-MM-DDTHH:MM` (callers pass the Date; the core never reads the clock). */
export function localDateTime(d: Date): string {
  return `${formatLocalDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * An instant as `YYYY-MM-DDTHH:MM` on the wall clock of an IANA zone (the user's
 * `composure.timezone`); with no zone, or one the runtime does not know, the runtime's own.
 */
export function zonedDateTime(instant: number, zone?: string): string {
  const w = wallClock(instant, zone || undefined);
  return `${w.date}T${pad(Math.floor(w.minute / 60))}:${pad(w.minute % 60)}`;
}

/** Adds minutes to a wall-clock `YYYY-MM-DDTHH:MM` (calendar arithmetic, whatever the runtime's zone). */
export function addMinutes(localIso: string, minutes: number): string {
  const [date, time] = localIso.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d, hh, mm + minutes));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}
