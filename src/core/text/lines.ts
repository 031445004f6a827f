/*
 * The one place offsets become lines. A line ends at LF, CRLF or a lone CR, as in the editor
 * (offsets are UTF-16 code units; a CRLF line's CR belongs to that line).
 */

/** The offset each line starts at; always starts with 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Index of the last element <= x in an ascending array (0 when none), by binary search. */
export function lastAtOrBefore(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The 0-based line an offset falls on, given `lineStarts` (fast for many lookups). */
export const lineAtOffset: (starts: ArrayLike<number>, offset: number) => number = lastAtOrBefore;

/** The 0-based line of one offset in a text (for a single lookup; use `LineIndex` for many). */
export function lineOfOffset(text: string, offset: number): number {
  // The character at the offset is kept, so the LF of a CRLF does not make its CR a lone one.
  return lineAtOffset(lineStarts(text.slice(0, Math.max(0, offset + 1))), offset);
}

/** Converts UTF-16 offsets to 0-based line and character positions, quickly for many lookups. */
export class LineIndex {
  private readonly starts: ArrayLike<number>;

  /** Over a text, or over the line starts of one when they are known (see `lineStarts`). */
  constructor(text: string | ArrayLike<number>) {
    this.starts = typeof text === 'string' ? lineStarts(text) : text;
  }

  position(offset: number): { line: number; character: number } {
    const line = lineAtOffset(this.starts, offset);
    return { line, character: offset - this.starts[line] };
  }
}
