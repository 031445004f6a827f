import * as vscode from 'vscode';
import { logReadError, logWarning } from '../log';
import { formatLocalDate } from '../../core/dates/calendar';
import { toPlainText } from '../../core/followup/compose';
import type { Followup } from '../../core/followup/draft';
import { buildMailto } from '../../core/followup/files';
import { fmString, parseFrontMatter } from '../../core/frontmatter';
import { langFromLocale } from '../../core/lang';
import { isInside } from '../../core/workspace/paths';
import { replaceFrontMatter } from '../edits';
import type { SettingsService } from '../settings';
import { draftWorkspaceFollowup } from '../../core/workspace/followup';
import { joinPath, parentPath } from '../../core/workspace/paths';
import { followupLocation, writeNewFile, type ComposureWorkspace } from '../../core/workspace/workspace';
import { readText, vscodeFs } from '../workspace-fs';

export interface DraftResult {
  readonly uri: vscode.Uri;
  readonly followup: Followup;
  /** True when an earlier follow-up of the meeting was opened instead of writing a new one. */
  readonly existing?: boolean;
}

/** What to do when the meeting already has a follow-up: ask (the default), open it, or write another. */
export interface DraftOptions {
  readonly ifExists?: 'ask' | 'open' | 'new';
}

/**
 * A follow-up already written for a meeting note, by hand or by Composure: a file in `dir` whose
 * front matter `meeting:` names the note, or whose name is the note's ("…-2.md" counts too).
 */
async function existingFollowup(dir: vscode.Uri, noteUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  let entries: Array<[string, vscode.FileType]>;
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch (err) {
    logReadError(dir, err);
    return undefined;
  }
  const noteName = noteUri.path.split('/').pop() ?? '';
  const stem = noteName.replace(/\.(md|markdown)$/i, '');
  const rel = vscode.workspace.asRelativePath(noteUri, false);
  const files = entries
    .filter(([n, t]) => t === vscode.FileType.File && /\.(md|markdown)$/i.test(n))
    .map(([n]) => n)
    .sort();
  const byName = files.find((n) => n === noteName || (n.startsWith(`${stem}-`) && /^-\d+\.(md|markdown)$/i.test(n.slice(stem.length))));
  if (byName) return vscode.Uri.joinPath(dir, byName);
  for (const n of files) {
    const uri = vscode.Uri.joinPath(dir, n);
    const meeting = fmString(parseFrontMatter(await readText(uri).catch(() => '')).data, 'meeting');
    if (meeting && (meeting === rel || meeting.endsWith(`/${noteName}`) || meeting === noteName)) return uri;
  }
  return undefined;
}

const today = () => formatLocalDate(new Date());

function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (arg && typeof arg === 'object' && 'resourceUri' in arg && (arg as { resourceUri?: unknown }).resourceUri instanceof vscode.Uri) {
    return (arg as { resourceUri: vscode.Uri }).resourceUri;
  }
  return vscode.window.activeTextEditor?.document.uri;
}

/** The note's workspace (its folder's); a note outside every folder is a workspace of its own. */
function workspaceOf(settings: SettingsService, uri: vscode.Uri): ComposureWorkspace {
  const ws = settings.workspaceFor(uri);
  if (ws) return ws;
  const root = parentPath(uri.path);
  return { root, settings: settings.settings, warnings: [], clientsRoot: joinPath(root, settings.settings.clientsFolder) };
}

/** A follow-up composed from a note, not yet written anywhere. */
export interface PendingFollowup {
  readonly noteUri: vscode.Uri;
  readonly followup: Followup;
  /** The file as Save would write it (front matter and email). */
  readonly content: string;
  /** The folder it goes to: the client's followups/. */
  readonly dir: vscode.Uri;
  /** The file name it takes when free (else `-2`, `-3`…). */
  readonly name: string;
}

/** The note a command acts on: its argument, else the active editor's document. */
export function noteOf(arg?: unknown): vscode.Uri | undefined {
  const noteUri = targetUri(arg);
  if (!noteUri) void vscode.window.showWarningMessage(vscode.l10n.t('Composure: open a meeting note to draft its follow-up.'));
  return noteUri;
}

/** Reads a meeting note and composes its follow-up (nothing is written). */
export async function prepareFollowup(settings: SettingsService, noteUri: vscode.Uri): Promise<PendingFollowup | undefined> {
  let text: string;
  try {
    text = await readText(noteUri);
  } catch (err) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Composure: cannot read {0} ({1}).', vscode.workspace.asRelativePath(noteUri), (err as Error).message),
    );
    return undefined;
  }
  // The same core function as `composure followup --write`: client, settings, template, location.
  const ws = workspaceOf(settings, noteUri);
  const { followup, document } = await draftWorkspaceFollowup(vscodeFs(noteUri), ws, noteUri.path, text, { today: today() });
  const location = followupLocation(ws, noteUri.path);
  return { noteUri, followup, content: document, dir: noteUri.with({ path: location.folder }), name: location.name };
}

/**
 * When the meeting already has a follow-up: asks whether to open it or write a new one (or follows
 * `opts.ifExists`). Returns the opened follow-up, 'new' to go on, or undefined when dismissed.
 */
