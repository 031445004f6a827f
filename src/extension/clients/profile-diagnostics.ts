import * as vscode from 'vscode';
import { DocumentTimers } from '../document-timers';
import { checkProfile, type ProfileProblem } from '../../core/clients/profile-check';
import { langFromLocale } from '../../core/lang';
import { locateFile } from '../../core/workspace/layout';
import type { SettingsService } from '../settings';

const DEBOUNCE_MS = 250;
const SEVERITY: Record<ProfileProblem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * Problems of open client profiles (client.md, one-file clients) in the Problems panel, each on
 * its own line, from the core's `checkProfile`; cleared when the document closes.
 */
export class ProfileDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('composure-profiles');
  private readonly timers = new DocumentTimers();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.timers];

  constructor(private readonly settings: SettingsService) {
    const all = () => vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.timers.cancel(d.uri);
        this.collection.delete(d.uri);
      }),
      settings.onDidChange(() => {
        this.collection.clear();
        all();
      }),
    );
    all();
  }

  /** Whether a document is a client profile under its folder's clients folder. */
  isProfile(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== 'markdown') return false;
    const ws = this.settings.workspaceFor(doc.uri);
    return !!ws && locateFile(ws.clientsRoot, doc.uri.path)?.kind === 'profile';
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (this.isProfile(doc)) this.timers.schedule(doc, delay, () => this.check(doc));
  }

  /** Checks a profile now and publishes its diagnostics. */
  check(doc: vscode.TextDocument): ProfileProblem[] {
    const problems = checkProfile(doc.getText(), langFromLocale(vscode.env.language));
    this.collection.set(
      doc.uri,
      problems.map((p) => {
        const line = doc.lineAt(Math.min(Math.max(p.line - 1, 0), doc.lineCount - 1));
        const range = new vscode.Range(line.lineNumber, line.firstNonWhitespaceCharacterIndex, line.lineNumber, line.text.length);
        const d = new vscode.Diagnostic(range, p.message, SEVERITY[p.severity]);
        d.source = 'Composure';
        d.code = p.code;
        return d;
      }),
    );
    return problems;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
