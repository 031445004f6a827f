import * as vscode from 'vscode';
import type { ClientFacts } from '../../core/followup/draft';
import { fmString, parseFrontMatter } from '../../core/frontmatter';
import { isLang } from '../../core/lang';
import { decodeText } from '../../core/text/decode';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const d = decodeText(await vscode.workspace.fs.readFile(uri));
  if (d.binary) throw new Error(vscode.l10n.t('{0} is not a text file.', vscode.workspace.asRelativePath(uri)));
  return d.text;
}

/** The client folder holding a file (nearest folder with a client.md) and its profile facts. */
export async function clientOf(uri: vscode.Uri): Promise<{ folder?: vscode.Uri; facts: ClientFacts }> {
  const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
  let dir = vscode.Uri.joinPath(uri, '..');
  for (let i = 0; i < 4 && root && dir.path.startsWith(root.path); i++) {
    const profile = vscode.Uri.joinPath(dir, 'client.md');
    if (await exists(profile)) {
      const data = parseFrontMatter(await readText(profile)).data;
      const lang = fmString(data, 'lang')?.toLowerCase();
      const register = fmString(data, 'register');
      return {
        folder: dir,
        facts: {
          lang: isLang(lang) ? lang : undefined,
          email: fmString(data, 'email'),
          name: fmString(data, 'name'),
          register: register === 'formal' || register === 'informal' ? register : undefined,
        },
      };
    }
    if (dir.path === root.path) break;
    dir = vscode.Uri.joinPath(dir, '..');
  }
  return { facts: {} };
}
