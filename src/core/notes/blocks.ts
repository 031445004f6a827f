import MarkdownIt from 'markdown-it';

/** A flat view of a Markdown note: headings, list items, paragraph lines and table rows. */
export type Block =
  | { kind: 'heading'; level: number; text: string; line: number }
  | { kind: 'item'; depth: number; text: string; line: number; checked?: boolean; hasChildren: boolean }
  | { kind: 'para'; depth: number; text: string; line: number }
  | { kind: 'row'; depth: number; cells: string[]; header: string[]; line: number };

const md = new MarkdownIt({ html: true, linkify: false });
// Blocks keep their inline source (plainInline cleans it), so inline parsing is never needed.
md.core.ruler.disable(['inline', 'text_join', 'smartquotes', 'replacements', 'linkify'], true);
md.block.ruler.disable(['reference'], true);

/** Markdown inline source → plain text: links keep their label, emphasis and code marks go. */
export function plainInline(src: string): string {
  if (!/[[*_`<\\!]|\s{2}|\t/.test(src)) return src.trim();
  return src
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Parses Markdown into blocks. `lineOffset` is added to every line (the front matter's length),
 * so lines are 0-based lines of the whole file.
 */
export function toBlocks(body: string, lineOffset: number): Block[] {
  const tokens = md.parse(body, {});
  const blocks: Block[] = [];
  let depth = 0;
  const itemStack: Array<{ block: Block & { kind: 'item' }; sawText: boolean }> = [];
  let header: string[] = [];
  let row: string[] | undefined;
  let rowLine = 0;
  let inHead = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const line = (t.map?.[0] ?? 0) + lineOffset;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        const text = plainInline(inline?.content ?? '');
        // "Type | Description | Owner\n-----" is a text table's header, not a setext heading.
        if ((text.match(/\|/g)?.length ?? 0) >= 2) blocks.push({ kind: 'para', depth, text, line });
        else blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), text, line });
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
        const block: Block & { kind: 'item' } = { kind: 'item', depth, text: '', line, hasChildren: false };
        blocks.push(block);
        itemStack.push({ block, sawText: false });
        break;
      }
      case 'list_item_close':
        itemStack.pop();
        break;
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const src = inline?.content ?? '';
        const top = itemStack[itemStack.length - 1];
        if (top && !top.sawText && top.block.depth === depth) {
          top.sawText = true;
          const lines = src.split('\n');
          let first = lines[0];
          const box = /^\[([ xX])\]\s+/.exec(first);
          if (box) {
            top.block.checked = box[1] !== ' ';
            first = first.slice(box[0].length);
          }
          top.block.text = plainInline([first, ...lines.slice(1)].join(' '));
        } else {
          src.split('\n').forEach((l, k) => {
            const text = plainInline(l);
            if (text) blocks.push({ kind: 'para', depth, text, line: line + k });
          });
        }
        i += 2;
        break;
      }
      case 'thead_open':
        inHead = true;
        header = [];
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        row = [];
        rowLine = line;
        break;
      case 'th_open':
      case 'td_open': {
        const inline = tokens[i + 1];
        row?.push(plainInline(inline?.content ?? ''));
        break;
      }
      case 'tr_close':
        if (row) {
          if (inHead) header = row;
          else blocks.push({ kind: 'row', depth, cells: row, header, line: rowLine });
        }
        row = undefined;
        break;
      case 'fence':
      case 'code_block':
      case 'html_block':
        break;
      default:
        break;
    }
  }
  return joinTextTables(blocks);
}

/**
 * Pipe tables written as plain text (no header separator markdown-it accepts), with rows wrapped
 * over several lines: "T | The next task is … | Ven M | 10-02-2022" followed by "   and …".
 */
function joinTextTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let header: string[] | undefined;
  let last: (Block & { kind: 'row' }) | undefined;
  for (const b of blocks) {
    if (b.kind === 'para' && (b.text.match(/\|/g)?.length ?? 0) >= 2) {
      const cells = b.text.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      if (!header) {
        header = cells;
        continue;
      }
      last = { kind: 'row', depth: b.depth, cells, header, line: b.line };
      out.push(last);
      continue;
    }
    if (b.kind === 'para' && /^[-=|+\s:]+$/.test(b.text)) continue;
    if (b.kind === 'para' && last && header && !b.text.includes('|') && last.line >= b.line - 2) {
      // A wrapped continuation: it belongs to the row's longest (description) cell.
      const widest = last.cells.reduce((w, c, k) => (c.length > last!.cells[w].length ? k : w), 0);
      last.cells[widest] = `${last.cells[widest]} ${b.text}`.trim();
      last.line = b.line;
      continue;
    }
    header = undefined;
    last = undefined;
    out.push(b);
  }
  return out;
}
