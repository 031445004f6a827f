import type { MeetingNote, WhyCode } from '../../core/notes';

/** What the reader made of one line of a meeting note, in editor terms (0-based line). */
export interface ReadLine {
  readonly kind: 'action' | 'decision' | 'question' | 'next';
  /** 0-based line in the document. */
  readonly line: number;
  readonly owner: string | null;
  readonly due: string | null;
  readonly dueText: string | null;
  readonly done: boolean;
  readonly time: string | null;
  /** Why the reader read the line so. */
  readonly why: WhyCode;
}

/** The reader's 1-based `line` → the editor's 0-based line. */
const editorLine = (line: number): number => line - 1;

/** Every line the reader read as an item, in line order; one entry per line (the first item wins). */
export function readLinesOf(note: MeetingNote): ReadLine[] {
  const out: ReadLine[] = [];
  const base = { owner: null, due: null, dueText: null, done: false, time: null };
  for (const a of note.actions) {
    out.push({
      kind: 'action',
      line: editorLine(a.line),
      owner: a.owner,
      due: a.due,
      dueText: a.dueText,
      done: a.done,
      time: null,
      why: a.why,
    });
  }
  for (const d of note.decisions) out.push({ ...base, kind: 'decision', line: editorLine(d.line), why: d.why });
  for (const q of note.openQuestions) out.push({ ...base, kind: 'question', line: editorLine(q.line), why: q.why });
  const next = note.nextMeeting;
  if (next)
    out.push({ ...base, kind: 'next', line: editorLine(next.line), due: next.date, time: next.time, dueText: next.text, why: next.why });
  const seen = new Set<number>();
  return out.sort((a, b) => a.line - b.line).filter((r) => r.line >= 0 && !seen.has(r.line) && seen.add(r.line));
}

/**
 * 0-based lines a user could ask to read as an action item: list items, prose and table rows;
 * not front matter, headings, fenced code, blank lines or a table's delimiter row.
 */
export function markableLines(text: string): Set<number> {
  const lines = text.split('\n');
  const out = new Set<number>();
  let k = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    k = 1;
    while (k < lines.length && !/^(---|\.\.\.)\s*$/.test(lines[k])) k++;
    k++;
  }
  let fence: string | undefined;
  for (; k < lines.length; k++) {
    const t = lines[k].trim();
    const f = /^(`{3,}|~{3,})/.exec(t);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
      continue;
    }
    // Blank, heading, table delimiter row or thematic break (only `|:-*_` and spaces), lone comment.
    if (fence || !t || t.startsWith('#') || /^[\s:|*_-]+$/.test(t) || /^<!--.*-->$/.test(t)) continue;
    out.add(k);
  }
  return out;
}
