import { isIsoDate, type IsoDate } from '../dates/calendar';

/** One line of a client's contact log. */
export interface ContactEntry {
  readonly date: IsoDate;
  /** HH:MM when written. */
  readonly time?: string;
  /** "+01:00" when the line carries its own offset; otherwise the user's time zone applies. */
  readonly offset?: string;
  readonly channel: string;
  readonly direction: 'in' | 'out';
  readonly summary: string;
  readonly line: number;
}

const DIRECTIONS: Record<string, 'in' | 'out'> = {
  in: 'in',
  out: 'out',
  inbound: 'in',
  outbound: 'out',
  '←': 'in',
  '→': 'out',
  entrada: 'in',
  salida: 'out',
  recibido: 'in',
  enviado: 'out',
  entrante: 'in',
  saliente: 'out',
  entrata: 'in',
  uscita: 'out',
  ricevuto: 'in',
  inviato: 'out',
  ricevuta: 'in',
  inviata: 'out',
};

const LINE =
  /^\s*[-*+]\s+(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2})(Z|[+-]\d{2}:?\d{2})?)?\s+([\p{L}\p{N}_.-]+)\s+([\p{L}←→]+)\s*:\s*(.*)$/u;

/**
 * Reads a contact log: `- 2026-11-21 23:10 whatsapp in: asked for two more revisions`. Lines that
 * are not log entries (headings, prose) are skipped.
 */
export function parseContactLog(text: string): ContactEntry[] {
  const out: ContactEntry[] = [];
  text.split('\n').forEach((raw, line) => {
    const m = LINE.exec(raw);
    if (!m || !isIsoDate(m[1])) return;
    const direction = DIRECTIONS[m[5].toLowerCase()];
    if (!direction) return;
    const time = m[2] ? m[2].padStart(5, '0') : undefined;
    const offset = m[3] === 'Z' ? '+00:00' : m[3] ? `${m[3].slice(0, 3)}:${m[3].slice(-2)}` : undefined;
    out.push({ date: m[1], time, offset, channel: m[4].toLowerCase(), direction, summary: m[6].trim(), line });
  });
  return out;
}

/** The log line Composure appends for "Log a Contact". */
export function formatLogLine(e: { date: IsoDate; time?: string; channel: string; direction: 'in' | 'out'; summary: string }): string {
  const channel = e.channel.trim().toLowerCase().replace(/\s+/g, '-') || 'note';
  return `- ${e.date}${e.time ? ` ${e.time}` : ''} ${channel} ${e.direction}: ${e.summary.replace(/\s*\n\s*/g, ' ').trim()}`;
}
