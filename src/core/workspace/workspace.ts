import { toProfile } from '../clients/profile';
import type { NoteKind } from '../clients/model';
import type { ClientFacts } from '../followup/draft';
import { parseFrontMatter } from '../frontmatter';
import { t } from '../i18n';
import type { Lang } from '../lang';
import { parseJsoncObject, resolveSettings, type Settings } from '../settings';
import type { WorkspaceFs } from './fs';
import { globMatcher } from './glob';
import { locateFile } from './layout';
import { baseName, isInside, joinPath, parentPath, relativeTo, trimSlash } from './paths';
import { readOptionalText } from './text-files';

export { locateFile, type FileLocation } from './layout';

/** Files whose presence makes a folder a workspace root, nearest first. */
export const SETTINGS_FILES = ['.composure.json', '.vscode/settings.json'] as const;
const DEFAULT_CLIENTS = 'clients';

/**
 * The workspace root for a path: the nearest folder at or above it holding `.composure.json` or
 * `.vscode/settings.json`; else the parent of the nearest folder named `clients` (the default
 * clients folder); else the nearest folder with `.git`; else the path itself.
 */
export async function findWorkspaceRoot(fs: WorkspaceFs, start: string): Promise<string> {
  let dir = trimSlash(start);
  let clientsParent: string | undefined;
  let gitRoot: string | undefined;
  for (let depth = 0; depth < 64; depth++) {
    for (const marker of SETTINGS_FILES) {
      if ((await fs.stat(joinPath(dir, marker)))?.kind === 'file') return dir;
    }
    const up = parentPath(dir);
    if (!clientsParent && baseName(dir) === DEFAULT_CLIENTS && up !== dir) clientsParent = up;
    if (!gitRoot && (await fs.stat(joinPath(dir, '.git')))) gitRoot = dir;
    if (up === dir) break;
    dir = up;
  }
  return clientsParent ?? gitRoot ?? trimSlash(start);
}

/** A resolved Composure workspace: its root, settings (with their warnings) and clients folder. */
export interface ComposureWorkspace {
  readonly root: string;
  readonly settings: Settings;
  /** Problems found in the settings files: shown to the user, never thrown. */
  readonly warnings: readonly string[];
  /** Absolute path of the clients folder (it may not exist). */
  readonly clientsRoot: string;
}

export interface OpenOptions {
  /**
   * Settings from outside the workspace files (VS Code's user, workspace and folder settings in
   * the extension), flat `composure.*` keys. They sit under the workspace's own files.
   */
  readonly base?: Record<string, unknown>;
  /** Read `.vscode/settings.json` (the CLI); the extension gets it from VS Code already. */
  readonly readVscodeSettings?: boolean;
  /** Read `.composure.json`; false in an untrusted workspace. */
  readonly readComposureJson?: boolean;
  /** The language of the warnings (the user's: VS Code's display language, the CLI's locale). */
  readonly uiLang?: Lang;
}

/**
 * Opens the workspace rooted at `root`: settings are defaults < `base` (user) <
 * `.vscode/settings.json` < `.composure.json`, read with a JSONC parser (comments, trailing commas).
 */
export async function openWorkspace(fs: WorkspaceFs, root: string, opts: OpenOptions = {}): Promise<ComposureWorkspace> {
  const warnings: string[] = [];
  const ui = opts.uiLang ?? 'en';
  let flat: Record<string, unknown> = { ...(opts.base ?? {}) };
  if (opts.readVscodeSettings ?? true) {
    const vs = await readOptionalText(fs, joinPath(root, '.vscode/settings.json'));
    if (vs !== undefined) {
      const parsed = parseJsoncObject(vs, true, ui);
      if ('error' in parsed) warnings.push(t(ui, 'settings.vscodeIgnored', parsed.error));
      else flat = { ...flat, ...parsed.value };
    }
  }
  let composureJson: Record<string, unknown> | undefined;
  if (opts.readComposureJson ?? true) {
    const cj = await readOptionalText(fs, joinPath(root, '.composure.json'));
    if (cj !== undefined) {
      const parsed = parseJsoncObject(cj, true, ui);
      if ('error' in parsed) warnings.push(t(ui, 'settings.composureIgnored', parsed.error));
      else composureJson = parsed.value;
    }
  }
  const settings = resolveSettings(flat, composureJson, warnings, ui);
  return { root: trimSlash(root), settings, warnings, clientsRoot: joinPath(trimSlash(root), settings.clientsFolder) };
}

/** Finds the root above `path` and opens that workspace. */
export async function workspaceFor(fs: WorkspaceFs, path: string, opts: OpenOptions = {}): Promise<ComposureWorkspace> {
  return openWorkspace(fs, await findWorkspaceRoot(fs, path), opts);
}

/**
 * A file's kind once its front matter is known: `type: meeting` or `type: draft` make a note a
 * meeting note or a draft wherever it is (inside the clients folder or not).
 */
