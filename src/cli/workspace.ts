import { parseFrontMatter, fmString } from '../core/frontmatter';
import { isLang, type Lang } from '../core/lang';
import { parseJsonc, resolveSettings, type Settings } from '../core/settings';
import { decodeText } from '../core/text/decode';
import type { CliIo } from './io';

export const join = (...parts: string[]): string => parts.join('/').replace(/\/+/g, '/');
export const dirname = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) || '/' : '.');
export const absolute = (io: CliIo, p: string): string => (p.startsWith('/') ? p : join(io.cwd, p)).replace(/\/\.(?=\/|$)/g, '');

/** Reads a file as text, or undefined when it does not exist or is binary. */
export async function readTextFile(io: CliIo, path: string): Promise<string | undefined> {
  try {
    const d = decodeText(await io.readFile(path));
    return d.binary ? undefined : d.text;
  } catch {
    return undefined;
  }
}

/** The nearest folder at or above `start` with `.vscode/settings.json`, `.composure.json` or `.git`. */
export async function findWorkspaceRoot(io: CliIo, start: string): Promise<string> {
  let dir = start;
  for (let i = 0; i < 12; i++) {
    for (const marker of ['.composure.json', '.vscode/settings.json', '.git']) {
      if (await io.stat(join(dir, marker))) return dir;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return start;
}

/** Loads settings the way the extension does: settings.json, then .composure.json on top. */
export async function loadSettings(io: CliIo, root: string): Promise<{ settings: Settings; warnings: string[] }> {
  const warnings: string[] = [];
  let flat: Record<string, unknown> = {};
  let extra: Record<string, unknown> | undefined;
  const vs = await readTextFile(io, join(root, '.vscode/settings.json'));
  if (vs !== undefined) {
    try {
      flat = (parseJsonc(vs) as Record<string, unknown>) ?? {};
    } catch (err) {
      warnings.push(`.vscode/settings.json is not valid JSON (${(err as Error).message}); using defaults`);
    }
  }
  const cj = await readTextFile(io, join(root, '.composure.json'));
  if (cj !== undefined) {
    try {
      extra = parseJsonc(cj) as Record<string, unknown>;
    } catch (err) {
      warnings.push(`.composure.json is not valid JSON (${(err as Error).message}); ignored`);
    }
  }
  return { settings: resolveSettings(flat, extra, warnings), warnings };
}

/** The `lang` of the client whose folder holds `file` (nearest client.md above it), if any. */
export async function clientLangFor(io: CliIo, file: string, root: string): Promise<Lang | undefined> {
  let dir = dirname(file);
  for (let i = 0; i < 5 && dir.startsWith(root) && dir.length >= root.length; i++) {
    const profile = await readTextFile(io, join(dir, 'client.md'));
    if (profile !== undefined) {
      const lang = fmString(parseFrontMatter(profile).data, 'lang')?.toLowerCase();
      return isLang(lang) ? lang : undefined;
    }
    if (dir === root) break;
    dir = dirname(dir);
  }
  return undefined;
}
