import * as vscode from 'vscode';
import { registerFollowups } from './followup/register';
import type { NoteDiagnostics } from './followup/note-diagnostics';
import { registerLinter } from './lint/register';
import type { DraftDiagnostics } from './lint/draft-diagnostics';
import type { HeatStatus } from './lint/heat-status';
import { SettingsService } from './settings';

/** What `activate` returns: for tests and other extensions. */
export interface ComposureApi {
  readonly version: string;
  readonly drafts: DraftDiagnostics;
  readonly heat: HeatStatus;
  readonly settings: SettingsService;
  readonly notes: NoteDiagnostics;
}

export function activate(context: vscode.ExtensionContext): ComposureApi {
  const settings = new SettingsService();
  context.subscriptions.push(settings);
  const { drafts, heat } = registerLinter(context, settings);
  const notes = registerFollowups(context, settings);
  const clients = vscode.window.createTreeView('composure.clients', {
    treeDataProvider: { getChildren: () => [], getTreeItem: (x: vscode.TreeItem) => x },
  });
  context.subscriptions.push(clients, vscode.commands.registerCommand('composure.refreshClients', () => undefined));
  return { version: String(context.extension.packageJSON.version), drafts, heat, settings, notes };
}

export function deactivate(): void {
  // Everything is in context.subscriptions and released by VS Code.
}
