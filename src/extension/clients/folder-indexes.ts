import type * as vscode from 'vscode';
import { ClientIndex } from '../../core/clients/index';
import type { Agreement, Client } from '../../core/clients/model';
import { isInside } from '../../core/workspace/paths';
import type { ComposureWorkspace } from '../../core/workspace/workspace';

/** One workspace folder's clients: its Composure workspace, clients folder and index. */
export interface FolderClients {
  readonly folder: vscode.WorkspaceFolder;
  readonly workspace: ComposureWorkspace;
  /** The clients folder (it may not exist). */
  readonly clientsUri: vscode.Uri;
  readonly index: ClientIndex;
}

/**
 * The client indexes of a multi-root workspace, one per folder (each folder is its own
 * workspace, with its own settings and clients folder), behind the ClientIndex calls the views use.
 */
export class FolderIndexes {
  constructor(readonly parts: readonly FolderClients[]) {}

  static create(folders: Array<{ folder: vscode.WorkspaceFolder; workspace: ComposureWorkspace; clientsUri: vscode.Uri }>): FolderIndexes {
    return new FolderIndexes(
      folders.map((f) => {
        const s = f.workspace.settings;
        return {
          ...f,
          index: new ClientIndex({ root: f.workspace.clientsRoot, userNames: [s.userName, ...s.userAliases].filter(Boolean) }),
        };
      }),
    );
  }

  /** The folder whose clients folder holds a path. */
  partOf(path: string): FolderClients | undefined {
    return this.parts.find((p) => isInside(p.workspace.clientsRoot, path));
  }

  /** The folder a client comes from. */
  partOfClient(c: Client): FolderClients | undefined {
    return this.parts.find((p) => p.index.client(c.id) === c) ?? (c.file ? this.partOf(c.file) : undefined);
  }

  classify(path: string) {
    return this.partOf(path)?.index.classify(path);
  }

  setFile(path: string, text: string): string | undefined {
    return this.partOf(path)?.index.setFile(path, text);
  }

  removeFile(path: string): string | undefined {
    const part = this.partOf(path);
    if (part) return part.index.removeFile(path);
    // A deleted folder above the clients folders.
    let id: string | undefined;
    for (const p of this.parts) if (isInside(path, p.workspace.clientsRoot)) id = p.index.removeFile(p.workspace.clientsRoot) ?? id;
    return id;
  }

  /** Every client, folder by folder (each folder sorted by name). */
  clients(): Client[] {
    return this.parts.length === 1 ? this.parts[0].index.clients() : this.parts.flatMap((p) => p.index.clients());
  }

  /** A client by id (the first folder that has it). */
  client(id: string): Client | undefined {
    for (const p of this.parts) {
      const c = p.index.client(id);
      if (c) return c;
    }
    return undefined;
  }

  agreements(): Agreement[] {
    return this.parts.flatMap((p) => p.index.agreements());
  }
}
