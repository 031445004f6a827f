/**
 * Splits a draft into the blocks the linter reads, leaving out what is not the writer's own new
 * text: front matter, fenced code, HTML comments, quoted lines (`>`), quoted history ("On … wrote:",
 * "El … escribió:", "Il giorno … ha scritto:", "-----Original Message-----") and the signature
 * after a `-- ` line. Also collects inline directives (`<!-- composure-disable-next-line rule -->`).
 */

import { findFrontMatter, type FrontMatterRange } from '../frontmatter';
import { lastAtOrBefore, lineStarts as computeLineStartsOf } from '../text/lines';

export interface Block {
  readonly start: number;
  readonly end: number;
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  readonly kind: DirectiveKind;
  /** The line (0-based) the comment is on. */
  readonly line: number;
  /** Rule ids or categories it names; empty means every rule. */
  readonly rules: readonly string[];
}

export interface Segments {
  readonly blocks: Block[];
  readonly directives: Directive[];
  /** The front matter's range, including its delimiters, when the text starts with one. */
  readonly frontMatter?: FrontMatterRange;
  /** Start offset of each line. */
  readonly lineStarts: number[];
}

const QUOTE_HEADER = /^\s*(?:on|el|il|le|am|em)\b.{0,300}(?:wrote|escribi[oó]|ha scritto|scrisse|a [ée]crit|schrieb|escreveu)\s*:\s*$/i;
const WROTE_TAIL = /(?:wrote|escribi[oó]|ha scritto|scrisse|a [ée]crit|schrieb|escreveu)\s*:\s*$/i;
const ORIGINAL =
  /^\s*-{2,}\s*(?:original message|forwarded message|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato)\s*-{2,}/i;
const HEADER_FROM = /^\s*(?:from|de|da)\s*:\s*\S/i;
const HEADER_NEXT = /^\s*(?:sent|date|to|subject|enviado|fecha|para|asunto|inviato|data|a|oggetto)\s*:/i;
const SIGNATURE = /^-- ?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DIRECTIVE = /<!--\s*composure-(disable-next-line|disable-line|disable|enable)\b([^>]{0,400}?)-->/g;

/**
 * Makes every lone CR (old Mac line ends) an LF. CRLF stays as it is, and the length never
 * changes, so offsets found in the result are offsets in the original.
 */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Lengths of the longest common prefix and suffix of two texts (they never overlap in either
 * text), compared a few thousand characters at a time.
 */
