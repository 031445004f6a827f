import * as vscode from 'vscode';
import { clientOfFile, type ClientOfFile } from '../core/workspace/workspace';
import type { SettingsService } from './settings';
import { vscodeFs } from './workspace-fs';

/**
 * The client a document belongs to, from the core workspace model (folder clients and one-file
 * clients, each folder with its own clients folder), cached until a profile changes.
 */
export class ClientLookup implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ClientOfFile | undefined>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly settings: SettingsService) {
    const clear = () => this.cache.clear();
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}', true, false, true);
    watcher.onDidChange((u) => {
      if (this.isProfile(u)) clear();
    });
    const all = vscode.workspace.createFileSystemWatcher('**/client.md');
    all.onDidCreate(clear);
    all.onDidDelete(clear);
    this.disposables.push(
      watcher,
      all,
      settings.onDidChange(clear),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.isProfile(d.uri)) clear();
      }),
    );
  }

  private isProfile(uri: vscode.Uri): boolean {
    return /\/client\.md$/i.test(uri.path) || this.cacheHasProfile(uri.path);
  }

  private cacheHasProfile(path: string): boolean {
    return [...this.cache.keys()].some((k) => k.endsWith(`|${path}`));
  }

  /** The client of a document, or undefined outside any client's files. */
  clientFor(uri: vscode.Uri): Promise<ClientOfFile | undefined> {
    const ws = this.settings.workspaceFor(uri);
    if (!ws) return Promise.resolve(undefined);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = `${ws.clientsRoot}|${uri.path.slice(0, uri.path.lastIndexOf('/'))}`;
    let p = this.cache.get(key);
    if (!p) {
      p = clientOfFile(vscodeFs(folder?.uri ?? uri), ws, uri.path).then((c) => {
        if (c) this.cache.set(`${key}|${c.profile}`, Promise.resolve(c));
        return c;
      });
      this.cache.set(key, p);
    }
    return p;
  }

  /** The client's language, for the linter. */
  async langFor(uri: vscode.Uri) {
    return (await this.clientFor(uri))?.lang;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
