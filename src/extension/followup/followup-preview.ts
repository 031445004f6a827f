import * as vscode from 'vscode';
import type { SettingsService } from '../settings';
import { DocumentTimers } from '../document-timers';
import {
  checkEarlierFollowup,
  copyFollowupCommand,
  noteOf,
  prepareFollowup,
  saveFollowup,
  type DraftOptions,
  type DraftResult,
  type PendingFollowup,
} from './followup-commands';

/** Read-only documents that show a follow-up before it is saved. */
export const PREVIEW_SCHEME = 'composure-followup';
const REFRESH_MS = 300;

/** What Draft Follow-up returns: the preview to review; nothing is written until Save. */
export interface PreviewResult {
  readonly preview: vscode.Uri;
  readonly pending: PendingFollowup;
}

/**
 * Draft Follow-up shows the email in a read-only preview beside the note, with Save / Copy /
 * Cancel (a notification and the preview's title buttons). The preview follows the note while it
 * is open, so a correction in the note shows up in the email at once.
 */
export class FollowupPreviews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly pending = new Map<string, PendingFollowup>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly timers = new DocumentTimers();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.timers];
  private count = 0;

  constructor(private readonly settings: SettingsService) {
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
      vscode.workspace.onDidChangeTextDocument((e) => this.noteChanged(e.document)),
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          if (tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === PREVIEW_SCHEME)
            this.pending.delete(tab.input.uri.toString());
        }
      }),
    );
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pending.get(uri.toString())?.content ?? vscode.l10n.t('This follow-up preview was closed. Run Draft Follow-up again.');
  }

  /** The pending follow-up behind a preview URI (or the active preview). */
  pendingOf(arg?: unknown): { uri: vscode.Uri; pending: PendingFollowup } | undefined {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    const pending = uri && this.pending.get(uri.toString());
    return uri && pending ? { uri, pending } : undefined;
  }

  /**
   * "Composure: Draft Follow-up": composes the email and opens its preview beside the note; when
   * the meeting already has a follow-up, first asks whether to open that one instead.
   */
  async draft(arg?: unknown, opts?: DraftOptions): Promise<PreviewResult | DraftResult | undefined> {
    const noteUri = noteOf(arg);
    if (!noteUri) return undefined;
    const pending = await prepareFollowup(this.settings, noteUri);
    if (!pending) return undefined;
    const earlier = await checkEarlierFollowup(pending, opts);
    if (earlier !== 'new') return earlier;
    const stem = (noteUri.path.split('/').pop() ?? 'note').replace(/\.(md|markdown)$/i, '');
    const preview = vscode.Uri.from({
      scheme: PREVIEW_SCHEME,
      path: `/${vscode.l10n.t('Follow-up {0}', stem)}.md`,
      query: `n=${++this.count}`,
    });
    this.pending.set(preview.toString(), pending);
    const doc = await vscode.workspace.openTextDocument(preview);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
    const save = vscode.l10n.t('Save');
    const copy = vscode.l10n.t('Copy');
    const cancel = vscode.l10n.t('Cancel');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t('Review the follow-up beside the note. Nothing is saved until you choose Save.'),
        save,
        copy,
        cancel,
      )
      .then(async (choice) => {
        // The preview's own title actions (or closing its tab) may have settled it first: then this
        // notice's buttons have nothing left to act on, and say so rather than do nothing.
        if (choice && !this.pending.has(preview.toString())) {
          void vscode.window.showInformationMessage(vscode.l10n.t('This follow-up preview is already closed: it was saved or discarded.'));
          return;
        }
        if (choice === save) await this.save(preview);
        else if (choice === copy) await this.copy(preview);
        else if (choice === cancel) await this.cancel(preview);
      });
    return { preview, pending };
  }

  /** Writes the previewed follow-up under the client's followups/ and closes the preview. */
  async save(arg?: unknown): Promise<DraftResult | undefined> {
    const found = this.pendingOf(arg);
    if (!found) return undefined;
    this.pending.delete(found.uri.toString());
    await closeTabs(found.uri);
    return saveFollowup(found.pending);
  }

  /** Copies the previewed email (subject and plain text) to the clipboard. */
  async copy(arg?: unknown): Promise<string | undefined> {
    const found = this.pendingOf(arg);
    return found ? copyFollowupCommand(found.uri) : undefined;
  }

  /** Closes the preview without writing anything. */
  async cancel(arg?: unknown): Promise<boolean> {
    const found = this.pendingOf(arg);
    if (!found) return false;
    this.pending.delete(found.uri.toString());
    await closeTabs(found.uri);
    return true;
  }

  private noteChanged(note: vscode.TextDocument): void {
    if (note.uri.scheme === PREVIEW_SCHEME) return;
    const key = note.uri.toString();
    if (![...this.pending.values()].some((p) => p.noteUri.toString() === key)) return;
    this.timers.schedule(note, REFRESH_MS, () => void this.refresh(note.uri));
  }

  /** Recomposes every open preview of a note. */
  async refresh(noteUri: vscode.Uri): Promise<void> {
    const previews = [...this.pending.entries()].filter(([, p]) => p.noteUri.toString() === noteUri.toString());
    if (!previews.length) return;
    const fresh = await prepareFollowup(this.settings, noteUri);
    if (!fresh) return;
    for (const [key] of previews) {
      if (!this.pending.has(key)) continue;
      this.pending.set(key, fresh);
      this.changed.fire(vscode.Uri.parse(key, true));
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

async function closeTabs(uri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}
