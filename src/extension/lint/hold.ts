import * as vscode from 'vscode';
import { toInstant } from '../../core/clients/hours';
import { addMinutes, zonedDateTime } from '../../core/dates/clock';
import { HOLD_KEY } from '../../core/lint/draft';
import type { DraftDiagnostics } from './draft-diagnostics';
import { replaceFrontMatter } from '../edits';

/**
 * "Hold This Reply": writes `hold_until` into the draft's front matter (an edit the user can undo),
 * in the user's time zone (`composure.timezone`, else the system's: on a remote host that is the
 * server's clock, often UTC), keeps a diagnostic on the draft while the hold runs, and reminds the
 * user when it is over. Releasing a hold that created the front matter removes the block again.
 */
export class HoldController implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly drafts: DraftDiagnostics,
    private readonly minutes: () => number,
    private readonly zone: () => string,
  ) {
    this.disposables.push(
      drafts.onDidLint((e) => {
        if ('result' in e && e.result.holdUntil) this.remindAt(e.uri, e.result.holdUntil);
      }),
    );
  }

  async hold(doc: vscode.TextDocument, minutes = this.minutes()): Promise<string | undefined> {
    const until = addMinutes(zonedDateTime(Date.now(), this.zone()), minutes);
    const ok = await replaceFrontMatter(doc, { [HOLD_KEY]: until });
    if (!ok) return undefined;
    await this.drafts.lintNow(doc);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Reply on hold until {0}. Take a breath; Composure will remind you to reread it.', until.replace('T', ' ')),
    );
    return until;
  }

  async release(doc: vscode.TextDocument): Promise<boolean> {
    const ok = await replaceFrontMatter(doc, { [HOLD_KEY]: undefined }, { dropIfEmpty: true });
    if (ok) await this.drafts.lintNow(doc);
    return ok;
  }

  private remindAt(uri: vscode.Uri, until: string): void {
    const key = `${uri.toString()}@${until}`;
    if (this.timers.has(key)) return;
    const [date, time] = until.split('T');
    const delay = Math.min(2 ** 31 - 1, Math.max(0, toInstant(date, time, this.zone() || undefined) - Date.now()));
    this.timers.set(
      key,
      setTimeout(() => {
        const doc = vscode.workspace.textDocuments.find((x) => x.uri.toString() === uri.toString());
        if (doc) void this.drafts.lintNow(doc);
        const open = vscode.l10n.t('Reread it');
        void vscode.window
          .showInformationMessage(
            vscode.l10n.t('The hold on {0} is over. Reread the reply before sending it.', vscode.workspace.asRelativePath(uri)),
            open,
          )
          .then((choice) => {
            if (choice === open) void vscode.window.showTextDocument(uri);
          });
      }, delay),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
