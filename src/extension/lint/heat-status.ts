import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/text/markdown';
import type { DraftDiagnostics, LintedDraft } from './draft-diagnostics';
import { t } from '../../core/i18n';
import { langFromLocale } from '../../core/lang';

/** The heat meter: a status-bar item on reply drafts, calm / warm / hot, with its reasons. */
export class HeatStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('composure.heat', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private readonly uiLang = langFromLocale(vscode.env.language);

  constructor(private readonly drafts: DraftDiagnostics) {
    this.item.name = vscode.l10n.t('Composure heat meter');
    this.disposables.push(
      drafts.onDidLint(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const linted = editor ? this.drafts.result(editor.document.uri) : undefined;
    if (!linted) {
      this.item.hide();
      return;
    }
    this.render(linted);
    this.item.show();
  }

  private render({ result }: LintedDraft): void {
    const { heat } = result;
    const icon = heat.level === 'hot' ? '$(flame)' : heat.level === 'warm' ? '$(warning)' : '$(check)';
    const label = t(this.uiLang, `heat.${heat.level}`);
    this.item.text = result.holdUntil ? `$(clock) ${vscode.l10n.t('On hold')}` : `${icon} ${label}`;
    this.item.backgroundColor =
      heat.level === 'hot'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : heat.level === 'warm'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: ['composure.holdReply', 'workbench.actions.view.problems'] };
    md.appendMarkdown(`**${vscode.l10n.t('Composure heat: {0}', label)}**\n\n`);
    for (const r of heat.reasons) md.appendMarkdown(`- ${escape(r)}\n`);
    md.appendMarkdown(`\n${escape(t(this.uiLang, `heat.advice.${heat.level}`))}\n`);
    if (result.holdUntil)
      md.appendMarkdown(`\n$(clock) ${escape(t(this.uiLang, 'lint.hold.until', result.holdUntil.replace('T', ' ')))}\n`);
    else if (heat.level !== 'calm') md.appendMarkdown(`\n[$(clock) ${vscode.l10n.t('Hold this reply')}](command:composure.holdReply)`);
    this.item.tooltip = md;
    this.item.command = heat.level === 'hot' && !result.holdUntil ? 'composure.holdReply' : 'workbench.actions.view.problems';
    this.item.accessibilityInformation = { label: vscode.l10n.t('Composure heat: {0}', label) };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function escape(text: string): string {
  return escapeMarkdown(text);
}