export async function checkEarlierFollowup(pending: PendingFollowup, opts: DraftOptions = {}): Promise<DraftResult | 'new' | undefined> {
  const earlier = opts.ifExists === 'new' ? undefined : await existingFollowup(pending.dir, pending.noteUri);
  if (!earlier) return 'new';
  const open = vscode.l10n.t('Open It');
  const write = vscode.l10n.t('Write a New One');
  const choice =
    opts.ifExists === 'open'
      ? open
      : await vscode.window.showInformationMessage(
          vscode.l10n.t('This meeting already has a follow-up: {0}.', vscode.workspace.asRelativePath(earlier)),
          open,
          write,
        );
  if (choice === open) {
    await vscode.window.showTextDocument(earlier, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    return { uri: earlier, followup: pending.followup, existing: true };
  }
  return choice === write ? 'new' : undefined;
}

/** Writes a composed follow-up under the client's followups/ (a fresh name, never an overwrite) and opens it. */
export async function saveFollowup(pending: PendingFollowup): Promise<DraftResult | undefined> {
  const { noteUri, followup, content, dir, name } = pending;
  await vscode.workspace.fs.createDirectory(dir);
  // Each name is created exclusively (never replacing a file), `-2`, `-3`… when taken.
  let target: vscode.Uri;
  try {
    target = dir.with({ path: await writeNewFile(vscodeFs(dir), dir.path, name, content) });
  } catch {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Composure: could not create {0}.', vscode.workspace.asRelativePath(vscode.Uri.joinPath(dir, name))),
    );
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(target);
  await doc.save();
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  const n = followup.note.actions.filter((a) => !a.done).length;
  const copy = vscode.l10n.t('Copy');
  const mail = vscode.l10n.t('Open in Mail App');
  const mark = vscode.l10n.t('Mark Note Followed Up');
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t('Follow-up drafted: {0}, {1}. Review it, then send it.', decisionCount(followup.note.decisions.length), actionCount(n)),
      copy,
      mail,
      mark,
    )
    .then(async (choice) => {
      if (choice === copy) await copyFollowupCommand(target);
      else if (choice === mail) await openInMailCommand(target);
      else if (choice === mark) await markFollowedUpCommand(noteUri);
    });
  return { uri: target, followup };
}

function splitFollowup(text: string): { subject: string; to?: string; body: string; meeting?: string } {
  const fm = parseFrontMatter(text);
  const body = fm.range ? text.slice(fm.range.end) : text;
  return {
    subject: fmString(fm.data, 'subject') ?? '',
    to: fmString(fm.data, 'to'),
    body: body.replace(/^\s*\n/, ''),
    meeting: fmString(fm.data, 'meeting'),
  };
}

/** Copies the follow-up (subject and plain-text body) to the clipboard. */
export async function copyFollowupCommand(arg?: unknown): Promise<string | undefined> {
  const uri = targetUri(arg);
  if (!uri) return undefined;
  const f = splitFollowup(await readText(uri));
  const text = `${f.subject ? `${vscode.l10n.t('Subject')}: ${f.subject}\n\n` : ''}${toPlainText(f.body)}`;
  await vscode.env.clipboard.writeText(text);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Composure: follow-up copied to the clipboard.'), 4000);
  return text;
}

/** Hands a link to the OS as the exact string (the API accepts a string at run time). */
function openExternalString(link: string): Thenable<boolean> {
  return vscode.env.openExternal(link as unknown as vscode.Uri);
}

/** Opens the follow-up in the mail app; a body too long for a link goes through the clipboard. */
export async function openInMailCommand(
  arg?: unknown,
  opts: { dryRun?: boolean; open?: (link: string) => Thenable<boolean> } = {},
): Promise<{ uri: string; bodyOmitted: boolean } | undefined> {
  const uri = targetUri(arg);
  if (!uri) return undefined;
  const f = splitFollowup(await readText(uri));
  const body = toPlainText(f.body);
  const link = buildMailto(f.to, f.subject, body);
  if (link.bodyOmitted) {
    await vscode.env.clipboard.writeText(body);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('The email is too long for a mail link: its text is on the clipboard. Paste it into the message.'),
    );
  }
  // The link goes to the mail app as this exact string: VS Code keeps a string it is given, while a
  // Uri would be re-serialised from its decoded query (an `&` in the subject would cut it).
  if (!opts.dryRun) await (opts.open ?? openExternalString)(link.uri);
  return link;
}

/** Writes `followup: <today>` into the meeting note's front matter (from the note or its follow-up). */
export async function markFollowedUpCommand(arg?: unknown): Promise<boolean> {
  let uri = targetUri(arg);
  if (!uri) return false;
  const text = await readText(uri);
  const meeting = splitFollowup(text).meeting;
  if (/\/followups\//.test(uri.path) && meeting) {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (root) {
      // `meeting:` is the user's text: it may only name a note inside this workspace folder.
      const target = vscode.Uri.joinPath(root, meeting);
      if (!isInside(root.path, target.path) || target.path === root.path) {
        logWarning(`Mark Followed Up: meeting "${meeting}" in ${uri.fsPath} is outside the workspace folder; nothing was changed`);
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Composure: the meeting note {0} is outside this workspace folder; nothing was changed.', meeting),
        );
        return false;
      }
      uri = target;
    }
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const ok = await replaceFrontMatter(doc, { followup: today() });
  if (ok)
    void vscode.window.setStatusBarMessage(
      vscode.l10n.t('Composure: {0} marked as followed up.', vscode.workspace.asRelativePath(uri)),
      4000,
    );
  return ok;
}

export const uiLang = () => langFromLocale(vscode.env.language);

function decisionCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 decision') : vscode.l10n.t('{0} decisions', n);
}

function actionCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 action item') : vscode.l10n.t('{0} action items', n);
}
