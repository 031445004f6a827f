import type { NoteKind } from '../clients/model';
import { joinPath, relativeTo, trimSlash } from './paths';

/** Where a file sits in the workspace format. */
export interface FileLocation {
  /** The client's id: its folder's name, or a one-file client's file name without extension. */
  readonly clientId: string;
  readonly kind: NoteKind;
  /** The client's folder, for folder clients. */
  readonly clientFolder: string | null;
  /** Where the client's profile is (client.md, or the one-file client itself). */
  readonly profile: string;
}

const KIND_FOLDERS: Record<string, NoteKind> = { meetings: 'meeting', drafts: 'draft', followups: 'followup' };
/** Markdown notes: the files a client index reads. */
export const NOTE_FILE = /\.(?:md|markdown)$/i;

/**
 * The client a file belongs to and its kind, from the path alone: a file directly in the clients
 * folder is a one-file client's profile; in a client's folder, `client.md` is the profile and
 * `log.md` the contact log; under `meetings/`, `drafts/` or `followups/` a meeting note, a draft or
 * a follow-up; anything else a note. Undefined outside the clients folder, for hidden or tool
 * folders, and for files that are not Markdown.
 */
export function locateFile(clientsRoot: string, path: string): FileLocation | undefined {
  const rel = relativeTo(clientsRoot, path);
  if (!rel || !NOTE_FILE.test(rel)) return undefined;
  const parts = rel.split('/');
  if (parts.some((p) => p.startsWith('.') || p === 'node_modules')) return undefined;
  const root = trimSlash(clientsRoot);
  if (parts.length === 1) {
    return { clientId: parts[0].replace(NOTE_FILE, ''), kind: 'profile', clientFolder: null, profile: joinPath(root, parts[0]) };
  }
  const [clientId, second] = parts;
  const clientFolder = joinPath(root, clientId);
  const profile = joinPath(clientFolder, 'client.md');
  let kind: NoteKind = KIND_FOLDERS[second.toLowerCase()] ?? 'note';
  if (parts.length === 2 && /^client\.md$/i.test(second)) kind = 'profile';
  else if (parts.length === 2 && /^log\.md$/i.test(second)) kind = 'log';
  return { clientId, kind, clientFolder, profile };
}
