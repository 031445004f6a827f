import type { CliIo } from '../../../src/cli/io';

/** An in-memory CliIo: files are a path → content map; directories are inferred from paths. */
export function memoryIo(files: Record<string, string | Uint8Array> = {}, opts: { cwd?: string; today?: string; stdin?: string } = {}) {
  let out = '';
  let err = '';
  const cwd = opts.cwd ?? '/ws';
  const norm = (p: string) => (p.startsWith('/') ? p : `${cwd}/${p}`).replace(/\/+$/, '').replace(/\/\.\//g, '/');
  const table = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  const isDir = (p: string) => [...table.keys()].some((k) => k.startsWith(`${p}/`));
  const io: CliIo & { stdout(): string; stderr(): string } = {
    cwd,
    today: opts.today ?? '2026-11-22',
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    readStdin: async () => opts.stdin ?? '',
    readFile: async (p) => {
      const v = table.get(norm(p));
      if (v === undefined) throw new Error(`ENOENT: no such file '${p}'`);
      return typeof v === 'string' ? new TextEncoder().encode(v) : v;
    },
    stat: async (p) => (table.has(norm(p)) ? 'file' : isDir(norm(p)) ? 'dir' : undefined),
    readDir: async (p) => {
      const prefix = `${norm(p)}/`;
      const names = new Set<string>();
      for (const k of table.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]);
      return [...names].sort();
    },
    stdout: () => out,
    stderr: () => err,
  };
  return io;
}
