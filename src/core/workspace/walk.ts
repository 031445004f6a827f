import type { ReadError, WorkspaceFs } from './fs';
import { joinPath } from './paths';
import { readError } from './text-files';

/** Folders never searched: tools' and version control's. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.vscode', 'dist', 'out']);

export interface WalkOptions {
  /** Which files to list, by name. */
  readonly include: (name: string) => boolean;
  /** Told about every folder or entry that cannot be read; the walk goes on. */
  readonly onError: (err: ReadError) => void;
}

/**
 * Lists the files under `dir`, sorted, skipping hidden entries and tool folders. Each real folder
 * is visited once (symbolic-link cycles and links back up the tree end the descent), so a walk
 * always ends.
 */
export async function walkFiles(fs: WorkspaceFs, dir: string, opts: WalkOptions): Promise<string[]> {
  const out: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const visit = async (folder: string): Promise<void> => {
    const real = fs.realPath ? await fs.realPath(folder).catch(() => folder) : folder;
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = await fs.readDir(folder);
    } catch (err) {
      opts.onError(readError(folder, err));
      return;
    }
    for (const name of [...names].sort()) {
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const child = joinPath(folder, name);
      const st = await fs.stat(child);
      if (st?.kind === 'dir') await visit(child);
      else if (st?.kind === 'file' && opts.include(name)) {
        const realFile = fs.realPath ? await fs.realPath(child).catch(() => child) : child;
        if (seenFiles.has(realFile)) continue;
        seenFiles.add(realFile);
        out.push(child);
      }
    }
  };
  await visit(dir);
  return out;
}
