import * as vscode from 'vscode';
import type { FileStat, WorkspaceFs } from '../core/workspace/fs';
import { decodeText } from '../core/text/decode';

/**
 * The core's file access over `vscode.workspace.fs` (local, remote and virtual workspaces alike).
 * Core paths are the URIs' paths; `base` gives the scheme and authority.
 */
export function vscodeFs(base: vscode.Uri): WorkspaceFs {
  const at = (path: string) => base.with({ path });
  return {
    readFile: async (path) => {
      try {
        return await vscode.workspace.fs.readFile(at(path));
      } catch (err) {
        throw Object.assign(new Error((err as Error).message), { code: (err as vscode.FileSystemError).code });
      }
    },
    stat: async (path): Promise<FileStat | undefined> => {
      try {
        const s = await vscode.workspace.fs.stat(at(path));
        return s.type & vscode.FileType.Directory
          ? { kind: 'dir', size: 0 }
          : s.type & vscode.FileType.File
            ? { kind: 'file', size: s.size }
            : undefined;
      } catch {
        return undefined;
      }
    },
    readDir: async (path) => (await vscode.workspace.fs.readDirectory(at(path))).map(([name]) => name),
    // A WorkspaceEdit create with overwrite off refuses a name that is taken: the write is exclusive.
    writeExclusive: async (path, bytes) => {
      if (await exists(at(path))) return false;
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(at(path), { overwrite: false, ignoreIfExists: false, contents: bytes });
      if (await vscode.workspace.applyEdit(edit)) return true;
      if (await exists(at(path))) return false; // another writer took the name meanwhile
      throw new Error(vscode.l10n.t('Composure: could not create {0}.', vscode.workspace.asRelativePath(at(path))));
    },
  };
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A file's text: the open document's when it is open (unsaved edits included), else the disk's. */
export async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const d = decodeText(await vscode.workspace.fs.readFile(uri));
  if (d.binary) throw new Error(vscode.l10n.t('{0} is not a text file.', vscode.workspace.asRelativePath(uri)));
  return d.text;
}