export function fileKind(clientsRoot: string, path: string, text?: string): NoteKind | 'other' {
  const where = locateFile(clientsRoot, path);
  const kind = where?.kind ?? 'other';
  if (text === undefined || (kind !== 'note' && kind !== 'other')) return kind;
  const type = parseFrontMatter(text).data.type;
  return type === 'meeting' ? 'meeting' : type === 'draft' ? 'draft' : kind;
}

/** What a file's client says about how to write to them, read from the client's profile. */
export interface ClientOfFile extends ClientFacts {
  readonly id: string;
  /** The client's `rate` (for templates and rewrites). */
  readonly rate?: string;
  /** The client's `company` and agreed `hours` (for templates). */
  readonly company?: string;
  readonly hours?: string;
  readonly folder: string | null;
  readonly profile: string;
}

/** The client a file belongs to, with its profile's facts; undefined outside any client. */
export async function clientOfFile(fs: WorkspaceFs, ws: ComposureWorkspace, path: string): Promise<ClientOfFile | undefined> {
  const where = locateFile(ws.clientsRoot, path);
  if (!where) return undefined;
  const text = await readOptionalText(fs, where.profile);
  const p = text === undefined ? undefined : toProfile(parseFrontMatter(text).data, where.clientId);
  return {
    id: where.clientId,
    folder: where.clientFolder,
    profile: where.profile,
    lang: p?.lang,
    email: p?.email,
    name: p?.name,
    register: p?.register,
    rate: p?.rate,
    company: p?.company,
    hours: p?.hours,
  };
}

/** True when a file is linted as a reply draft: it matches `lint.include`, or says `type: draft`. */
export function isLintTarget(ws: ComposureWorkspace, path: string, text?: string): boolean {
  // Relative to the root (as settings are written), and whole (as VS Code matches `**/` globs).
  const rel = relativeTo(ws.root, path);
  const whole = path.replace(/^\/+/, '');
  if (ws.settings.lintInclude.some((g) => (rel !== undefined && matcherFor(g)(rel)) || matcherFor(g)(whole))) return true;
  return text !== undefined && parseFrontMatter(text).data.type === 'draft';
}

const matchers = new Map<string, (p: string) => boolean>();
function matcherFor(glob: string): (p: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    if (matchers.size > 200) matchers.clear();
    matchers.set(glob, (m = globMatcher(glob)));
  }
  return m;
}

/**
 * Where a meeting note's follow-up goes: the client's `followups/` folder; for a note outside a
 * client folder, `followups/` beside its `meetings/` folder, else beside the note. The name is the
 * note's (a taken name becomes `-2`, `-3`… when written).
 */
export function followupLocation(ws: ComposureWorkspace, notePath: string): { folder: string; name: string } {
  const where = locateFile(ws.clientsRoot, notePath);
  const parent = parentPath(notePath);
  const base = where?.clientFolder ?? (baseName(parent).toLowerCase() === 'meetings' ? parentPath(parent) : parent);
  const name = baseName(notePath).replace(/\.markdown$/i, '.md');
  return { folder: joinPath(base, 'followups'), name: /\.md$/i.test(name) ? name : `${name}.md` };
}

/** The note's path as a follow-up's `meeting:` front matter records it: relative to the root. */
export function meetingReference(ws: ComposureWorkspace, notePath: string): string {
  return relativeTo(ws.root, notePath) ?? notePath;
}

/**
 * Writes a new file in `folder` without ever replacing one: `name.md`, else `name-2.md`,
 * `name-3.md`… each created exclusively, so two writers racing for a name both succeed.
 * Returns the path written.
 */
export async function writeNewFile(fs: WorkspaceFs, folder: string, name: string, text: string): Promise<string> {
  const stem = name.replace(/\.md$/i, '');
  const bytes = new TextEncoder().encode(text);
  for (let n = 1; n < 1000; n++) {
    const path = joinPath(folder, n === 1 ? `${stem}.md` : `${stem}-${n}.md`);
    if (await fs.writeExclusive(path, bytes)) return path;
  }
  throw new Error(`too many files named ${stem} in ${folder}`);
}

/** A template override: `.composure/followup.<lang>.md`, else `.composure/followup.md`. */
export async function followupTemplate(fs: WorkspaceFs, ws: ComposureWorkspace, lang: string | undefined): Promise<string | undefined> {
  if (lang) {
    const own = await readOptionalText(fs, joinPath(ws.root, '.composure', `followup.${lang}.md`));
    if (own !== undefined) return own;
  }
  return readOptionalText(fs, joinPath(ws.root, '.composure', 'followup.md'));
}

/** True when `path` is inside the workspace (writes outside it are refused). */
export function insideWorkspace(ws: ComposureWorkspace, path: string): boolean {
  return isInside(ws.root, path);
}
