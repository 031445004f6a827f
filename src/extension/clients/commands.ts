import * as vscode from 'vscode';
import { formatLogLine } from '../../core/clients/log';
import type { Client } from '../../core/clients/model';
import { clientProfileTemplate, contactLogHeader, meetingNoteTemplate, slugify } from '../../core/clients/templates';
import { formatLocalDate, isIsoDate } from '../../core/dates/calendar';
import { zonedDateTime } from '../../core/dates/clock';
import { uniqueFileName } from '../../core/followup/files';
import { isLang, type Lang } from '../../core/lang';
import { applyAndSave } from '../edits';
import { exists } from '../workspace-fs';
import type { SettingsService } from '../settings';
import type { ClientNode } from './clients-tree';
import type { ClientsService } from './clients-service';

/** Arguments tests (and other extensions) may pass instead of answering prompts. */
export interface NewClientArgs {
  name?: string;
  lang?: Lang;
  email?: string;
}
export interface NewMeetingArgs {
  client?: string;
  date?: string;
  title?: string;
}
export interface LogContactArgs {
  client?: string;
  channel?: string;
  direction?: 'in' | 'out';
  summary?: string;
  date?: string;
  time?: string;
}

/** Creates a new file through the workspace file API; refuses to replace an existing one. */
async function createNew(uri: vscode.Uri, text: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  return vscode.workspace.applyEdit(edit);
}

export class ClientCommands {
  constructor(
    private readonly service: ClientsService,
    private readonly settings: SettingsService,
  ) {}

  private async pickClient(arg: unknown, placeHolder: string): Promise<Client | undefined> {
    await this.service.whenReady();
    if (typeof arg === 'string') return this.service.client(arg);
    const node = arg as ClientNode | undefined;
    if (node && 'client' in node) return node.client;
    const active = vscode.window.activeTextEditor?.document.uri;
    const fromEditor = active ? this.service.clientOf(active) : undefined;
    const clients = this.service.clients();
    if (!clients.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Composure: create a client first (Composure: New Client).'));
      return undefined;
    }
    const items = clients.map((c) => ({ label: c.profile.name, description: c.profile.company, client: c, picked: c === fromEditor }));
    if (fromEditor) items.sort((a, b) => Number(b.client === fromEditor) - Number(a.client === fromEditor));
    return (await vscode.window.showQuickPick(items, { placeHolder }))?.client;
  }

