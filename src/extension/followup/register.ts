import * as vscode from 'vscode';
import { addDays, formatLocalDate, isIsoDate } from '../../core/dates/calendar';
import { formatDay } from '../../core/followup/compose';
import type { SettingsService } from '../settings';
import { copyFollowupCommand, draftFollowupCommand, type DraftOptions, markFollowedUpCommand, openInMailCommand, uiLang } from './followup-commands';
import { dueEdit, NoteDiagnostics } from './note-diagnostics';

/** Wires follow-ups and meeting-note checks into VS Code. */
export function registerFollowups(context: vscode.ExtensionContext, settings: SettingsService): NoteDiagnostics {
  const notes = new NoteDiagnostics(settings);
  context.subscriptions.push(
    notes,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, notes, { providedCodeActionKinds: NoteDiagnostics.providedCodeActionKinds }),
    vscode.commands.registerCommand('composure.draftFollowup', (arg?: unknown, opts?: DraftOptions) => draftFollowupCommand(settings, arg, opts)),
    vscode.commands.registerCommand('composure.copyFollowup', (arg?: unknown) => copyFollowupCommand(arg)),
    vscode.commands.registerCommand('composure.openFollowupInMail', (arg?: unknown, opts?: { dryRun?: boolean }) => openInMailCommand(arg, opts)),
    vscode.commands.registerCommand('composure.markFollowedUp', (arg?: unknown) => markFollowedUpCommand(arg)),
    vscode.commands.registerCommand('composure.pickDueDate', async (uri: vscode.Uri, line: number, dueText: string | null, chosen?: string) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      let date = chosen;
      if (!date) {
        const start = formatLocalDate(new Date());
        const items = Array.from({ length: 21 }, (_, i) => addDays(start, i + 1)).map((d) => ({ label: formatDay(d, uiLang()), description: d }));
        const other = { label: vscode.l10n.t('Another date…'), description: '' };
        const picked = await vscode.window.showQuickPick([...items, other], { placeHolder: vscode.l10n.t('Due date for this action item') });
        if (!picked) return false;
        date = picked === other
          ? await vscode.window.showInputBox({ prompt: vscode.l10n.t('Due date (YYYY-MM-DD)'), validateInput: (v) => (isIsoDate(v.trim()) ? undefined : vscode.l10n.t('Write the date as YYYY-MM-DD.')) })
          : picked.description;
      }
      if (!date) return false;
      return vscode.workspace.applyEdit(dueEdit(doc, doc.lineAt(line), { dueText: dueText ?? undefined }, date.trim()));
    }),
  );
  return notes;
}
