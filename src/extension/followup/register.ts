import * as vscode from 'vscode';
import { addDays, formatLocalDate, isIsoDate } from '../../core/dates/calendar';
import { formatDay } from '../../core/followup/compose';
import type { SettingsService } from '../settings';
import { copyFollowupCommand, type DraftOptions, markFollowedUpCommand, openInMailCommand, uiLang } from './followup-commands';
import { FollowupPreviews } from './followup-preview';
import { dueEdit, NoteDiagnostics } from './note-diagnostics';
import { NoteHints } from './note-hints';
import { tickWhenDone } from '../walkthrough';

/** Wires follow-ups and meeting-note checks into VS Code. */
export function registerFollowups(context: vscode.ExtensionContext, settings: SettingsService): NoteDiagnostics {
  const notes = new NoteDiagnostics(settings);
  const hints = new NoteHints(settings);
  const previews = new FollowupPreviews(settings);
  context.subscriptions.push(
    notes,
    hints,
    previews,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, notes, {
      providedCodeActionKinds: NoteDiagnostics.providedCodeActionKinds,
    }),
    vscode.languages.registerInlayHintsProvider({ language: 'markdown' }, hints),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, hints, {
      providedCodeActionKinds: NoteHints.providedCodeActionKinds,
    }),
    vscode.commands.registerCommand('composure.draftFollowup', (arg?: unknown, opts?: DraftOptions) =>
      tickWhenDone('followup', previews.draft(arg, opts)),
    ),
    vscode.commands.registerCommand('composure.saveFollowup', (arg?: unknown) => previews.save(arg)),
    vscode.commands.registerCommand('composure.discardFollowup', (arg?: unknown) => previews.cancel(arg)),
    vscode.commands.registerCommand('composure.copyFollowup', (arg?: unknown) => copyFollowupCommand(arg)),
    vscode.commands.registerCommand('composure.openFollowupInMail', (arg?: unknown, opts?: Parameters<typeof openInMailCommand>[1]) =>
      openInMailCommand(arg, opts),
    ),
    vscode.commands.registerCommand('composure.markFollowedUp', (arg?: unknown) => markFollowedUpCommand(arg)),
    vscode.commands.registerCommand(
      'composure.pickDueDate',
      async (uri: vscode.Uri, line: number, dueText: string | null, chosen?: string) => {
        const doc = await vscode.workspace.openTextDocument(uri);
        let date = chosen;
        if (!date) {
          const start = formatLocalDate(new Date());
          const items = Array.from({ length: 21 }, (_, i) => addDays(start, i + 1)).map((d) => ({
            label: formatDay(d, uiLang()),
            description: d,
          }));
          const other = { label: vscode.l10n.t('Another date…'), description: '' };
          const picked = await vscode.window.showQuickPick([...items, other], {
            placeHolder: vscode.l10n.t('Due date for this action item'),
          });
          if (!picked) return false;
          date =
            picked === other
              ? await vscode.window.showInputBox({
                  prompt: vscode.l10n.t('Due date (YYYY-MM-DD)'),
                  validateInput: (v) => (isIsoDate(v.trim()) ? undefined : vscode.l10n.t('Write the date as YYYY-MM-DD.')),
                })
              : picked.description;
        }
        if (!date) return false;
        return vscode.workspace.applyEdit(dueEdit(doc, doc.lineAt(line), { dueText: dueText ?? undefined }, date.trim()));
      },
    ),
  );
  return notes;
}