  /** New Client: asks name, language and email, writes clients/<slug>/client.md, opens it. */
  async newClient(args: NewClientArgs = {}): Promise<vscode.Uri | undefined> {
    const folder = this.service.folder;
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Composure: open a folder to keep clients in.'));
      return undefined;
    }
    const name =
      args.name ??
      (
        await vscode.window.showInputBox({
          title: vscode.l10n.t('New Client'),
          prompt: vscode.l10n.t('Client name (a person or a company)'),
          validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed.')),
        })
      )?.trim();
    if (!name) return undefined;
    const lang =
      args.lang ??
      (
        await vscode.window.showQuickPick(
          [
            { label: 'English', lang: 'en' as Lang },
            { label: 'Español', lang: 'es' as Lang },
            { label: 'Italiano', lang: 'it' as Lang },
          ],
          { title: vscode.l10n.t('New Client'), placeHolder: vscode.l10n.t('Language you write to this client in') },
        )
      )?.lang;
    if (!lang || !isLang(lang)) return undefined;
    const email =
      args.email ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('New Client'),
        prompt: vscode.l10n.t('Email address (optional)'),
        validateInput: (v) =>
          !v.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? undefined : vscode.l10n.t('That does not look like an email address.'),
      }));
    if (email === undefined) return undefined;
    let slug = slugify(name);
    for (let n = 2; (await exists(vscode.Uri.joinPath(folder, slug))) || (await exists(vscode.Uri.joinPath(folder, `${slug}.md`))); n++)
      slug = `${slugify(name)}-${n}`;
    const uri = vscode.Uri.joinPath(folder, slug, 'client.md');
    const text = clientProfileTemplate({
      name,
      email: email.trim() || undefined,
      lang,
      timezone: this.settings.settings.timezone || undefined,
    });
    if (!(await createNew(uri, text))) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Composure: could not create {0}.', vscode.workspace.asRelativePath(uri)));
      return undefined;
    }
    this.service.noteOwnWrite(uri, text);
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  }

  /** New Meeting Note: date, attendees and headings prefilled in the client's language. */
  async newMeetingNote(arg?: unknown, args: NewMeetingArgs = {}): Promise<vscode.Uri | undefined> {
    const client = await this.pickClient(args.client ?? arg, vscode.l10n.t('Meeting with which client?'));
    if (!client) return undefined;
    const today = formatLocalDate(new Date());
    const date =
      args.date ??
      (
        await vscode.window.showInputBox({
          title: vscode.l10n.t('New Meeting Note'),
          prompt: vscode.l10n.t('Meeting date (YYYY-MM-DD)'),
          value: today,
          validateInput: (v) => (isIsoDate(v.trim()) ? undefined : vscode.l10n.t('Write the date as YYYY-MM-DD.')),
        })
      )?.trim();
    if (!date) return undefined;
    const title =
      args.title ??
      (
        await vscode.window.showInputBox({
          title: vscode.l10n.t('New Meeting Note'),
          prompt: vscode.l10n.t('Topic of the meeting'),
          value: vscode.l10n.t('Meeting'),
        })
      )?.trim();
    if (!title) return undefined;
    const lang = client.profile.lang ?? this.settings.settings.defaultLanguage;
    const me = this.settings.settings.userName;
    const folder = vscode.Uri.joinPath(this.service.uriOf(client.folder ?? this.clientFolderPath(client)), 'meetings');
    await vscode.workspace.fs.createDirectory(folder);
    const name = await uniqueFileName(`${date}-${slugify(title)}.md`, (n) => exists(vscode.Uri.joinPath(folder, n)));
    const uri = vscode.Uri.joinPath(folder, name);
    const text = meetingNoteTemplate({ title, date, attendees: [client.profile.name, ...(me ? [me] : [])], lang });
    if (!(await createNew(uri, text))) return undefined;
    this.service.noteOwnWrite(uri, text);
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const line = text.split('\n').findIndex((l) => l === '- ');
    if (line >= 0) editor.selection = new vscode.Selection(line, 2, line, 2);
    return uri;
  }

  private clientFolderPath(c: Client): string {
    // A one-file client gets a folder of the same name next to its file for notes.
    return (c.file ?? '').replace(/\.(md|markdown)$/i, '');
  }

  /** Log a Contact: appends "- date time channel direction: summary" to the client's log.md. */
  async logContact(arg?: unknown, args: LogContactArgs = {}): Promise<string | undefined> {
    const client = await this.pickClient(args.client ?? arg, vscode.l10n.t('Contact with which client?'));
    if (!client) return undefined;
    const channels = ['email', 'call', 'whatsapp', 'video', 'meeting', 'sms', 'other'];
    const channel =
      args.channel ??
      (await vscode.window.showQuickPick(channels, { title: vscode.l10n.t('Log a Contact'), placeHolder: vscode.l10n.t('Channel') }));
    if (!channel) return undefined;
    const direction =
      args.direction ??
      (
        await vscode.window.showQuickPick(
          [
            { label: vscode.l10n.t('From the client (in)'), d: 'in' as const },
            { label: vscode.l10n.t('From me (out)'), d: 'out' as const },
          ],
          { title: vscode.l10n.t('Log a Contact'), placeHolder: vscode.l10n.t('Who got in touch?') },
        )
      )?.d;
    if (!direction) return undefined;
    const summary =
      args.summary ??
      (await vscode.window.showInputBox({ title: vscode.l10n.t('Log a Contact'), prompt: vscode.l10n.t('What was it about?') }));
    if (summary === undefined) return undefined;
    // The log is read in the user's time zone, so it is written in it too (not the host's clock).
    const [date, time] = zonedDateTime(Date.now(), this.settings.settings.timezone).split('T');
    const line = formatLogLine({ date: args.date ?? date, time: args.time ?? time, channel, direction, summary: summary || '—' });
    const logUri = vscode.Uri.joinPath(this.service.uriOf(client.folder ?? this.clientFolderPath(client)), 'log.md');
    if (!(await exists(logUri))) {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(logUri, '..'));
      await createNew(logUri, contactLogHeader(client.profile.name, client.profile.lang ?? 'en'));
    }
    // Appending through the document keeps unsaved edits and makes the change undoable.
    const doc = await vscode.workspace.openTextDocument(logUri);
    const text = doc.getText();
    const edit = new vscode.WorkspaceEdit();
    const end = doc.positionAt(text.length);
    edit.insert(logUri, end, `${text.length && !text.endsWith('\n') ? '\n' : ''}${line}\n`);
    if (!(await applyAndSave(doc, edit))) return undefined;
    this.service.noteOwnWrite(logUri, doc.getText());
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Composure: contact logged for {0}.', client.profile.name), 4000);
    return line;
  }

  async openClient(arg?: unknown): Promise<void> {
    const client = await this.pickClient(arg, vscode.l10n.t('Open which client?'));
    if (client?.file) await vscode.window.showTextDocument(this.service.uriOf(client.file), { preview: false });
  }

  async revealClient(arg?: unknown): Promise<void> {
    const client = await this.pickClient(arg, vscode.l10n.t('Reveal which client?'));
    if (!client) return;
    const target = client.folder ?? client.file;
    if (target) await vscode.commands.executeCommand('revealInExplorer', this.service.uriOf(target));
  }
}
