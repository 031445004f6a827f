import type { Lang } from '../lang';

/** Weekday names, folded, Sunday first (as `Date.getDay`). */
export const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  es: ['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'],
  it: ['domenica', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato'],
};

/** English weekday abbreviations as written in mail ("Thurs."), folded, without the dot. */
export const EN_WEEKDAY_ABBREVIATIONS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

/**
 * Spanish and Italian weekday short forms as written in tables and notes to self ("vie 11",
 * "gio 3/12"), folded, with their index (Sunday = 0). Not "mar" (also March) nor "mie" (also
 * Italian "my").
 */
export const ES_IT_WEEKDAY_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ['dom', 0],
  ['lun', 1],
  ['mer', 3],
  ['jue', 4],
  ['gio', 4],
  ['vie', 5],
  ['ven', 5],
  ['sab', 6],
];
