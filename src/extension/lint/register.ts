import * as vscode from 'vscode';
import type { SettingsService } from '../settings';
import { ClientLookup } from '../client-lookup';
import { addToSetting, DraftCodeActions } from './code-actions';
import { DraftDiagnostics } from './draft-diagnostics';
import { HeatStatus } from './heat-status';
import { HoldController } from './hold';
import { RULE_SCHEME, RuleDocsProvider } from './rule-docs';
import { langFromLocale } from '../../core/lang';
import type { Client } from '../../core/clients/model';

/** Wires the reply-draft linter into VS Code: diagnostics, quick fixes, heat meter, commands. */
export interface LinterParts {
  readonly drafts: DraftDiagnostics;
  readonly heat: HeatStatus;
  /** The client of each draft (its profile read once). */
  readonly clientLookup: ClientLookup;
}

export function registerLinter(
  context: vscode.ExtensionContext,
  settings: SettingsService,
  indexed?: (uri: vscode.Uri) => Client | undefined,
): LinterParts {
  const clientLangs = new ClientLookup(settings, indexed);
  const docsUri = vscode.Uri.from({ scheme: RULE_SCHEME, path: '/' });
  const drafts = new DraftDiagnostics(settings, clientLangs, docsUri);
  const heat = new HeatStatus(drafts);
  const holds = new HoldController(
    drafts,
    () => settings.settings.holdMinutes,
    () => settings.settings.timezone,
  );
  const selector: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, new RuleDocsProvider(langFromLocale(vscode.env.language))),
    clientLangs,
    drafts,
    heat,
    holds,
    vscode.languages.registerCodeActionsProvider(selector, new DraftCodeActions(drafts), {
      providedCodeActionKinds: DraftCodeActions.providedCodeActionKinds,
    }),
    vscode.commands.registerCommand('composure.checkDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Composure: open a draft to check it.'));
        return undefined;
      }
      const linted = await drafts.check(editor.document);
      const n = linted?.result.findings.length ?? 0;
      void vscode.window.showInformationMessage(
        n === 0
          ? vscode.l10n.t('Composure: no findings. This reply reads calm.')
          : n === 1
            ? vscode.l10n.t('Composure: 1 finding; see the Problems panel.')
            : vscode.l10n.t('Composure: {0} findings; see the Problems panel.', n),
      );
      return linted?.result;
    }),
    vscode.commands.registerCommand('composure.holdReply', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) return undefined;
      return holds.hold(doc);
    }),
    vscode.commands.registerCommand('composure.releaseHold', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) return false;
      return holds.release(doc);
    }),
    vscode.commands.registerCommand('composure.allowPhrase', async (phrase: string) => {
      if (typeof phrase !== 'string' || !phrase.trim()) return;
      await addToSetting('lint.allowedPhrases', phrase.trim());
    }),
    vscode.commands.registerCommand('composure.disableRule', async (rule: string) => {
      if (typeof rule !== 'string' || !rule) return;
      await addToSetting('lint.disabledRules', rule);
    }),
  );
  return { drafts, heat, clientLookup: clientLangs };
}
