/**
 * Escapes workspace text (a client's name, a task, a heat reason) for a Markdown tooltip: every
 * character Markdown or a theme-icon string could read as syntax gets a backslash, and raw HTML
 * cannot start, so `![](https://…)` stays text and no remote image is fetched.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~$&:"'=]/g, '\\$&').replace(/\r\n|\r|\n/g, ' ');
}
