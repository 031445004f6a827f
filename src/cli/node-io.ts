import { constants, promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { formatLocalDate } from '../core/dates/calendar';
import { localDateTime } from '../core/dates/clock';
import { MAX_TEXT_BYTES, type WorkspaceFs } from '../core/workspace/fs';
import { tooLarge } from '../core/workspace/text-files';
import type { CliIo } from './io';

/** Node's file system behind the workspace interface; paths with `/` work on every platform. */
export function nodeFs(): WorkspaceFs {
  return {
    readFile: async (path) => fs.readFile(path),
    stat: async (path) => {
      try {
        const s = await fs.stat(path);
        return s.isDirectory() ? { kind: 'dir', size: 0 } : s.isFile() ? { kind: 'file', size: s.size } : undefined;
      } catch {
        return undefined;
      }
    },
    readDir: async (path) => fs.readdir(path),
    writeExclusive: async (path, bytes) => {
      await fs.mkdir(nodePath.dirname(path), { recursive: true });
      try {
        // 'wx' = O_CREAT | O_EXCL: fails if the name exists, even when another writer raced us.
        await fs.writeFile(path, bytes, { flag: constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY });
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw err;
      }
    },
    realPath: async (path) => fs.realpath(path),
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

/**
 * The real world: Node's fs, process streams and the clock. When the reader of standard output
 * goes away (`composure lint … | head -1`), output stops quietly instead of failing with EPIPE.
 */
export function nodeIo(): CliIo {
  let outClosed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') outClosed = true;
    else throw err;
  });
  const now = new Date();
  return {
    cwd: process.cwd(),
    today: formatLocalDate(now),
    now: localDateTime(now),
    path: nodePath,
    locale: envLocale(),
    out: (text) => {
      if (!outClosed) process.stdout.write(text);
    },
    err: (text) => process.stderr.write(text),
    readStdin,
    fs: nodeFs(),
  };
}
