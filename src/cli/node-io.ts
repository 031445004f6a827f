import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync, writeSync } from 'node:fs';
import * as nodePath from 'node:path';
import { formatLocalDate } from '../core/dates/calendar';
import { localDateTime } from '../core/dates/clock';
import { MAX_TEXT_BYTES, type WorkspaceFs } from '../core/workspace/fs';
import { tooLarge } from '../core/workspace/text-files';
import type { CliIo } from './io';

/**
 * Node's file system behind the workspace interface; paths with `/` work on every platform. The
 * calls are synchronous behind the async interface: a command waits for each anyway, and
 * `fs.promises` would load Node's stream modules on every start.
 */
export function nodeFs(): WorkspaceFs {
  return {
    readFile: async (path) => readFileSync(path),
    stat: async (path) => {
      const s = statSync(path, { throwIfNoEntry: false });
      return s?.isDirectory() ? { kind: 'dir', size: 0 } : s?.isFile() ? { kind: 'file', size: s.size } : undefined;
    },
    readDir: async (path) => readdirSync(path),
    writeExclusive: async (path, bytes) => {
      mkdirSync(nodePath.dirname(path), { recursive: true });
      try {
        // 'wx' = O_CREAT | O_EXCL: fails if the name exists, even when another writer raced us.
        writeFileSync(path, bytes, { flag: 'wx' });
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw err;
      }
    },
    realPath: async (path) => realpathSync(path),
  };
}

/** A write error that says the reader went away (a pipe: EPIPE; a socket pair, as Node's child processes get: ECONNRESET). */
const readerGone = (code: string | undefined) => code === 'EPIPE' || code === 'ECONNRESET';

/** The part of a stream `fdOutput` falls back to. */
export interface OutputStream {
  write(chunk: Uint8Array | string): unknown;
  on(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
}

/**
 * Writes text to a file descriptor (standard output) with synchronous writes, so a short run never
 * sets up Node's stream for it. When the descriptor would block (a non-blocking pipe: EAGAIN), the
 * rest of the text and everything after it goes through `stream()` (process.stdout), in order.
 * When the reader goes away (`composure lint … | head -1`), output stops quietly.
 */
export function fdOutput(
  fd: number,
  write: (fd: number, bytes: Uint8Array, offset: number, length: number) => number = writeSync,
  stream: () => OutputStream = () => process.stdout,
): (text: string) => void {
  let closed = false;
  let out: OutputStream | undefined;
  const toStream = (chunk: Uint8Array | string) => {
    if (!out) {
      out = stream();
      out.on('error', (err) => {
        if (readerGone(err.code)) closed = true;
        else throw err;
      });
    }
    if (!closed) out.write(chunk);
  };
  return (text) => {
    if (closed) return;
    if (out) return toStream(text);
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length;) {
      try {
        at += write(fd, bytes, at, bytes.length - at);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (readerGone(code)) closed = true;
        else if (code === 'EAGAIN') toStream(bytes.subarray(at));
        else throw err;
        return;
      }
    }
  };
}

/** The locale of messages from the environment: LC_ALL, LC_MESSAGES, LANG, the first one set (POSIX order). */
export function envLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}

/** Reads standard input up to the size cap, then stops (a huge pipe never fills memory). */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_TEXT_BYTES) {
      process.stdin.destroy();
      throw tooLarge('<stdin>', size);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The real world: Node's fs, standard output and error, and the clock. */
export function nodeIo(): CliIo {
  const now = new Date();
  return {
    cwd: process.cwd(),
    today: formatLocalDate(now),
    now: localDateTime(now),
    path: nodePath,
    locale: envLocale(),
    out: fdOutput(1),
    err: (text) => process.stderr.write(text),
    readStdin,
    fs: nodeFs(),
  };
}
