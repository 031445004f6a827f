import type { IsoDate } from '../dates/calendar';
import { draftFollowup, type Followup } from '../followup/draft';
import { followupDocument } from '../followup/files';
import type { Lang } from '../lang';
import type { WorkspaceFs } from './fs';
import { baseName } from './paths';
import {
  clientOfFile,
  followupLocation,
  followupTemplate,
  meetingReference,
  writeNewFile,
  type ClientOfFile,
  type ComposureWorkspace,
} from './workspace';

export interface WorkspaceFollowup {
  readonly followup: Followup;
  /** The client the note belongs to, when it is in a client's folder. */
  readonly client: ClientOfFile | undefined;
  /** The file the follow-up is saved as (front matter + body), for `writeFollowup`. */
  readonly document: string;
}

/**
 * Drafts a meeting note's follow-up the same way for the command and the CLI: the client's
 * language, address and register from its profile, the workspace's settings, and the workspace
 * template override for the follow-up's language.
 */
export async function draftWorkspaceFollowup(
  fs: WorkspaceFs,
  ws: ComposureWorkspace,
  notePath: string,
  text: string,
  opts: { today: IsoDate; lang?: Lang; uiLang?: Lang },
): Promise<WorkspaceFollowup> {
  const client = await clientOfFile(fs, ws, notePath);
  const base = { fileName: baseName(notePath), client, settings: ws.settings, today: opts.today, lang: opts.lang, uiLang: opts.uiLang };
  const probe = draftFollowup(text, base);
  const template = await followupTemplate(fs, ws, probe.lang);
  const followup = template === undefined ? probe : draftFollowup(text, { ...base, template });
  const document = followupDocument({
    subject: followup.email.subject,
    to: client?.email,
    meeting: meetingReference(ws, notePath),
    today: opts.today,
    lang: followup.lang,
    body: followup.email.body,
  });
  return { followup, client, document };
}

/** Saves a follow-up beside its note, never overwriting (`-2`, `-3`…). Returns its path. */
export async function writeFollowup(fs: WorkspaceFs, ws: ComposureWorkspace, notePath: string, document: string): Promise<string> {
  const { folder, name } = followupLocation(ws, notePath);
  return writeNewFile(fs, folder, name, document);
}
