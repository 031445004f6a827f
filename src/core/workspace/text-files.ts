import { decodeText, type Decoded } from '../text/decode';
import { MAX_TEXT_BYTES, ReadError, type ReadReason, type WorkspaceFs } from './fs';

const REASONS: Record<string, ReadReason> = {
  ENOENT: 'missing',
  FileNotFound: 'missing',
  EACCES: 'denied',
  EPERM: 'denied',
  NoPermissions: 'denied',
  EIO: 'io',
  EISDIR: 'folder',
  FileIsADirectory: 'folder',
  ENOTDIR: 'notFolder',
  ELOOP: 'loop',
  ERR_FS_FILE_TOO_LARGE: 'tooLarge',
};

/** The ReadError for an error thrown by an adapter: why the read failed, in a few words. */
export function readError(path: string, err: unknown): ReadError {
  if (err instanceof ReadError) return err;
  const code = (err as { code?: unknown })?.code;
  const reason = typeof code === 'string' && Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
  return reason ? new ReadError(path, reason) : new ReadError(path, 'other', err instanceof Error ? err.message : String(err));
}

/**
 * Bytes to text with the same checks for every source (a file, standard input): the size cap,
 * binary detection and the encoding (UTF-8, UTF-16 with a BOM, else Windows-1252).
 * Throws a ReadError naming `path`.
 */
export function decodeChecked(path: string, bytes: Uint8Array, maxBytes = MAX_TEXT_BYTES): Decoded {
  if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes);
  const d = decodeText(bytes);
  if (d.binary) throw new ReadError(path, 'binary');
  return d;
}

/** The ReadError for a file over the size cap, with both sizes in MiB. */
export function tooLarge(path: string, size: number, maxBytes = MAX_TEXT_BYTES): ReadError {
  const mib = (n: number) => Math.round(n / (1024 * 1024));
  return new ReadError(path, 'tooLargeSize', mib(size), mib(maxBytes));
}

/** Reads a text file, refusing binaries and files over the cap. Throws a ReadError. */
export async function readTextFile(fs: WorkspaceFs, path: string): Promise<Decoded> {
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(path);
    if (st?.kind === 'dir') throw new ReadError(path, 'folder');
    if (st && st.size > MAX_TEXT_BYTES) throw tooLarge(path, st.size);
    bytes = await fs.readFile(path);
  } catch (err) {
    throw readError(path, err);
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
