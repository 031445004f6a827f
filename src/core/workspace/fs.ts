/**
 * The file access a Composure workspace needs, implemented once over Node `fs` (the CLI and the
 * tests) and once over `vscode.workspace.fs` (the extension). Paths are absolute with `/`
 * (see paths.ts). Every method that fails throws an Error whose message says why in a few words.
 */
export interface WorkspaceFs {
  /** A file's bytes. */
  readFile(path: string): Promise<Uint8Array>;
  /** What is at a path, or undefined when nothing is (or it cannot be seen). */
  stat(path: string): Promise<FileStat | undefined>;
  /** The names in a folder. */
  readDir(path: string): Promise<string[]>;
  /**
   * Creates a file that must not exist yet (creating its folders): false, and nothing written,
   * when the name is taken. Never overwrites.
   */
  writeExclusive(path: string, bytes: Uint8Array): Promise<boolean>;
  /** The path with every symbolic link resolved, so a walk visits each real folder once. */
  realPath?(path: string): Promise<string>;
}

export interface FileStat {
  readonly kind: 'file' | 'dir';
  /** Bytes, for files. */
  readonly size: number;
}

/** Largest file Composure reads as text (notes, drafts, settings, standard input). */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

/** A file that could not be read as text: `reason` is short and readable ("permission denied"). */
export class ReadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot read ${path}: ${reason}`);
  }
}