export function commonEnds(a: string, b: string): [number, number] {
  const n = Math.min(a.length, b.length);
  if (a === b) return [n, 0];
  const CHUNK = 4096;
  let p = 0;
  while (p + CHUNK <= n && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  const max = n - p;
  let s = 0;
  while (s + CHUNK <= max && a.slice(a.length - s - CHUNK, a.length - s) === b.slice(b.length - s - CHUNK, b.length - s)) s += CHUNK;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return [p, s];
}

export function segment(original: string, opts: { markdown?: boolean } = {}): Segments {
  const table = segmentTable(normalizeLineBreaks(original), opts.markdown ?? true);
  const blocks: Block[] = [];
  for (let k = 0; k < table.count; k++) blocks.push({ start: table.starts[k], end: table.ends[k] });
  return { blocks, directives: table.directives, frontMatter: table.frontMatter, lineStarts: Array.from(table.lineStarts) };
}

/**
 * A segmentation kept to be updated after an edit: blocks as parallel typed arrays (start, end
 * and first line of each), so re-segmenting a long draft after a keystroke allocates a few arrays,
 * not an object per block.
 */
export interface SegmentTable {
  /** The text segmented (line breaks normalized). */
  readonly text: string;
  readonly markdown: boolean;
  readonly frontMatter?: FrontMatterRange;
  /** Start offset of each line. */
  readonly lineStarts: Int32Array;
  /** The first line after the front matter. */
  readonly firstLine: number;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The line each block starts on. */
  readonly lines: Int32Array;
  readonly directives: Directive[];
  /**
   * How the table was made from the previous one: its blocks `[0, prefix)` are the previous
   * table's at the same offsets, its blocks from `suffix` on are the previous table's from
   * `oldSuffix` on, moved by `delta` characters; the blocks between were segmented again.
   * Absent when the whole text was segmented.
   */
  readonly reuse?: { readonly prefix: number; readonly suffix: number; readonly oldSuffix: number; readonly delta: number };
}

/** Blocks and directives found by one scan. */
interface ScanOut {
  starts: number[];
  ends: number[];
  lines: number[];
  directives: Directive[];
}

/** Segments a whole text (line breaks already normalized). */
export function segmentTable(text: string, markdown: boolean): SegmentTable {
  const lineStarts = Int32Array.from(computeLineStartsOf(text));
  const frontMatter = findFrontMatter(text);
  const firstLine = firstLineAfter(lineStarts, frontMatter);
  const out: ScanOut = { starts: [], ends: [], lines: [], directives: [] };
  scanLines(text, lineStarts, firstLine, firstLine, markdown, out);
  return assemble({ text, markdown, frontMatter, lineStarts, firstLine }, out);
}

type TableBase = Pick<SegmentTable, 'text' | 'markdown' | 'frontMatter' | 'lineStarts' | 'firstLine'>;

/**
 * A table from the blocks of a scan, placed after the previous table's first `prefix` blocks and
 * before its blocks from `oldSuffix` on (moved by `delta` characters and `lineDelta` lines).
 */
function assemble(
  base: TableBase,
  out: ScanOut,
  kept?: { prev: SegmentTable; prefix: number; oldSuffix: number; delta: number; lineDelta: number; directives: Directive[] },
): SegmentTable {
  const prefix = kept?.prefix ?? 0;
  const oldSuffix = kept?.oldSuffix ?? 0;
  const tail = kept ? kept.prev.count - oldSuffix : 0;
  const count = prefix + out.starts.length + tail;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const lines = new Int32Array(count);
  if (kept) {
    starts.set(kept.prev.starts.subarray(0, prefix));
    ends.set(kept.prev.ends.subarray(0, prefix));
    lines.set(kept.prev.lines.subarray(0, prefix));
  }
  for (let i = 0, j = prefix; i < out.starts.length; i++, j++) {
    starts[j] = out.starts[i];
    ends[j] = out.ends[i];
    lines[j] = out.lines[i];
  }
  const suffix = prefix + out.starts.length;
  if (kept) {
    const { prev, delta, lineDelta } = kept;
    for (let i = oldSuffix, j = suffix; i < prev.count; i++, j++) {
      starts[j] = prev.starts[i] + delta;
      ends[j] = prev.ends[i] + delta;
      lines[j] = prev.lines[i] + lineDelta;
    }
  }
  return {
    ...base,
    count,
    starts,
    ends,
    lines,
    directives: kept?.directives ?? out.directives,
    reuse: kept && { prefix, suffix, oldSuffix, delta: kept.delta },
  };
}

function firstLineAfter(lineStarts: Int32Array, fm: FrontMatterRange | undefined): number {
  let firstLine = 0;
  if (fm) while (firstLine < lineStarts.length && lineStarts[firstLine] < fm.end) firstLine++;
  return firstLine;
}

/**
 * The segmentation of `text` given the previous text's: only the lines from the last block that
 * starts before the edited line are scanned again, until the scan reaches, in the same state
 * (outside fences and comments, no open block), a line where a previous block started and whose
 * preceding line is after the edit; from there on everything is the previous segmentation moved.
 * An edit that opens a fence, a comment or a quoted history scans on to the end of the text, and
 * one in or around the front matter segments the whole text: the result always equals
 * `segmentTable(text, markdown)`.
 */
export function resegment(prev: SegmentTable | undefined, text: string, markdown: boolean): SegmentTable {
  if (!prev || prev.markdown !== markdown) return segmentTable(text, markdown);
  const [same, sameEnd] = commonEnds(prev.text, text);
  const oldLen = prev.text.length;
  const fm = findFrontMatter(text);
  const oldFm = prev.frontMatter;
  if (fm?.end !== oldFm?.end || (oldFm && same < oldFm.end)) return segmentTable(text, markdown);
  const delta = text.length - oldLen;
  // Line starts: those up to the edit stay, those inside it are found again, those after it move.
  const old = prev.lineStarts;
  const keep = lastAtOrBefore(old, same) + 1;
  const inside: number[] = [];
  for (let i = text.indexOf('\n', same); i !== -1 && i < text.length - sameEnd; i = text.indexOf('\n', i + 1)) inside.push(i + 1);
  let after = keep;
  while (after < old.length && old[after] <= oldLen - sameEnd) after++;
  const lineStarts = new Int32Array(keep + inside.length + old.length - after);
  lineStarts.set(old.subarray(0, keep));
  for (let i = 0; i < inside.length; i++) lineStarts[keep + i] = inside[i];
  for (let i = after, j = keep + inside.length; i < old.length; i++, j++) lineStarts[j] = old[i] + delta;
  const lineDelta = lineStarts.length - old.length;
  const firstLine = prev.firstLine;
  // Scan again from the last block that starts before the edited line (the state is neutral there,
  // and the line before it, which the scan reads, is unchanged).
  const editLine = keep - 1;
  let prefix = prev.count ? lastAtOrBefore(prev.lines, editLine - 1) : 0;
  if (prefix < prev.count && prev.lines[prefix] >= editLine) prefix = 0;
  const from = prefix < prev.count && prev.lines[prefix] < editLine ? prev.lines[prefix] : firstLine;
  // The previous scan's state is known at its block starts; the lines after the edit are the same.
  const suffixStart = text.length - sameEnd;
  let k = prefix;
  const converge = (l: number): boolean => {
    if (lineStarts[l - 1] - 1 < suffixStart) return false;
    const ol = l - lineDelta;
    while (k < prev.count && prev.lines[k] < ol) k++;
    return k < prev.count && prev.lines[k] === ol;
  };
  const out: ScanOut = { starts: [], ends: [], lines: [], directives: [] };
  const converged = scanLines(text, lineStarts, firstLine, from, markdown, out, converge);
  const oldSuffix = converged ? k : prev.count;
  const directives: Directive[] = [];
  for (const d of prev.directives) if (d.line < from) directives.push(d);
  for (const d of out.directives) directives.push(d);
  if (converged) {
    const ol = oldSuffix < prev.count ? prev.lines[oldSuffix] : Infinity;
    for (const d of prev.directives) if (d.line >= ol) directives.push(lineDelta ? { ...d, line: d.line + lineDelta } : d);
  }
  const base = { text, markdown, frontMatter: fm, lineStarts, firstLine };
  return assemble(base, out, { prev, prefix, oldSuffix, delta, lineDelta, directives });
}

/**
 * Scans lines from `from` on, where the state is neutral (outside fences and comments, no open
 * block), into `out`. Stops at the end, at quoted history or a signature, or at a line where
 * `converge` says the rest is known (asked only in the neutral state): returns true then.
 */
function scanLines(
  text: string,
  lineStarts: Int32Array,
  firstLine: number,
  from: number,
  markdown: boolean,
  out: ScanOut,
  converge?: (line: number) => boolean,
): boolean {
  const { starts, ends, lines, directives } = out;
  const lineEnd = (l: number): number => {
    let e = l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length;
    if (e > lineStarts[l] && text.charCodeAt(e - 1) === 13) e--;
    return e;
  };
  const colonIn = (from: number, to: number): boolean => {
    if (nextColon !== -1 && nextColon < from) nextColon = text.indexOf(':', from);
    return nextColon !== -1 && nextColon < to;
  };
  let blockStart = -1;
  let blockEnd = -1;
  let blockLine = -1;
  const closeBlock = () => {
    if (blockStart >= 0) {
      starts.push(blockStart);
      ends.push(blockEnd);
      lines.push(blockLine);
    }
    blockStart = -1;
  };
  const extend = (l: number, s: number, e: number) => {
    if (blockStart < 0) {
      blockStart = s;
      blockLine = l;
    }
    blockEnd = e;
  };
  let fence: string | undefined;
  let inComment = false;
  // The line before the first one is empty, as at the start of the text.
  let prevStart = from > firstLine ? lineStarts[from - 1] : 0;
  let prevEnd = from > firstLine ? lineEnd(from - 1) : 0;
  // The next ":" at or after the current line (found with indexOf, so the pass stays a fast scan).
  let nextColon = -2;
  for (let l = from; l < lineStarts.length; l++, prevStart = lineStarts[l - 1], prevEnd = lineEnd(l - 1)) {
    if (converge && l > from && blockStart < 0 && !inComment && fence === undefined && converge(l)) return true;
    const s = lineStarts[l];
    const e = lineEnd(l);
    // First and last non-blank characters, without allocating a trimmed copy.
    let a = s;
    while (a < e && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
    let b = e;
    while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
    const blank = a === b;
    const first = blank ? 0 : text.charCodeAt(a);
    const last = blank ? 0 : text.charCodeAt(b - 1);
    // Only lines that can be special are looked at closely.
    const special =
      inComment ||
      fence !== undefined ||
      first === 96 ||
      first === 126 ||
      first === 45 ||
      first === 60 ||
      first === 62 ||
      last === 58 ||
      last === 62 ||
      (first !== 0 && b - a < 200 && colonIn(a, b));
    if (!special) {
      if (blank) closeBlock();
      else extend(l, s, e);
      continue;
    }
    const line = text.slice(s, e);
    if (line.includes('composure-')) {
      DIRECTIVE.lastIndex = 0;
      for (let m = DIRECTIVE.exec(line); m; m = DIRECTIVE.exec(line)) {
        const rules = m[2].split(/[\s,]+/).filter(Boolean);
        directives.push({ kind: m[1] as DirectiveKind, line: l, rules });
      }
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      closeBlock();
      continue;
    }
    if (markdown) {
      const f = FENCE.exec(line);
      if (fence) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
        closeBlock();
        continue;
      }
      if (f) {
        fence = f[1];
        closeBlock();
        continue;
      }
      const open = line.indexOf('<!--');
      if (open >= 0 && line.indexOf('-->', open) < 0) {
        inComment = true;
        closeBlock();
        continue;
      }
    }
    const trimmed = line.trim();
    const endsWithColon = last === 58;
    if (first === 45 && (SIGNATURE.test(line) || ORIGINAL.test(line))) break;
    if (endsWithColon && QUOTE_HEADER.test(line)) break;
    if (endsWithColon && WROTE_TAIL.test(line) && /^\s*(?:on|el|il|le|am|em)\b/i.test(text.slice(prevStart, prevEnd))) {
      // "On Mon, 20 Nov 2026, Mark <mark@…>\nwrote:": the header started on the previous line.
      if (starts.length && ends[ends.length - 1] >= lineStarts[l - 1]) {
        starts.pop();
        ends.pop();
        lines.pop();
      }
      if (blockStart >= lineStarts[l - 1]) blockStart = -1;
      break;
    }
    if (trimmed.length < 200 && line.includes(':') && HEADER_FROM.test(line) && l + 1 < lineStarts.length) {
      const nextEnd = l + 2 < lineStarts.length ? lineStarts[l + 2] : text.length;
      if (HEADER_NEXT.test(text.slice(lineStarts[l + 1], nextEnd))) break;
    }
    if (trimmed === '' || first === 62 || (markdown && isOnlyComment(trimmed))) closeBlock();
    else extend(l, s, e);
  }
  closeBlock();
  return false;
}

function isOnlyComment(trimmed: string): boolean {
  return trimmed.startsWith('<!--') && trimmed.endsWith('-->');
}
