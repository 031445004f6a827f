import * as vscode from 'vscode';
import type { Client } from '../core/clients/model';
import { clientOfFile, type ClientOfFile } from '../core/workspace/workspace';
import { locateFile } from '../core/workspace/layout';
import type { SettingsService } from './settings';
import { vscodeFs } from './workspace-fs';

/**
 * The client a document belongs to, from the core workspace model (folder clients and one-file
 * clients, each folder with its own clients folder), cached until a profile changes.
 */
export class ClientLookup implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ClientOfFile | undefined>>();
  /** The answers of `cache` that are in, for callers that cannot wait (`peek`). */
  private readonly settled = new Map<string, ClientOfFile | undefined>();
  private readonly disposables: vscode.Disposable[] = [];

  /**
   * @param indexed the client of a file from the clients index when it is built (undefined
   *   otherwise), so an opened draft is linted without waiting for a read.
   */
  constructor(
    private readonly settings: SettingsService,
    private readonly indexed: (uri: vscode.Uri) => Client | undefined = () => undefined,
  ) {
    const clear = () => {
      this.cache.clear();
      this.settled.clear();
    };
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

  /** A client's files share one answer (their profile's); a file outside any client, its folder's. */
  private keyOf(uri: vscode.Uri): string | undefined {
    const ws = this.settings.workspaceFor(uri);
    return ws && `${ws.clientsRoot}|${locateFile(ws.clientsRoot, uri.path)?.profile ?? uri.path.slice(0, uri.path.lastIndexOf('/'))}`;
  }

  /**
   * The client of a document, or undefined outside any client's files. Asked for a profile, this
   * reads it ahead: the client's drafts are then linted without waiting for a read.
   */
  clientFor(uri: vscode.Uri): Promise<ClientOfFile | undefined> {
    const ws = this.settings.workspaceFor(uri);
    const key = this.keyOf(uri);
    if (!ws || !key) return Promise.resolve(undefined);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    let p = this.cache.get(key);
    if (!p) {
      p = clientOfFile(vscodeFs(folder?.uri ?? uri), ws, uri.path).then((c) => {
        if (this.cache.get(key) === p) this.settled.set(key, c);
        return c;
      });
      this.cache.set(key, p);
    }
    return p;
  }

  /**
   * The client of a document when it is known without reading (outside any workspace, in the
   * clients index, or looked up before), as `{ client }`; undefined when it must be read.
   */
  peek(uri: vscode.Uri): { client: ClientOfFile | undefined } | undefined {
    const key = this.keyOf(uri);
    if (!key) return { client: undefined };
    if (this.settled.has(key)) return { client: this.settled.get(key) };
    const c = this.indexed(uri);
    // Only a client with a profile file: the facts then come from that file, as clientOfFile reads them.
    if (!c?.file) return undefined;
    const p = c.profile;
    return {
      client: {
        id: c.id,
        folder: c.folder,
        profile: c.file,
        lang: p.lang,
        email: p.email,
        name: p.name,
        register: p.register,
        rate: p.rate,
        company: p.company,
        hours: p.hours,
      },
    };
  }

  /** The client's language, for the linter. */
  async langFor(uri: vscode.Uri) {
    return (await this.clientFor(uri))?.lang;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
