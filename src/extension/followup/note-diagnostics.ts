import * as vscode from 'vscode';
import { formatDay } from '../../core/followup/compose';
import { parseFrontMatter } from '../../core/frontmatter';
import { checkNote, type NoteCheck } from '../../core/notes/checks';
import { parseMeetingNote, type MeetingNote } from '../../core/notes/parse';
import { DocumentTimers } from '../document-timers';
import type { SettingsService } from '../settings';
import { uiLang } from './followup-commands';

const DEBOUNCE_MS = 250;

/** True for meeting notes: Markdown under a meetings/ folder, or front matter `type: meeting`. */
export function isMeetingNote(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== 'markdown') return false;
  if (/\/meetings\//.test(doc.uri.path)) return true;
  if (!doc.lineAt(0).text.startsWith('---')) return false;
  return parseFrontMatter(doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 60), 0))).data.type === 'meeting';
}

/** The note reader's result for a meeting note, with the settings of its folder. */
export function readMeetingNote(doc: vscode.TextDocument, settings: SettingsService): MeetingNote {
  const s = settings.forUri(doc.uri);
  return parseMeetingNote(doc.getText(), {
    fileName: doc.uri.path.split('/').pop(),
    userNames: [s.userName, ...s.userAliases].filter(Boolean),
    uiLang: uiLang(),
    defaultLang: s.defaultLanguage,
  });
}

/**
 * Diagnostics on meeting notes for action items that would make a vague follow-up: no owner, no
 * due date, a vague or unreadable due. Quick fixes insert a suggested date or an attendee.
 */
export class NoteDiagnostics implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  readonly collection = vscode.languages.createDiagnosticCollection('composure-notes');
  private readonly checks = new Map<string, { version: number; checks: NoteCheck[] }>();
  private readonly timers = new DocumentTimers();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.timers];

  constructor(private readonly settings: SettingsService) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        this.checks.delete(d.uri.toString());
      }),
      settings.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0))),
    );
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (isMeetingNote(doc)) this.timers.schedule(doc, delay, () => this.check(doc));
  }

  check(doc: vscode.TextDocument): NoteCheck[] {
    const checks = checkNote(readMeetingNote(doc, this.settings));
    this.checks.set(doc.uri.toString(), { version: doc.version, checks });
    this.collection.set(
      doc.uri,
      checks.map((c) => {
        const line = doc.lineAt(Math.min(c.line, doc.lineCount - 1));
        const range = new vscode.Range(line.lineNumber, line.firstNonWhitespaceCharacterIndex, line.lineNumber, line.text.length);
        const severity = c.code === 'no-date' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning;
        const d = new vscode.Diagnostic(range, c.message, severity);
        d.source = 'Composure';
        d.code = c.code;
        return d;
      }),
    );
    return checks;
  }

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entry = this.checks.get(doc.uri.toString());
    if (!entry) return [];
    const actions: vscode.CodeAction[] = [];
    const lang = uiLang();
    for (const diag of context.diagnostics) {
      if (diag.source !== 'Composure') continue;
      const c = entry.checks.find((x) => x.code === diag.code && x.line === diag.range.start.line);
      if (!c) continue;
      const line = doc.lineAt(c.line);
      if (c.code === 'no-due' || c.code === 'vague-due' || c.code === 'unresolved-date') {
        for (const [i, date] of c.dates.entries()) {
          const a = new vscode.CodeAction(vscode.l10n.t('Set due {0} ({1})', date, formatDay(date, lang)), vscode.CodeActionKind.QuickFix);
          a.edit = dueEdit(doc, line, c, date);
          a.diagnostics = [diag];
          a.isPreferred = i === 0;
          actions.push(a);
        }
        const pick = new vscode.CodeAction(vscode.l10n.t('Pick a due date…'), vscode.CodeActionKind.QuickFix);
        pick.command = { title: pick.title, command: 'composure.pickDueDate', arguments: [doc.uri, c.line, c.dueText ?? null] };
        pick.diagnostics = [diag];
        actions.push(pick);
      } else if (c.code === 'no-owner') {
        for (const owner of c.owners) {
          const a = new vscode.CodeAction(vscode.l10n.t('Assign to {0}', owner), vscode.CodeActionKind.QuickFix);
          a.edit = new vscode.WorkspaceEdit();
          a.edit.insert(doc.uri, new vscode.Position(line.lineNumber, taskStart(line.text)), `${owner}: `);
          a.diagnostics = [diag];
          actions.push(a);
        }
      }
    }
    return actions;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Where the task text starts after "- ", "1. " and "[ ] ". */
function taskStart(text: string): number {
  const m = /^(\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)/.exec(text);
  return m ? m[1].length : text.length - text.trimStart().length;
}

/** Replaces a vague due's words with the date, or appends `due: YYYY-MM-DD` to the line. */
export function dueEdit(
  doc: vscode.TextDocument,
  line: vscode.TextLine,
  c: Pick<NoteCheck, 'dueText'>,
  date: string,
): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const at = c.dueText ? line.text.lastIndexOf(c.dueText) : -1;
  if (at >= 0)
    edit.replace(doc.uri, new vscode.Range(line.lineNumber, at, line.lineNumber, at + (c.dueText as string).length), `due: ${date}`);
  else edit.insert(doc.uri, new vscode.Position(line.lineNumber, line.text.trimEnd().length), ` — due: ${date}`);
  return edit;
}
