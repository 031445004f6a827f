import { t } from '../i18n';
import type { Lang } from '../lang';

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

/** Why a file could not be read, as a message key of the core catalog (`read.<code>`). */
export type ReadReason = 'missing' | 'denied' | 'io' | 'folder' | 'notFolder' | 'loop' | 'tooLarge' | 'tooLargeSize' | 'binary' | 'other';

/**
 * A file that could not be read as text: `reason` is short and readable ("permission denied"), in
 * English; `reasonIn(lang)` gives it in the user's language.
 */
export class ReadError extends Error {
  readonly reason: string;
  readonly args: ReadonlyArray<string | number>;

  constructor(
    readonly path: string,
    readonly code: ReadReason,
    ...args: Array<string | number>
  ) {
    const reason = t('en', `read.${code}`, ...args);
    super(`cannot read ${path}: ${reason}`);
    this.reason = reason;
    this.args = args;
  }

  reasonIn(lang: Lang): string {
    return t(lang, `read.${this.code}`, ...this.args);
  }
}
