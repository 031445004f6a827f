import { promises as disk, type Stats } from 'node:fs';
import * as vscode from 'vscode';
import type { FileStat, WorkspaceFs } from '../core/workspace/fs';
import { decodeText } from '../core/text/decode';

/**
 * The core's file access over `vscode.workspace.fs` (local, remote and virtual workspaces alike),
 * reading `file:` URIs straight from the disk (see `readFileBytes`). Core paths are the URIs'
 * paths; `base` gives the scheme and authority.
 */
export function vscodeFs(base: vscode.Uri): WorkspaceFs {
  const at = (path: string) => base.with({ path });
  return {
    readFile: async (path) => {
      try {
        return await readFileBytes(at(path));
      } catch (err) {
        throw Object.assign(new Error((err as Error).message), { code: (err as vscode.FileSystemError).code });
      }
    },
    stat: async (path): Promise<FileStat | undefined> => {
      try {
        const s = await statUri(at(path));
        return s.type & vscode.FileType.Directory
          ? { kind: 'dir', size: 0 }
          : s.type & vscode.FileType.File
            ? { kind: 'file', size: s.size }
            : undefined;
      } catch {
        return undefined;
      }
    },
    readDir: async (path) => (await readDirectory(at(path))).map(([name]) => name),
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
    await statUri(uri);
    return true;
  } catch {
    return false;
  }
}

/** A file's text: the open document's when it is open (unsaved edits included), else the disk's. */
export async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const d = decodeText(await readFileBytes(uri));
  if (d.binary) throw new Error(vscode.l10n.t('{0} is not a text file.', vscode.workspace.asRelativePath(uri)));
  return d.text;
}

// Reads. `vscode.workspace.fs` asks the window before every call (a round trip that waits while
// the window is busy starting up or opening an editor: seconds on a loaded machine), so a `file:`
// URI, which is on the disk of the machine this Node extension host runs on, is read directly.
// Writes stay with VS Code (undo, save participants, its file events).

/** A file's bytes. */
export async function readFileBytes(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readFile(uri);
  return disk.readFile(uri.fsPath).catch((err: unknown) => {
    throw fromDisk(err, uri);
  });
}

/** What is at a URI (throws when nothing is). */
export async function statUri(uri: vscode.Uri): Promise<vscode.FileStat> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.stat(uri);
  try {
    const link = await disk.lstat(uri.fsPath);
    const s = link.isSymbolicLink() ? await disk.stat(uri.fsPath) : link;
    return {
      type: fileType(s) | (link.isSymbolicLink() ? vscode.FileType.SymbolicLink : 0),
      ctime: s.ctimeMs,
      mtime: s.mtimeMs,
      size: s.size,
    };
  } catch (err) {
    throw fromDisk(err, uri);
  }
}

/** The entries of a folder with their types (a link: SymbolicLink plus what it points at), as VS Code gives them. */
export async function readDirectory(uri: vscode.Uri): Promise<Array<[string, vscode.FileType]>> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readDirectory(uri);
  try {
    const entries = await disk.readdir(uri.fsPath, { withFileTypes: true });
    return await Promise.all(
      entries.map(async (e): Promise<[string, vscode.FileType]> => {
        if (!e.isSymbolicLink()) return [e.name, fileType(e)];
        const target = await disk.stat(vscode.Uri.joinPath(uri, e.name).fsPath).catch(() => undefined);
        return [e.name, vscode.FileType.SymbolicLink | (target ? fileType(target) : vscode.FileType.Unknown)];
      }),
    );
  } catch (err) {
    throw fromDisk(err, uri);
  }
}

function fileType(s: Pick<Stats, 'isFile' | 'isDirectory'>): vscode.FileType {
  return s.isDirectory() ? vscode.FileType.Directory : s.isFile() ? vscode.FileType.File : vscode.FileType.Unknown;
}

/** A disk error as the FileSystemError `vscode.workspace.fs` would have thrown. */
function fromDisk(err: unknown, uri: vscode.Uri): Error {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return vscode.FileSystemError.FileNotFound(uri);
  if (code === 'EISDIR') return vscode.FileSystemError.FileIsADirectory(uri);
  if (code === 'EACCES' || code === 'EPERM') return vscode.FileSystemError.NoPermissions(uri);
  return err instanceof Error ? err : new Error(String(err));
}
