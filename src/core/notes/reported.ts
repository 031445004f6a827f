import { foldText } from '../text/fold';
import type { Placed } from './sections';
import { REPORTED, TOPIC_STOPWORDS } from './vocabulary';

/**
 * Stage 7, reported done: an item the note itself reports as finished further down ("the five
 * wizard types have been implemented" under a sprint review, after the backlog table that
 * planned them) is done. Contract: given the read actions and the placed blocks, return the
 * lines of open items that a later prose block reporting finished work is about. A block
 * reports when it says work was done (REPORTED, per language); it is about an item when at
 * least a quarter of the item's topic words (its text and, for a table row, its other cells,
 * without its owner, at least two words) appear in it. Words match on a shared start of at
 * least four letters, so "pausa" meets "pause" and "acquisto" meets "acquistati".
 */
export interface ReportedItem {
  readonly line: number;
  readonly done: boolean;
  readonly owner: string | null;
  readonly text: string;
  readonly block: Placed;
}

/** Share of an item's topic words a report must mention. */
const SHARE = 0.25;

const wordsOf = (text: string): string[] => {
  const out = new Set<string>();
  for (const w of foldText(text).match(/[\p{L}\p{N}]{4,}/gu) ?? []) if (!TOPIC_STOPWORDS.has(w) && !/^\d+$/.test(w)) out.add(w);
  return [...out];
};

/** Lines of open items reported as finished later in the note. */
export function reportedDone(items: readonly ReportedItem[], placed: readonly Placed[]): Set<number> {
  const done = new Set<number>();
  const itemLines = new Set(items.map((i) => i.line));
  // Later prose that reports finished work, as sets of word starts, in note order.
  const reports: Array<{ line: number; starts: Set<string> }> = [];
  for (const b of placed) {
    if ((b.kind !== 'para' && b.kind !== 'item') || b.quoted || itemLines.has(b.line)) continue;
    const folded = foldText(b.text);
    if (!REPORTED.test(folded)) continue;
    const starts = new Set<string>();
    for (const w of wordsOf(b.text)) for (let k = 4; k <= w.length; k++) starts.add(w.slice(0, k));
    reports.push({ line: b.line, starts });
  }
  if (!reports.length) return done;
  for (const item of items) {
    if (item.done) continue;
    const later = reports.filter((r) => r.line > item.line);
    if (!later.length) continue;
    const owner = new Set(wordsOf(item.owner ?? ''));
    const source = item.block.kind === 'row' ? [item.text, ...item.block.cells].join(' ') : item.text;
    const topic = wordsOf(source).filter((w) => !owner.has(w));
    if (topic.length < 2) continue;
    const about = (r: { starts: Set<string> }) =>
      topic.filter((w) => r.starts.has(w.slice(0, Math.min(w.length, Math.max(4, w.length - 2))))).length >= SHARE * topic.length;
    if (later.some(about)) done.add(item.line);
  }
  return done;
}
