import { DONE_WORDS, TASK_KEYWORDS } from './vocabulary';

/*
 * The one rule for "this task is finished", used by the note reader (and through it the follow-up,
 * the clients index, the Agreements view and the CLI) and by Mark Done alike. This is what a task's
 * own line says; the note reader may also find it reported finished further down the note
 * (stage 7, reported.ts), which only the whole note can tell.
 */

/** Task-list boxes that close a task: checked `[x]`, and cancelled `[-]` (Obsidian Tasks). `[ ]`, in progress `[/]` and deferred `[>]` stay open. */
export function boxCloses(mark: string): boolean {
  return mark === 'x' || mark === 'X' || mark === '-';
}

/** A Logseq or org-mode keyword at the start of a task ("TODO write the brief", "DONE send the invoice"): whether it closes the task, and the rest. */
export function taskKeyword(text: string): { done: boolean; rest: string } | undefined {
  const m = /^([A-Z]{3,9})\s+(?=\S)/.exec(text);
  if (!m || !Object.hasOwn(TASK_KEYWORDS, m[1])) return undefined;
  return { done: TASK_KEYWORDS[m[1]], rest: text.slice(m[0].length) };
}

/** A done mark: ✅ (Obsidian Tasks, with or without its date), ✔️, ☑️. */
const DONE_MARK = /[\u2705\u2714\u2611]/u;

/** The whole task struck through: `~~send the invoice~~`. */
function struckThrough(text: string): boolean {
  const t = text.trim();
  return t.length > 4 && t.startsWith('~~') && t.endsWith('~~') && !t.slice(2, -2).includes('~~');
}

/**
 * Whether a task is finished: its task-list box closes it (`[x]`, `[-]`), a DONE or CANCELLED
 * keyword starts it, a done mark (✅ ✔️ ☑️) is on it, the whole task is struck through, or a
 * status cell beside it (a table's other cells) says done in any of the three languages.
 */
export function isTaskDone(task: { box?: string; text: string; statusCells?: readonly string[] }): boolean {
  if (task.box !== undefined && boxCloses(task.box)) return true;
  if (taskKeyword(task.text)?.done) return true;
  if (DONE_MARK.test(task.text) || struckThrough(task.text)) return true;
  return !!task.statusCells?.some((c) => DONE_WORDS.test(c));
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** A task-list box (the marks `structure.ts` reads): `[ ]`, `[x]`, `[-]`, `[/]`, `[>]`. */
const BOX = /^\[([ xX\-/>])\]/;

/** A list item's lead: indentation, blockquote markers, the bullet or number and its spacing. */
const ITEM = /^([ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)/;

/**
 * Whether a source line holds a finished task, by the rule of `isTaskDone`: a list item's box and
 * text, or a table row's cells (the cell holding `task`, when given, is the task; the others are
 * its status), or any other line's text.
 */
export function isLineDone(line: string, task?: string): boolean {
  const item = ITEM.exec(line);
  if (item) {
    const rest = line.slice(item[0].length);
    const box = BOX.exec(rest);
    return isTaskDone({ box: box?.[1], text: box ? rest.slice(3).trim() : rest.trim() });
  }
  const row = line.trim();
  if (row.startsWith('|') && row.endsWith('|') && row.length > 1) {
    const cells = row
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    const key = task ? squash(task).slice(0, 60) : '';
    const at = key ? cells.findIndex((c) => squash(c).includes(key)) : -1;
    if (at < 0) return cells.some((c) => isTaskDone({ text: c }));
    return isTaskDone({ text: cells[at], statusCells: cells.filter((_, k) => k !== at) });
  }
  return isTaskDone({ text: line.trim() });
}

/**
 * The line as it reads once its action item is done: a task-list box is checked (also inside a
 * blockquote, and when no space follows the box), an open TODO/LATER/NOW keyword becomes DONE, a
 * plain list item gets a checked box, anything
 * else (a table row, a sentence) gets " ✅ <date>" at the end of its text, before any trailing
 * whitespace (a Markdown hard break stays one). Returns undefined when the line is already done
 * (`isLineDone`; `task`, when given, tells a table row's task cell from its status cells).
 */
export function markLineDone(line: string, today: string, task?: string): string | undefined {
  if (isLineDone(line, task)) return undefined;
  const item = ITEM.exec(line);
  if (item) {
    const rest = line.slice(item[0].length);
    const box = BOX.exec(rest);
    const text = box ? rest.slice(3) : rest;
    // An open keyword (Logseq, org-mode) becomes DONE, as those tools write it; a box is checked.
    const kw = taskKeyword(text.trimStart());
    if (kw) return `${item[1]}${box ? '[x]' : ''}${text.slice(0, text.length - text.trimStart().length)}DONE ${kw.rest}`;
    return box ? `${item[1]}[x]${text}` : `${item[1]}[x] ${rest}`;
  }
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  const text = line.slice(0, end);
  const trailing = line.slice(end);
  if (text.endsWith('|')) {
    // A table row: the mark goes into the last cell, keeping the table intact.
    let cell = text.length - 1;
    while (cell > 0 && (text[cell - 1] === ' ' || text[cell - 1] === '\t')) cell--;
    return `${text.slice(0, cell)} ✅ ${today} |${trailing}`;
  }
  return `${text} ✅ ${today}${trailing}`;
}

/**
 * Where an action item's line is now: the expected line when it still holds the task's text, else
 * the nearest line that does (lines inserted or removed above it since the note was read), else
 * undefined (the task was edited or deleted: nothing should be marked). `lineAt` reads a 0-based line.
 */
export function findTaskLine(
  lineAt: (line: number) => string,
  lineCount: number,
  expected: number,
  task: string,
  reach = 200,
): number | undefined {
  const key = squash(task).slice(0, 60);
  if (!key) return undefined;
  const holds = (l: number) => l >= 0 && l < lineCount && squash(lineAt(l)).includes(key);
  for (let d = 0; d <= reach; d++) {
    if (holds(expected - d)) return expected - d;
    if (d && holds(expected + d)) return expected + d;
  }
  return undefined;
}
