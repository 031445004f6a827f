import type * as vscode from 'vscode';

/**
 * One pending run per document (a debounce keyed by URI): scheduling again replaces the pending
 * run, and a run whose document was closed meanwhile is skipped.
 */
export class DocumentTimers implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  schedule(doc: vscode.TextDocument, delay: number, run: () => void): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) run();
      }, delay),
    );
  }

  /** True while a run is waiting for its delay (someone is typing). */
  get pending(): boolean {
    return this.timers.size > 0;
  }

  cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
