import { decodeText, type Decoded } from '../text/decode';
import { MAX_TEXT_BYTES, ReadError, type WorkspaceFs } from './fs';

/** Why a read failed, in a few words, from an error thrown by an adapter. */
export function readReason(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  switch (code) {
    case 'ENOENT':
    case 'FileNotFound':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
    case 'NoPermissions':
      return 'permission denied';
    case 'EIO':
      return 'input/output error';
    case 'EISDIR':
    case 'FileIsADirectory':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'file too large';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Bytes to text with the same checks for every source (a file, standard input): the size cap,
 * binary detection and the encoding (UTF-8, UTF-16 with a BOM, else Windows-1252).
 * Throws a ReadError naming `path`.
 */
export function decodeChecked(path: string, bytes: Uint8Array, maxBytes = MAX_TEXT_BYTES): Decoded {
  if (bytes.length > maxBytes) throw new ReadError(path, tooLarge(bytes.length, maxBytes));
  const d = decodeText(bytes);
  if (d.binary) throw new ReadError(path, 'looks like a binary file, not text');
  return d;
}

export function tooLarge(size: number, maxBytes = MAX_TEXT_BYTES): string {
  const mib = (n: number) => `${Math.round(n / (1024 * 1024))} MiB`;
  return `file too large (${mib(size)}; Composure reads files up to ${mib(maxBytes)})`;
}

/** Reads a text file, refusing binaries and files over the cap. Throws a ReadError. */
export async function readTextFile(fs: WorkspaceFs, path: string): Promise<Decoded> {
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(path);
    if (st?.kind === 'dir') throw new ReadError(path, 'it is a folder');
    if (st && st.size > MAX_TEXT_BYTES) throw new ReadError(path, tooLarge(st.size));
    bytes = await fs.readFile(path);
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw new ReadError(path, readReason(err));
  }
  return decodeChecked(path, bytes);
}

/** Reads a text file when it is there and readable; undefined otherwise (optional files). */
export async function readOptionalText(fs: WorkspaceFs, path: string): Promise<string | undefined> {
  try {
    if ((await fs.stat(path))?.kind !== 'file') return undefined;
    return (await readTextFile(fs, path)).text;
  } catch {
    return undefined;
  }
}
