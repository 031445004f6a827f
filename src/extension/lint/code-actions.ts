import * as vscode from 'vscode';
import { hasSafeFix, safeFixes } from '../../core/lint/fix-all';
import type { Finding, Suggestion } from '../../core/lint/types';
import { ruleOf, toRange } from '../convert';
import type { DraftDiagnostics } from './draft-diagnostics';

/** Kind of the fix-all action (`"editor.codeActionsOnSave": {"source.fixAll.composure": "explicit"}`). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('composure');

/** The fix-all action as offered: its edit is built only when it is chosen (resolveCodeAction). */
class FixAllAction extends vscode.CodeAction {
  constructor(readonly doc: vscode.TextDocument) {
    super(vscode.l10n.t('Composure: apply all safe fixes'), FIX_ALL_KIND);
  }
}

/**
 * Quick fixes for Composure diagnostics: every suggested rewrite, removal, "ignore here",
 * "allow this phrase" and "disable this rule" in the workspace; plus a fix-all for safe fixes,
 * offered when asked for by kind (`source.fixAll`, on save) or beside a finding's own fixes, and
 * whose edit is built only when chosen.
 */
export class DraftCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly drafts: DraftDiagnostics) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const linted = this.drafts.result(doc.uri);
    if (!linted || linted.version !== doc.version) return [];
    const findings = linted.result.findings;
    if (context.only && FIX_ALL_KIND.contains(context.only)) return this.fixAll(doc, findings);
    const actions: vscode.CodeAction[] = [];
    for (const diag of context.diagnostics) {
      const rule = ruleOf(diag);
      if (!rule) continue;
      const f = findings.find((x) => x.rule === rule && toRange(doc, x.offset, x.length).isEqual(diag.range));
      if (!f) continue;
      actions.push(...this.fixesFor(doc, f, diag));
    }
    // The light bulb (no kind asked) shows it beside a finding's own fixes; a source menu always.
    if (context.only ? context.only.contains(FIX_ALL_KIND) : actions.length > 0) actions.push(...this.fixAll(doc, findings));
    return actions;
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (!(action instanceof FixAllAction) || action.edit) return action;
    const linted = this.drafts.result(action.doc.uri);
    action.edit = new vscode.WorkspaceEdit();
    if (!linted || linted.version !== action.doc.version) return action;
    for (const s of safeFixes(linted.result.findings)) action.edit.replace(action.doc.uri, toRange(action.doc, s.offset, s.length), s.text);
    return action;
  }

  private fixesFor(doc: vscode.TextDocument, f: Finding, diag: vscode.Diagnostic): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    f.suggestions.forEach((s, i) => {
      const title = fixTitle(doc, f, s);
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.edit = new vscode.WorkspaceEdit();
      if (s.slots?.length) a.edit.set(doc.uri, [new vscode.SnippetTextEdit(toRange(doc, s.offset, s.length), toSnippet(s))]);
      else a.edit.replace(doc.uri, toRange(doc, s.offset, s.length), s.text);
      a.diagnostics = [diag];
      a.isPreferred = i === 0 && !!s.safe;
      actions.push(a);
    });
    if (f.rule !== 'reply-on-hold') {
      const line = doc.positionAt(f.offset).line;
      const indent = doc.lineAt(line).text.match(/^\s*/)?.[0] ?? '';
      const ignore = new vscode.CodeAction(vscode.l10n.t('Ignore “{0}” here', f.rule), vscode.CodeActionKind.QuickFix);
      ignore.edit = new vscode.WorkspaceEdit();
      ignore.edit.insert(doc.uri, new vscode.Position(line, 0), `${indent}<!-- composure-disable-next-line ${f.rule} -->\n`);
      ignore.diagnostics = [diag];
      actions.push(ignore);
      // A learned backstop's finding is a whole sentence, not a phrase: allowing it would not silence it.
      if (!f.rule.startsWith('intent-')) {
        const allow = new vscode.CodeAction(
          vscode.l10n.t('Allow the phrase “{0}” in this workspace', short(f.text)),
          vscode.CodeActionKind.QuickFix,
        );
        allow.command = { title: allow.title, command: 'composure.allowPhrase', arguments: [f.text] };
        allow.diagnostics = [diag];
        actions.push(allow);
      }
      const disable = new vscode.CodeAction(vscode.l10n.t('Disable rule “{0}” in this workspace', f.rule), vscode.CodeActionKind.QuickFix);
      disable.command = { title: disable.title, command: 'composure.disableRule', arguments: [f.rule] };
      disable.diagnostics = [diag];
      actions.push(disable);
    }
    return actions;
  }

  private fixAll(doc: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction[] {
    return hasSafeFix(findings) ? [new FixAllAction(doc)] : [];
  }
}

/** A suggestion with slots as a snippet: each prefilled fact is a tab stop the user can check. */
export function toSnippet(s: Suggestion): vscode.SnippetString {
  const snippet = new vscode.SnippetString();
  let at = 0;
  (s.slots ?? []).forEach((slot, i) => {
    snippet.appendText(s.text.slice(at, slot.start));
    snippet.appendPlaceholder(s.text.slice(slot.start, slot.start + slot.length), i + 1);
    at = slot.start + slot.length;
  });
  snippet.appendText(s.text.slice(at));
  return snippet;
}

/**
 * A quick fix's title. A rewrite wider than the finding (its clause or sentence) names the text it
 * replaces: "Replace with “The”" alone would read as if the phrase became "The".
 */
function fixTitle(doc: vscode.TextDocument, f: Finding, s: Suggestion): string {
  if (s.kind === 'remove') return vscode.l10n.t('Remove “{0}”', short(f.text));
  if (s.offset === f.offset && s.length === f.length) return vscode.l10n.t('Replace with “{0}”', short(s.text));
  const replaced = doc.getText(toRange(doc, s.offset, s.length));
  return vscode.l10n.t('Replace “{0}” with “{1}”', short(replaced), short(s.text));
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Adds a value to a string-array setting at workspace level (or user level with no workspace). */
export async function addToSetting(key: string, value: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('composure');
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>(key);
  const current = (target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (!current.includes(value)) await config.update(key, [...current, value], target);
}
