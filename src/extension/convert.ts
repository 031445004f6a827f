import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/lint/types';

/** Core data → VS Code types, in one place. */

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(doc: vscode.TextDocument, offset: number, length: number): vscode.Range {
  return new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + length));
}

/** Each rule's diagnostic code (its id and page), made once per docs folder. */
const codes = new Map<string, { value: string; target: vscode.Uri }>();

/** A finding as a diagnostic whose code links to the rule's page under `docsUri` (`<docsUri>/<rule>.md`). */
export function toDiagnostic(doc: vscode.TextDocument, f: Finding, docsUri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(doc, f.offset, f.length), f.message, SEVERITY[f.severity]);
  d.source = 'Composure';
  const key = `${docsUri.toString()}\n${f.rule}`;
  let code = codes.get(key);
  if (!code) codes.set(key, (code = { value: f.rule, target: vscode.Uri.joinPath(docsUri, `${f.rule}.md`) }));
  d.code = code;
  return d;
}

/** The rule id of a diagnostic produced by `toDiagnostic`. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== 'Composure') return undefined;
  const code = d.code;
  if (typeof code === 'object' && code !== null && 'value' in code) return String(code.value);
  return typeof code === 'string' ? code : undefined;
}
