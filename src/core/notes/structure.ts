import MarkdownIt from 'markdown-it';
import { boxCloses } from './done';

/**
 * Stage 1, structure: Markdown → a flat list of blocks (headings, list items, paragraph lines,
 * table rows) with their 1-based line in the note. Contract: every block carries the line it starts
 * on, whether it sits in a blockquote, and the inline marker the user wrote on that line; nothing
 * here decides what a block means.
 */
export type Block = (
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'item'; depth: number; text: string; checked?: boolean; hasChildren: boolean; ordered: boolean; breaks?: number[] }
  | { kind: 'para'; depth: number; text: string; strong?: boolean; breaks?: number[] }
  | { kind: 'row'; depth: number; cells: string[]; header: string[]; parts: string[][]; table: number; continued: boolean }
) & {
  /** 1-based line in the note. */
  line: number;
  /** Inside a blockquote: quoted text, never an item. */
  quoted: boolean;
  /** The user's correction on this line: `<!-- composure: action -->` or `<!-- composure: not-action -->`. */
  marker?: 'action' | 'not-action';
};

const md = new MarkdownIt({ html: true, linkify: false });
// Blocks keep their inline source (plainInline cleans it), so inline parsing is never needed.
md.core.ruler.disable(['inline', 'text_join', 'smartquotes', 'replacements', 'linkify'], true);
md.block.ruler.disable(['reference'], true);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#x26': '&',
  '#38': '&',
  '#39': "'",
  '#x27': "'",
};

/**
 * Markdown inline source → plain text: links keep their label, emphasis and code marks go, HTML
 * tags and comments go. Every pattern is bounded, so a long line costs one pass.
 */
