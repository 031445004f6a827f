/** A list item's lead: indentation, blockquote markers, the bullet or number and its spacing. */
const ITEM = /^([ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)/;

/**
 * The line as it reads once its action item is done: a task-list box is checked (also inside a
 * blockquote, and when no space follows the box), a plain list item gets a checked box, anything
 * else (a table row, a sentence) gets " ✅ <date>" at the end of its text, before any trailing
 * whitespace (a Markdown hard break stays one). Returns undefined when the line is already done.
 */
export function markLineDone(line: string, today: string): string | undefined {
  const item = ITEM.exec(line);
  if (item) {
    const rest = line.slice(item[0].length);
    if (rest.startsWith('[ ]')) return `${item[1]}[x]${rest.slice(3)}`;
    if (/^\[[xX]\]/.test(rest)) return undefined;
  }
  if (line.includes('✅')) return undefined;
  if (item) return `${item[1]}[x] ${line.slice(item[0].length)}`;
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

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

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
