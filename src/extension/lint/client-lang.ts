import * as vscode from 'vscode';
import { logReadError } from '../log';
import { fmString, parseFrontMatter } from '../../core/frontmatter';
import { isLang, type Lang } from '../../core/lang';
import { decodeText } from '../../core/text/decode';

/** What a draft's linting reads from its client's profile. */
export interface DraftClient {
  readonly lang?: Lang;
  readonly register?: 'formal' | 'informal';
  readonly rate?: string;
}

/** Finds the profile (lang, register, rate) of the client whose folder holds a document (nearest client.md above it). */
export class ClientLangLookup implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<DraftClient | undefined>>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/client.md');

  constructor() {
    const clear = () => this.cache.clear();
    this.watcher.onDidChange(clear);
    this.watcher.onDidCreate(clear);
    this.watcher.onDidDelete(clear);
  }

  async langFor(uri: vscode.Uri): Promise<Lang | undefined> {
    return (await this.clientFor(uri))?.lang;
  }

  clientFor(uri: vscode.Uri): Promise<DraftClient | undefined> {
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

  private async lookup(dir: vscode.Uri, root: vscode.Uri): Promise<DraftClient | undefined> {
    let cur = dir;
    for (let i = 0; i < 5 && cur.path.startsWith(root.path); i++) {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(cur, 'client.md'));
        const data = parseFrontMatter(decodeText(bytes).text).data;
        const lang = fmString(data, 'lang')?.toLowerCase();
        const register = fmString(data, 'register')?.toLowerCase();
        return {
          lang: isLang(lang) ? lang : undefined,
          register: register === 'formal' || register === 'informal' ? register : undefined,
          rate: fmString(data, 'rate'),
        };
      } catch (err) {
        // No profile here: look one folder up (a profile that exists but cannot be read is logged).
        logReadError(vscode.Uri.joinPath(cur, 'client.md'), err);
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
