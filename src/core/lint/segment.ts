/**
 * Splits a draft into the blocks the linter reads, leaving out what is not the writer's own new
 * text: front matter, fenced code, HTML comments, quoted lines (`>`), quoted history ("On … wrote:",
 * "El … escribió:", "Il giorno … ha scritto:", "-----Original Message-----") and the signature
 * after a `-- ` line. Also collects inline directives (`<!-- composure-disable-next-line rule -->`).
 */

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
  readonly frontMatter?: { start: number; end: number; bodyStart: number; bodyEnd: number };
  /** Start offset of each line. */
  readonly lineStarts: number[];
}

const QUOTE_HEADER = /^\s*(?:on|el|il|le|am|em)\b.{0,300}(?:wrote|escribi[oó]|ha scritto|scrisse|a [ée]crit|schrieb|escreveu)\s*:\s*$/i;
const WROTE_TAIL = /(?:wrote|escribi[oó]|ha scritto|scrisse|a [ée]crit|schrieb|escreveu)\s*:\s*$/i;
const ORIGINAL = /^\s*-{2,}\s*(?:original message|forwarded message|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato)\s*-{2,}/i;
const HEADER_FROM = /^\s*(?:from|de|da)\s*:\s*\S/i;
const HEADER_NEXT = /^\s*(?:sent|date|to|subject|enviado|fecha|para|asunto|inviato|data|a|oggetto)\s*:/i;
const SIGNATURE = /^-- ?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DIRECTIVE = /<!--\s*composure-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

/** Computes the start offset of every line. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** Finds the front matter block at the top of a document. */
export function findFrontMatter(text: string, lineStarts: number[]): Segments['frontMatter'] {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  for (let l = 1; l < lineStarts.length; l++) {
    const s = lineStarts[l];
    const e = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length;
    const line = text.slice(s, e).replace(/\r?\n$/, '');
    if (line === '---' || line === '...' || /^(---|\.\.\.)[ \t]+$/.test(line)) {
      return { start: 0, end: e, bodyStart: lineStarts[1], bodyEnd: s };
    }
  }
  return undefined;
}

export function segment(text: string, opts: { markdown?: boolean } = {}): Segments {
  const markdown = opts.markdown ?? true;
  const lineStarts = computeLineStarts(text);
  const fm = findFrontMatter(text, lineStarts);
  const blocks: Block[] = [];
  const directives: Directive[] = [];
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
  let prevLine = '';
  for (let l = firstLine; l < lineStarts.length; l++) {
    const s = lineStarts[l];
    let e = l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length;
    if (e > s && text.charCodeAt(e - 1) === 13) e--;
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
      prevLine = line;
      continue;
    }
    if (markdown) {
      const f = FENCE.exec(line);
      if (fence) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
        closeBlock();
        prevLine = line;
        continue;
      }
      if (f) {
        fence = f[1];
        closeBlock();
        prevLine = line;
        continue;
      }
      const open = line.indexOf('<!--');
      if (open >= 0 && line.indexOf('-->', open) < 0) {
        inComment = true;
        closeBlock();
        prevLine = line;
        continue;
      }
    }
    const trimmed = line.trim();
    if (SIGNATURE.test(line) || ORIGINAL.test(line) || QUOTE_HEADER.test(line)) break;
    if (WROTE_TAIL.test(line) && /^\s*(?:on|el|il|le|am|em)\b/i.test(prevLine)) {
      // "On Mon, 20 Nov 2026, Mark <mark@…>\nwrote:": the header started on the previous line.
      if (blocks.length && blocks[blocks.length - 1].end >= lineStarts[l - 1]) blocks.pop();
      if (blockStart >= lineStarts[l - 1]) blockStart = -1;
      break;
    }
    if (HEADER_FROM.test(line) && l + 1 < lineStarts.length) {
      const nextEnd = l + 2 < lineStarts.length ? lineStarts[l + 2] : text.length;
      if (HEADER_NEXT.test(text.slice(lineStarts[l + 1], nextEnd))) break;
    }
    if (trimmed === '' || trimmed.startsWith('>') || (markdown && isOnlyComment(trimmed))) {
      closeBlock();
    } else {
      if (blockStart < 0) blockStart = s;
      blockEnd = e;
    }
    prevLine = line;
  }
  closeBlock();
  return { blocks, directives, frontMatter: fm, lineStarts };
}

function isOnlyComment(trimmed: string): boolean {
  return trimmed.startsWith('<!--') && trimmed.endsWith('-->');
}
