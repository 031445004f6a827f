import { promises as fs } from 'node:fs';
import { formatLocalDate } from '../core/dates/calendar';
import type { CliIo } from './io';

export function nodeIo(): CliIo {
  return {
    cwd: process.cwd(),
    today: formatLocalDate(new Date()),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: async (path) => fs.readFile(path),
    stat: async (path) => {
      try {
        const s = await fs.stat(path);
        return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined;
      } catch {
        return undefined;
      }
    },
    readDir: async (path) => fs.readdir(path),
  };
}
