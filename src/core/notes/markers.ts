/**
 * Inline corrections the user writes in a meeting note (a quick fix writes them): an HTML comment
 * on a line that says how to read it. The reader honours them and strips them from task text.
 */

/** Never read this line as an item of any kind. */
export const MARKER_NOT_ACTION = '<!-- composure: not-action -->';

/** Read this line as an action item even if the reader would not. */
export const MARKER_ACTION = '<!-- composure: action -->';

/**
 * Why a line was read the way it was: a machine code on every action, decision, question and next
 * meeting (`why`). The editor maps each code to a localized explanation.
 */
export const WHY_CODES = [
  /** An item under an actions heading ("Action items", "Próximos pasos", "Prossime azioni"…). */
  'section:actions',
  /** An item under a decisions heading. */
  'section:decisions',
  /** An item under an open-questions heading. */
  'section:questions',
  /** The text under a next-meeting heading. */
  'section:next',
  /** A task-list box `- [ ]` / `- [x]`. */
  'task-list',
  /** A Logseq or org-mode keyword: TODO, DONE, LATER, NOW. */
  'task-keyword',
  /** A row of a table with an owner or task column (Markdown or HTML). */
  'table-row',
  /** A line starting with a label: "AI:", "TODO:", "Action:", "Decision:", "Q:", "Next meeting:". */
  'label',
  /** A list under a person's name (a bold label, a "Name:" line or a sub-heading). */
  'owner-label',
  /** A sub-heading per task with an "Owner:" / "Responsable:" / "Referente:" line under it. */
  'owner-line',
  /** A sentence that commits someone: "Sam will send…", "Marta se encarga de…", "Luca si occupa di…". */
  'prose-commitment',
  /** A sentence that reports a decision ("We agreed…", "Quedamos en que…", "Si è deciso…"). */
  'decision-sentence',
  /** A sentence that ends with a question mark among the tasks. */
  'question-mark',
  /** A sentence that leaves something open ("It's still unclear who…", "Queda por aclarar si…", "Resta da capire se…"). */
  'question-sentence',
  /** A sentence that sets the next meeting ("We'll meet again on…", "Nos volvemos a ver…"). */
  'next-sentence',
  /** The user's inline marker `<!-- composure: action -->`. */
  'marker',
] as const;

export type WhyCode = (typeof WHY_CODES)[number];

/** Removes the composure markers (and only them) from a line of text. */
export function stripMarkers(text: string): string {
  if (!text.includes('<!--')) return text;
  return text
    .replace(/<!--\s{0,5}composure:\s{0,5}(?:not-action|action)\s{0,5}-->/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
