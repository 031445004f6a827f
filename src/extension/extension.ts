import * as vscode from 'vscode';

/** Handles tests and other extensions may use; returned from `activate`. */
export interface ComposureApi {
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): ComposureApi {
  const clients = vscode.window.createTreeView('composure.clients', {
    treeDataProvider: { getChildren: () => [], getTreeItem: (x: vscode.TreeItem) => x },
  });
  context.subscriptions.push(clients);
  context.subscriptions.push(
    vscode.commands.registerCommand('composure.refreshClients', () => undefined),
    vscode.commands.registerCommand('composure.checkDocument', () => undefined),
  );
  return { version: String(context.extension.packageJSON.version) };
}

export function deactivate(): void {
  // Disposables registered in context.subscriptions are released by VS Code.
}
