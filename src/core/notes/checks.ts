import { addDays, daysInMonth, weekday, type IsoDate } from '../dates/calendar';
import type { MeetingNote } from './parse';

/** A problem in a meeting note, with fixes the editor can offer. */
export interface NoteCheck {
  readonly code: 'no-owner' | 'no-due' | 'vague-due' | 'unresolved-date' | 'no-date' | 'too-large';
  /** 0-based line (the editor's), unlike the parse result's 1-based lines. */
  readonly line: number;
  readonly message: string;
  /** Suggested due dates (for no-due / vague-due / unresolved-date). */
  readonly dates: IsoDate[];
  /** Suggested owners (for no-owner): the attendees. */
  readonly owners: string[];
  /** For vague or unresolved dues: the words to replace. */
  readonly dueText?: string;
}

/** Suggested dates after a meeting: in two days, the coming Friday, a week later, the end of the month. */
export function suggestDates(meeting: IsoDate): IsoDate[] {
  const friday = addDays(meeting, (5 - weekday(meeting) + 7) % 7 || 7);
  const week = addDays(meeting, 7);
  const [y, m] = meeting.split('-').map(Number);
  const end = `${meeting.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
  return [...new Set([addDays(meeting, 2), friday, week, end])].sort();
}

/** Checks a parsed note for action items that would make a vague follow-up. */
export function checkNote(note: MeetingNote): NoteCheck[] {
  const dates = note.date ? suggestDates(note.date) : [];
  const owners = note.attendees.map((a) => a.replace(/\s*\(.*\)\s*$/, '').trim()).filter(Boolean);
  const out: NoteCheck[] = [];
  for (const w of note.warnings) {
    if (w.code === 'bad-front-matter') continue;
    const action = note.actions.find((a) => a.line === w.line);
    const line = Math.max(0, w.line - 1);
    out.push({
      code: w.code,
      line,
      message: w.message,
      dates: w.code === 'no-owner' ? [] : dates,
      owners: w.code === 'no-owner' ? owners : [],
      dueText: w.code === 'vague-due' || w.code === 'unresolved-date' ? (action?.dueText ?? undefined) : undefined,
    });
  }
  return out;
}
