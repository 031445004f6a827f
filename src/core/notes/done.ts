/**
 * The line as it reads once its action item is done: a task-list box is checked, a plain list
 * item gets a checked box, anything else (a table row, a sentence) gets " ✅ <date>" at the end.
 * Returns undefined when the line is already done.
 */
export function markLineDone(line: string, today: string): string | undefined {
  const box = /^(\s*(?:[-*+]|\d+[.)])\s+)\[ \](\s)/.exec(line);
  if (box) return `${box[1]}[x]${box[2]}${line.slice(box[0].length)}`;
  if (/^\s*(?:[-*+]|\d+[.)])\s+\[[xX]\]/.test(line) || /✅/.test(line)) return undefined;
  const item = /^(\s*(?:[-*+]|\d+[.)])\s+)/.exec(line);
  if (item) return `${item[1]}[x] ${line.slice(item[0].length)}`;
  const trimmed = line.replace(/\s+$/, '');
  if (trimmed.endsWith('|')) {
    // A table row: the mark goes into the last cell, keeping the table intact.
    return `${trimmed.slice(0, -1).replace(/\s+$/, '')} ✅ ${today} |`;
  }
  return `${trimmed} ✅ ${today}`;
}
