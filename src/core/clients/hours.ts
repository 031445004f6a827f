/**
 * Working hours like "Mon-Fri 09:00-18:00", "lun-vie 10:00-19:00", "lun-ven 9:30-18",
 * "Mon,Wed 9-13; Tue,Thu 14-18", and whether a local time falls inside them. Time zones are
 * handled with Intl (no library): a wall-clock time in one zone is converted to another.
 */

export interface HoursRange {
  /** Days 0 (Sunday) … 6. */
  readonly days: ReadonlySet<number>;
  /** Minutes from midnight. */
  readonly start: number;
  readonly end: number;
}

const DAY_NAMES: Array<[RegExp, number]> = [
  [/^(?:sun|sunday|dom|domingo|domenica)$/, 0],
  [/^(?:mon|monday|lun|lunes|lunedi|lunedì)$/, 1],
  [/^(?:tue|tues|tuesday|mar|martes|martedi|martedì)$/, 2],
  [/^(?:wed|wednesday|mie|mié|miercoles|miércoles|mer|mercoledi|mercoledì)$/, 3],
  [/^(?:thu|thur|thurs|thursday|jue|jueves|gio|giovedi|giovedì)$/, 4],
  [/^(?:fri|friday|vie|viernes|ven|venerdi|venerdì)$/, 5],
  [/^(?:sat|saturday|sab|sáb|sabado|sábado|sabato)$/, 6],
];

const dayOf = (s: string): number | undefined => DAY_NAMES.find(([re]) => re.test(s.toLowerCase().replace(/\.$/, '')))?.[1];

const minutes = (s: string): number | undefined => {
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?$/.exec(s.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  return h <= 24 && min < 60 ? h * 60 + min : undefined;
};

/** Parses working hours; undefined when the text cannot be read. */
export function parseHours(text: string | undefined): HoursRange[] | undefined {
  if (!text?.trim()) return undefined;
  const out: HoursRange[] = [];
  for (const raw of text.split(/[;|]/)) {
    // Whitespace runs are collapsed first: the pattern then never backtracks over a long run.
    const part = raw.replace(/\s+/g, ' ').trim();
    const m = /^([\p{L}.,\s-]+?) (\d{1,2}(?:[:.h]\d{2})?) ?[-–—] ?(\d{1,2}(?:[:.h]\d{2})?)$/u.exec(part);
    if (!m) return undefined;
    const days = new Set<number>();
    for (const piece of m[1].split(/\s*,\s*/)) {
      const range = piece.split(/\s*[-–]\s*/);
      const a = dayOf(range[0]);
      const b = range.length > 1 ? dayOf(range[1]) : a;
      if (a === undefined || b === undefined) return undefined;
      for (let d = a; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === b) break;
      }
    }
    const start = minutes(m[2]);
    const end = minutes(m[3]);
    if (start === undefined || end === undefined || end <= start) return undefined;
    out.push({ days, start, end });
  }
  return out;
}

/** True when a wall-clock moment (weekday, minutes) is inside the hours. */
export function withinHours(hours: readonly HoursRange[], weekday: number, minute: number): boolean {
  return hours.some((h) => h.days.has(weekday) && minute >= h.start && minute < h.end);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

type Parts = { y: number; mo: number; d: number; h: number; mi: number; wd: number };
const HOUR = 3_600_000;
/** Per zone, the wall clock at the start of each UTC hour already seen (null: the zone is unknown). */
const partsCache = new Map<string, Map<number, Parts | null>>();
let cachedHours = 0;

/** A zone's wall clock at an instant. Offsets change only on whole UTC hours, so each hour is formatted once. */
function zoneParts(instant: number, zone: string): Parts | undefined {
  const hourStart = Math.floor(instant / HOUR) * HOUR;
  let hours = partsCache.get(zone);
  if (!hours) partsCache.set(zone, (hours = new Map()));
  let base = hours.get(hourStart);
  if (base === undefined) {
    base = formatParts(hourStart, zone) ?? null;
    if (++cachedHours > 50_000) {
      partsCache.clear();
      partsCache.set(zone, (hours = new Map()));
      cachedHours = 1;
    }
    hours.set(hourStart, base);
  }
  if (!base) return undefined;
  const mi = base.mi + Math.floor((instant - hourStart) / 60_000);
  if (mi < 60) return { y: base.y, mo: base.mo, d: base.d, h: base.h, mi, wd: base.wd };
  return formatParts(instant, zone);
}

function formatParts(instant: number, zone: string): Parts | undefined {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        weekday: 'short',
      });
    } catch {
      return undefined;
    }
    formatters.set(zone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(instant))) p[part.type] = part.value;
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday);
  return { y: Number(p.year), mo: Number(p.month), d: Number(p.day), h: Number(p.hour) % 24, mi: Number(p.minute), wd };
}

const knownZones = new Map<string, boolean>();

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string | undefined): boolean {
  if (!zone) return false;
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = zoneParts(0, zone) !== undefined;
    if (knownZones.size > 1_000) knownZones.clear();
    knownZones.set(zone, known);
  }
  return known;
}

/**
 * The UTC instant of a wall-clock date and time in a zone ("2026-11-21 23:10" in Europe/Madrid),
 * or with an explicit offset. Without a zone or offset, the runtime's local time zone is used.
 */
export function toInstant(date: string, time: string, zone?: string, offset?: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  if (offset) {
    const sign = offset.startsWith('-') ? -1 : 1;
    const [oh, om] = offset.slice(1).split(':').map(Number);
    return naive - sign * (oh * 60 + om) * 60_000;
  }
  if (!zone || !isTimeZone(zone)) return new Date(y, mo - 1, d, h, mi).getTime();
  // Two rounds of "what does this instant look like there?" settle DST edges.
  let guess = naive;
  for (let i = 0; i < 2; i++) {
    const p = zoneParts(guess, zone);
    if (!p) break;
    const seen = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi);
    guess += naive - seen;
  }
  return guess;
}

/** Weekday (0 = Sunday) and minutes after midnight of an instant in a zone (or locally). */
export function wallClock(instant: number, zone?: string): { weekday: number; minute: number; date: string } {
  const p = zone ? zoneParts(instant, zone) : undefined;
  if (p) return { weekday: p.wd, minute: p.h * 60 + p.mi, date: `${p.y}-${String(p.mo).padStart(2, '0')}-${String(p.d).padStart(2, '0')}` };
  const d = new Date(instant);
  return {
    weekday: d.getDay(),
    minute: d.getHours() * 60 + d.getMinutes(),
    date: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
  };
}
