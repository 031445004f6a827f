import type { Lang } from '../lang';

/** Weekday names, folded, Sunday first (as `Date.getDay`). */
export const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  es: ['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'],
  it: ['domenica', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato'],
};

/** English weekday abbreviations as written in mail ("Thurs."), folded, without the dot. */
export const EN_WEEKDAY_ABBREVIATIONS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
