import type { ReadError } from '../core/workspace/fs';
import { isInside, joinPath } from '../core/workspace/paths';
import { findWorkspaceRoot, openWorkspace, type ComposureWorkspace } from '../core/workspace/workspace';
import type { CliIo } from './io';
import { cliLang, msg } from './messages';
import { shownPath } from './paths';

/**
 * The workspaces the paths of one command belong to, each opened once: its root found from the
 * path (never from the current folder), its settings read from its own files, and its settings
 * warnings printed once.
 */
export class CliWorkspaces {
  private readonly byRoot = new Map<string, Promise<ComposureWorkspace>>();
  private readonly rootOf = new Map<string, Promise<string>>();

  constructor(
    private readonly io: CliIo,
    private readonly command: string,
  ) {}

  /** The workspace holding a folder. */
  async forFolder(folder: string): Promise<ComposureWorkspace> {
    let root = this.rootOf.get(folder);
    if (!root) this.rootOf.set(folder, (root = findWorkspaceRoot(this.io.fs, folder)));
    const r = await root;
    let ws = this.byRoot.get(r);
    if (!ws) {
      this.byRoot.set(r, (ws = openWorkspace(this.io.fs, r, { uiLang: cliLang(this.io) })));
      for (const w of (await ws).warnings)
        this.io.err(`composure ${this.command}: ${msg(cliLang(this.io), 'out.warning', shownPath(this.io, r), w)}\n`);
    }
    return ws;
  }

  /** Prints a read error the same way everywhere: "cannot read PATH: reason". */
  readError(err: ReadError): void {
    const lang = cliLang(this.io);
    const path = err.path === '<stdin>' ? err.path : shownPath(this.io, err.path);
    this.io.err(`composure ${this.command}: ${msg(lang, 'err.cannotRead', path, err.reasonIn(lang))}\n`);
  }
}

/**
 * The clients folder for `clients` and `agreements`: the target's workspace's clients folder when
 * the target is the workspace or inside that folder; the target's own clients folder when it has
 * one; the target itself when it holds client profiles (a clients folder with another name).
 */
export async function clientsWorkspace(io: CliIo, workspaces: CliWorkspaces, target: string): Promise<ComposureWorkspace | undefined> {
  const ws = await workspaces.forFolder(target);
  if (target === ws.root || isInside(ws.clientsRoot, target)) {
    return (await io.fs.stat(ws.clientsRoot))?.kind === 'dir' ? ws : undefined;
  }
  const own = joinPath(target, ws.settings.clientsFolder);
  if ((await io.fs.stat(own))?.kind === 'dir') return { ...ws, clientsRoot: own };
  let names: string[] = [];
  try {
    names = await io.fs.readDir(target);
  } catch {
    return undefined;
  }
  for (const n of names) {
    if ((await io.fs.stat(joinPath(target, n, 'client.md')))?.kind === 'file') return { ...ws, clientsRoot: target };
  }
  return undefined;
}
