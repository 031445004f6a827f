import * as vscode from 'vscode';
import { fmString, parseFrontMatter } from '../../core/frontmatter';
import { isLang, type Lang } from '../../core/lang';
import { decodeText } from '../../core/text/decode';

/** Finds the `lang` of the client whose folder holds a document (nearest client.md above it). */
export class ClientLangLookup implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<Lang | undefined>>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/client.md');

  constructor() {
    const clear = () => this.cache.clear();
    this.watcher.onDidChange(clear);
    this.watcher.onDidCreate(clear);
    this.watcher.onDidDelete(clear);
  }

  langFor(uri: vscode.Uri): Promise<Lang | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return Promise.resolve(undefined);
    const dir = vscode.Uri.joinPath(uri, '..');
    const key = dir.toString();
    let p = this.cache.get(key);
    if (!p) {
      p = this.lookup(dir, folder.uri);
      this.cache.set(key, p);
    }
    return p;
  }

  private async lookup(dir: vscode.Uri, root: vscode.Uri): Promise<Lang | undefined> {
    let cur = dir;
    for (let i = 0; i < 5 && cur.path.startsWith(root.path); i++) {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(cur, 'client.md'));
        const lang = fmString(parseFrontMatter(decodeText(bytes).text).data, 'lang')?.toLowerCase();
        return isLang(lang) ? lang : undefined;
      } catch {
        // no profile here: look one folder up
      }
      if (cur.path === root.path) break;
      cur = vscode.Uri.joinPath(cur, '..');
    }
    return undefined;
  }

  dispose(): void {
    this.watcher.dispose();
  }
}
