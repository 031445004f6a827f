import * as nodePath from 'node:path';
import type { CliIo } from '../../../src/cli/io';
import type { WorkspaceFs } from '../../../src/core/workspace/fs';

type Content = string | Uint8Array;

/**
 * An in-memory workspace file system: files are a path → content map; folders are inferred from
 * paths. `failures` maps a path to an error code its read throws (EACCES, EIO…).
 */
export function memoryFs(
  files: Record<string, Content> = {},
  opts: { failures?: Record<string, string> } = {},
): WorkspaceFs & { files: Map<string, Content> } {
  const table = new Map(Object.entries(files).map(([k, v]) => [k.replace(/\/+$/, ''), v]));
  const failure = (p: string) => {
    const code = opts.failures?.[p];
    if (code) throw Object.assign(new Error(`${code}: simulated, '${p}'`), { code });
  };
  const isDir = (p: string) => [...table.keys()].some((k) => k.startsWith(p === '/' ? '/' : `${p}/`));
  const bytes = (v: Content) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  return {
    files: table,
    readFile: async (p) => {
      failure(p);
      const v = table.get(p);
      if (v === undefined) throw Object.assign(new Error(`ENOENT: no such file '${p}'`), { code: 'ENOENT' });
      return bytes(v);
    },
    stat: async (p) => {
      const v = table.get(p);
      if (v !== undefined) return { kind: 'file', size: bytes(v).length };
      return isDir(p) ? { kind: 'dir', size: 0 } : undefined;
    },
    readDir: async (p) => {
      failure(p);
      const prefix = p === '/' ? '/' : `${p}/`;
      const names = new Set<string>();
      for (const k of table.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]);
      return [...names].sort();
    },
    writeExclusive: async (p, b) => {
      if (table.has(p)) return false;
      table.set(p, b);
      return true;
    },
  };
}

/** An in-memory CliIo over memoryFs, with captured output. */
export function memoryIo(
  files: Record<string, Content> = {},
  opts: {
    cwd?: string;
    today?: string;
    stdin?: Content;
    failures?: Record<string, string>;
    path?: typeof nodePath.posix;
    locale?: string;
  } = {},
) {
  let out = '';
  let err = '';
  const fs = memoryFs(files, opts);
  const io: CliIo & { stdout(): string; stderr(): string; fs: typeof fs } = {
    cwd: opts.cwd ?? '/ws',
    today: opts.today ?? '2026-11-22',
    path: opts.path ?? nodePath.posix,
    locale: opts.locale ?? 'en',
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readStdin: async () => (typeof opts.stdin === 'string' ? new TextEncoder().encode(opts.stdin) : (opts.stdin ?? new Uint8Array())),
    fs,
    stdout: () => out,
    stderr: () => err,
  };
  return io;
}
