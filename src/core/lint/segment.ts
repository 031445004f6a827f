/**
 * Splits a draft into the blocks the linter reads, leaving out what is not the writer's own new
 * text: front matter, fenced code, HTML comments, quoted lines (`>`), quoted history ("On … wrote:",
 * "El … escribió:", "Il giorno … ha scritto:", "-----Original Message-----") and the signature
 * after a `-- ` line. Also collects inline directives (`<!-- composure-disable-next-line rule -->`).
 */

import { findFrontMatter, type FrontMatterRange } from '../frontmatter';
import { lineStarts as computeLineStartsOf } from '../text/lines';

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
  const markdown = opts.markdown ?? true;
  const text = normalizeLineBreaks(original);
  const lineStarts = computeLineStartsOf(text);
  const fm = findFrontMatter(text);
  const blocks: Block[] = [];
  const directives: Directive[] = [];
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
  const closeBlock = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
    blockStart = -1;
  };
  let fence: string | undefined;
  let inComment = false;
  let firstLine = 0;
  if (fm) {
    while (firstLine < lineStarts.length && lineStarts[firstLine] < fm.end) firstLine++;
  }
  let prevStart = 0;
  let prevEnd = 0;
  // The next ":" at or after the current line (found with indexOf, so the pass stays a fast scan).
  let nextColon = -2;
  for (let l = firstLine; l < lineStarts.length; l++, prevStart = lineStarts[l - 1], prevEnd = lineEnd(l - 1)) {
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
      else {
        if (blockStart < 0) blockStart = s;
        blockEnd = e;
      }
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
      if (blocks.length && blocks[blocks.length - 1].end >= lineStarts[l - 1]) blocks.pop();
      if (blockStart >= lineStarts[l - 1]) blockStart = -1;
      break;
    }
    if (trimmed.length < 200 && line.includes(':') && HEADER_FROM.test(line) && l + 1 < lineStarts.length) {
      const nextEnd = l + 2 < lineStarts.length ? lineStarts[l + 2] : text.length;
      if (HEADER_NEXT.test(text.slice(lineStarts[l + 1], nextEnd))) break;
    }
    if (trimmed === '' || first === 62 || (markdown && isOnlyComment(trimmed))) {
      closeBlock();
    } else {
      if (blockStart < 0) blockStart = s;
      blockEnd = e;
    }
  }
  closeBlock();
  return { blocks, directives, frontMatter: fm, lineStarts };
}

function isOnlyComment(trimmed: string): boolean {
  return trimmed.startsWith('<!--') && trimmed.endsWith('-->');
}