export function plainInline(src: string): string {
  if (!/[[*_`<\\!&]|\s{2}|\t/.test(src)) return src.trim();
  return src
    .replace(/<!--[^]{0,2000}?-->/g, ' ')
    .replace(/!\[([^\][\n]{0,500})\]\([^()\n]{0,2000}\)/g, '$1')
    .replace(/\[([^\][\n]{1,500})\]\((?:[^()\n]|\([^()\n]{0,200}\)){0,2000}\)/g, '$1')
    .replace(/<br\s{0,5}\/?>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^<>\n]{0,500}>/g, '')
    .replace(/&(#?[a-zA-Z0-9]{1,8});/g, (m, e: string) => ENTITIES[e.toLowerCase()] ?? m)
    .replace(/(\*\*|__)([^\n]{1,500}?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_\n]{0,500}?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`\n]{0,500})`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const MARKER_RE = /<!--\s{0,5}composure:\s{0,5}(not-action|action)\s{0,5}-->/;

/** Prepositions, articles and conjunctions in en, es, it: a line that ends on one goes on in the next. */
const OPEN_END =
  /(?<![\p{L}])(?:for|on|to|the|by|of|at|with|an|para|por|de|del|el|los|las|con|en|per|di|della|dello|il|gli|entro|al|alla)$/iu;

/**
 * A line that wraps into the next: long (wrapped near a margin), no sentence end, and the next line
 * goes on in lower case or with a figure ("… antes\ndel 22 de diciembre", "… mercoledì\n20 gennaio").
 */
function wrapsInto(line: string, next: string): boolean {
  // A comment at the end (a marker, a note to self) is not part of the sentence.
  const t = (line.includes('<!--') ? line.replace(/<!--.{0,2000}?-->/g, '') : line).trimEnd();
  if (t.length < 50 || /[.!?:;|>]$/.test(t)) return false;
  // A line of its own: a label ("da capire: …", "ines -> …") or a conjunction starting the next task.
  if (/^\s{0,8}[\p{L} ]{1,24}(?::|->|→)/u.test(next) || /^\s{0,8}(?:and|y|e|o|or)\s/u.test(next)) return false;
  // A line that stops on a word no sentence ends on ("… is set for / Thursday 14 January") runs on whatever the case.
  if (OPEN_END.test(t.slice(-12))) return /^\s{0,8}[\p{L}\d]/u.test(next);
  return /^\s{0,8}(?:\p{Ll}|\d(?![\d]{0,2}[.)]\s))/u.test(next);
}

/** A list item's first line that titles its paragraph: a few words, no sentence end, the next line a new sentence. */
function isTitleLine(first: string, next: string | undefined): boolean {
  if (!next || first.length > 48 || /[.!?:;,]$/.test(first)) return false;
  const words = first.split(' ');
  // "Fix the bug in / Safari…" runs on: a title ends on a word of its own, not "in", "de", "il".
  if (words.length > 5 || /^\p{Ll}{1,3}$/u.test(words[words.length - 1])) return false;
  return /^\s{0,8}[\p{Lu}¿¡]/u.test(next);
}

/**
 * Where each continuation line starts in a block's plain text (the text joined with spaces):
 * found by the first words of each line, in order, so a clause can tell its own line.
 */
function lineBreaks(text: string, rest: readonly string[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const line of rest) {
    const head = plainInline(line).slice(0, 24);
    const at = head ? text.indexOf(head, from) : -1;
    const pos = at < 0 ? from : at;
    out.push(pos);
    from = pos;
  }
  return out;
}

/** The 1-based line of a position in a block's text (a block's text may run over several lines). */
export function lineAt(b: { line: number; text: string; breaks?: readonly number[] }, pos: number): number {
  if (!b.breaks || pos <= 0) return b.line;
  let n = 0;
  while (n < b.breaks.length && b.breaks[n] <= pos) n++;
  // Two words at a line's end ("… Paco Lorente / conseguirá …") start it on the next line.
  if (n < b.breaks.length && b.text.slice(pos, b.breaks[n]).trim().split(' ').length < 3) n++;
  return b.line + n;
}

/** The last 1-based line of a block. */
export function endLine(b: { line: number; breaks?: readonly number[] }): number {
  return b.line + (b.breaks?.length ?? 0);
}

/** The marker written on a source line, if any. */
export function markerOn(line: string | undefined): 'action' | 'not-action' | undefined {
  if (!line || !line.includes('<!--')) return undefined;
  const m = MARKER_RE.exec(line);
  return m ? (m[1] as 'action' | 'not-action') : undefined;
}

/**
 * Parses a note body into blocks. `lineOffset` is the number of lines before the body (the front
 * matter), so lines are 1-based lines of the whole file.
 */
export function toBlocks(body: string, lineOffset: number): Block[] {
  // "##Next steps" (no space) is a heading in most note apps; one "#tag" is not.
  const tokens = md.parse(body.replace(/^(#{2,6})(?=[^\s#])/gm, '$1 '), {});
  const sourceLines = body.split('\n');
  const blocks: Block[] = [];
  let depth = 0;
  let quoted = 0;
  let tableNo = 0;
  const itemStack: Array<{ block: Block & { kind: 'item' }; sawText: boolean }> = [];
  let header: string[] = [];
  let row: string[] | undefined;
  let rowLine = 0;
  let inHead = false;
  let lastRow: (Block & { kind: 'row' }) | undefined;
  // Many blocks can start on one line (the rows of a one-line HTML table): read each line's marker once.
  const markers = new Map<number, 'action' | 'not-action' | undefined>();
  const markerAt = (line0: number) => {
    if (!markers.has(line0)) markers.set(line0, markerOn(sourceLines[line0]));
    return markers.get(line0);
  };
  const base = (line0: number) => ({ line: line0 + lineOffset + 1, quoted: quoted > 0, marker: markerAt(line0) });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const line0 = t.map?.[0] ?? 0;
    switch (t.type) {
      case 'blockquote_open':
        quoted++;
        break;
      case 'blockquote_close':
        quoted--;
        break;
      case 'heading_open': {
        const text = plainInline(tokens[i + 1]?.content ?? '');
        // "Type | Description | Owner\n-----" is a text table's header, not a setext heading.
        if (countChar(text, '|') >= 2) blocks.push({ kind: 'para', depth, text, ...base(line0) });
        else blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), text, ...base(line0) });
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        depth++;
        if (itemStack.length) itemStack[itemStack.length - 1].block.hasChildren = true;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        depth--;
        break;
      case 'list_item_open': {
        const block: Block & { kind: 'item' } = {
          kind: 'item',
          depth,
          text: '',
          hasChildren: false,
          ordered: t.markup === '.' || t.markup === ')',
          ...base(line0),
        };
        blocks.push(block);
        itemStack.push({ block, sawText: false });
        break;
      }
      case 'list_item_close':
        itemStack.pop();
        break;
      case 'paragraph_open': {
        const src = tokens[i + 1]?.content ?? '';
        const top = itemStack[itemStack.length - 1];
        if (top && !top.sawText && top.block.depth === depth) {
          top.sawText = true;
          const nl = src.indexOf('\n');
          let first = nl < 0 ? src : src.slice(0, nl);
          const box = /^\[([ xX\-/>])\]\s+/.exec(first);
          if (box) {
            top.block.checked = boxCloses(box[1]);
            first = first.slice(box[0].length);
          }
          if (nl < 0) top.block.text = plainInline(first);
          else {
            const rest = src.slice(nl + 1).split('\n');
            // "2. Treasurer's report" over its paragraph: the short first line is the item's title.
            const titled = isTitleLine(plainInline(first), rest[0]) && /[.!?]/.test(src.slice(nl));
            top.block.text = plainInline(`${first}${titled ? '.' : ''} ${rest.join(' ')}`);
            top.block.breaks = lineBreaks(top.block.text, rest);
          }
        } else {
          const lines = src.split('\n');
          for (let k = 0; k < lines.length; k++) {
            const text = plainInline(lines[k]);
            // A line wholly in bold ("**Acuerdos**", "**Ana**") stands as a small heading.
            const strong = /^\s*(\*\*|__)[^*_\n]{1,120}\1\s*[:：]?\s*$/.test(lines[k]);
            if (!text) continue;
            // Hard-wrapped prose: a sentence that runs on into the next line is read as one.
            let end = k;
            while (!strong && end + 1 < lines.length && wrapsInto(lines[end], lines[end + 1]) && !markerAt(line0 + end + 1)) end++;
            if (end === k) {
              blocks.push({ kind: 'para', depth, text, ...(strong ? { strong } : {}), ...base(line0 + k) });
              continue;
            }
            const rest = lines.slice(k + 1, end + 1);
            const joined = plainInline(`${lines[k]} ${rest.join(' ')}`);
            blocks.push({ kind: 'para', depth, text: joined, breaks: lineBreaks(joined, rest), ...base(line0 + k) });
            k = end;
          }
        }
        i += 2;
        break;
      }
      case 'table_open':
        tableNo++;
        lastRow = undefined;
        break;
      case 'thead_open':
        inHead = true;
        header = [];
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        row = [];
        rowLine = line0;
        break;
      case 'th_open':
      case 'td_open':
        row?.push(plainInline(tokens[i + 1]?.content ?? ''));
        break;
      case 'tr_close':
        if (row) {
          if (inHead) header = row;
          else {
            const made = makeRow(
              row,
              header,
              row.map((c) => [c]),
              tableNo,
              lastRow,
              depth,
              base(rowLine),
            );
            blocks.push(made);
            lastRow = made;
          }
        }
        row = undefined;
        break;
      case 'html_block':
        if (/<table[\s>]/i.test(t.content)) {
          tableNo++;
          for (const r of htmlTableRows(t.content, tableNo, depth, (k) => base(line0 + k))) blocks.push(r);
        }
        break;
      default:
        break;
    }
  }
  return joinTextTables(blocks);
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** A body row; a row whose first cells are empty continues the row above (its group). */
function makeRow(
  cells: string[],
  header: string[],
  parts: string[][],
  table: number,
  prev: (Block & { kind: 'row' }) | undefined,
  depth: number,
  where: { line: number; quoted: boolean; marker?: 'action' | 'not-action' },
): Block & { kind: 'row' } {
  let continued = false;
  if (prev && prev.table === table && cells.length > 1 && cells[0] === '') {
    continued = true;
    cells = cells.map((c, k) => (c === '' && k < cells.length - 1 && cells.slice(0, k).every((x) => x === '') ? (prev.cells[k] ?? '') : c));
  }
  return { kind: 'row', depth, cells, header, parts, table, continued, ...where };
}

/**
 * Rows of an HTML table (`<table>…</table>`), with a small scanner rather than a regex over the
 * whole block. A cell holding a list keeps its items apart (`parts`): each can be an action.
 */
function htmlTableRows(
  html: string,
  table: number,
  depth: number,
  where: (lineInBlock: number) => { line: number; quoted: boolean; marker?: 'action' | 'not-action' },
): Array<Block & { kind: 'row' }> {
  const out: Array<Block & { kind: 'row' }> = [];
  const lower = html.toLowerCase();
  let header: string[] = [];
  let prev: (Block & { kind: 'row' }) | undefined;
  let pos = 0;
  let newlines = 0;
  let counted = 0;
  for (;;) {
    const tr = lower.indexOf('<tr', pos);
    if (tr < 0) break;
    const end = lower.indexOf('</tr>', tr);
    const stop = end < 0 ? lower.length : end;
    const cells: string[] = [];
    const parts: string[][] = [];
    let isHead = false;
    let c = tr;
    for (;;) {
      const td = lower.indexOf('<t', c + 1);
      if (td < 0 || td >= stop) break;
      const tag = lower.slice(td, td + 3);
      const after = lower.charAt(td + 3);
      if ((tag !== '<td' && tag !== '<th') || (after !== '>' && after !== ' ' && after !== '\t' && after !== '\n')) {
        c = td;
        continue;
      }
      if (tag === '<th') isHead = true;
      const open = lower.indexOf('>', td);
      const close = lower.indexOf(tag === '<td' ? '</td>' : '</th>', open);
      const cellEnd = close < 0 || close > stop ? stop : close;
      const inner = html.slice(open + 1, cellEnd);
      cells.push(plainInline(inner));
      const items = inner
        .split(/<li[^<>]{0,200}>/i)
        .slice(1)
        .map((x) => plainInline(x))
        .filter(Boolean);
      parts.push(items.length ? items : [plainInline(inner)]);
      c = cellEnd;
    }
    // Count only up to this row: an indexOf for the next newline would scan past it, to the end
    // of a one-line table, for every row.
    for (let k = counted; k < tr; k++) if (html.charCodeAt(k) === 10) newlines++;
    counted = tr;
    const lineInBlock = newlines;
    if (isHead && !header.length) header = cells;
    else {
      const made = makeRow(cells, header, parts, table, prev, depth, where(lineInBlock));
      out.push(made);
      prev = made;
    }
    pos = stop + 1;
  }
  return out;
}

/**
 * Pipe tables written as plain text (no header separator markdown-it accepts), with rows wrapped
 * over several lines: "T | The next task is … | Ven M | 10-02-2022" followed by "   and …".
 */
function joinTextTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let header: string[] | undefined;
  let last: (Block & { kind: 'row' }) | undefined;
  let table = 100_000;
  for (const b of blocks) {
    if (b.kind === 'para' && countChar(b.text, '|') >= 2) {
      const cells = b.text
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
      if (!header) {
        header = cells;
        table++;
        continue;
      }
      last = {
        kind: 'row',
        depth: b.depth,
        cells,
        header,
        parts: cells.map((c) => [c]),
        table,
        continued: false,
        line: b.line,
        quoted: b.quoted,
        marker: b.marker,
      };
      out.push(last);
      continue;
    }
    if (b.kind === 'para' && header && /^[-=|+\s:]+$/.test(b.text)) continue;
    if (b.kind === 'para' && last && header && !b.text.includes('|') && last.line >= b.line - 2) {
      // A wrapped continuation: it belongs to the row's longest (description) cell.
      const widest = last.cells.reduce((w, c, k) => (c.length > last!.cells[w].length ? k : w), 0);
      last.cells[widest] = `${last.cells[widest]} ${b.text}`.trim();
      last.parts[widest] = [last.cells[widest]];
      continue;
    }
    header = undefined;
    last = undefined;
    out.push(b);
  }
  return out;
}
