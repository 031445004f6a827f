import { addDays, type IsoDate } from '../dates/calendar';

/** One all-day event of a calendar of agreements. */
export interface CalendarEvent {
  /** Stable across runs for the same agreement (see `stableUid`). */
  readonly uid: string;
  readonly date: IsoDate;
  readonly summary: string;
  readonly description?: string;
}

/**
 * An iCalendar (RFC 5545) file of all-day events: CRLF line ends, lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped. `stamp` is the DTSTAMP date (the
 * core never reads the clock).
 */
export function toIcs(events: readonly CalendarEvent[], stamp: IsoDate): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Composure//Agreements//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const dtstamp = `${compact(stamp)}T000000Z`;
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

const compact = (d: IsoDate) => d.replace(/-/g, '');

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' || c === ';' || c === ',') out += `\\${c}`;
    else if (c === '\r') {
      out += '\\n';
      if (s[i + 1] === '\n') i++;
    } else if (c === '\n') out += '\\n';
    else if (c < ' ' && c !== '\t') continue;
    else out += c;
  }
  return out;
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on lines starting with a space. */
export function fold(line: string): string {
  const enc = new TextEncoder();
  const parts: string[] = [];
  let cur = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (octets + n > limit) {
      parts.push(cur);
      cur = '';
      octets = 0;
      limit = 74; // the continuation's leading space counts
    }
    cur += ch;
    octets += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

/** A UID from the parts that identify an agreement (FNV-1a, 64 bits as two halves). */
export function stableUid(parts: readonly string[], domain = 'composure'): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const s = parts.join('\u0000');
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}@${domain}`;
}
