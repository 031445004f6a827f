import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/text/markdown';
import type { Client, NoteKind, Signal } from '../../core/clients/model';
import { needsAttention } from '../../core/clients/signals';
import { daysBetween } from '../../core/dates/calendar';
import { formatDay } from '../../core/followup/compose';
import { t, tn } from '../../core/i18n';
import { foldText } from '../../core/text/fold';
import type { ClientsService } from './clients-service';

export type GroupBy = 'status' | 'health';

/** Scheme of client item URIs: decorations (badge, colour) apply to the tree only, not the Explorer. */
export const CLIENT_SCHEME = 'composure-client';

export type ClientNode =
  | { kind: 'root'; key: string; label: string; clients: Client[] }
  | { kind: 'group'; key: string; label: string; clients: Client[]; root?: string }
  | { kind: 'client'; client: Client; signals: Signal[] }
  | { kind: 'folder'; client: Client; noteKind: NoteKind; label: string }
  | { kind: 'file'; client: Client; path: string; label: string; description?: string }
  | { kind: 'agreements'; client: Client }
  | { kind: 'loading' };

const STATUS_ORDER = ['active', 'lead', 'paused', 'ended'] as const;

export class ClientsTree implements vscode.TreeDataProvider<ClientNode>, vscode.FileDecorationProvider {
  private readonly changeTree = new vscode.EventEmitter<ClientNode | undefined>();
  readonly onDidChangeTreeData = this.changeTree.event;
  private readonly changeDecorations = new vscode.EventEmitter<vscode.Uri[] | undefined>();
  readonly onDidChangeFileDecorations = this.changeDecorations.event;
  groupBy: GroupBy = 'status';
  filter = '';
  /** Signals per client object: the index keeps unchanged clients' objects, so a save recomputes one client. */
  private signalCache = new WeakMap<Client, { today: string; signals: Signal[] }>();

  /** Called when the tree is shown before the index exists: the register builds it then. */
  onNeedIndex: (() => void) | undefined;
  /** Called when the tree has handed out client rows (the index's second pass may start). */
  onDidShowClients: (() => void) | undefined;

  constructor(private readonly service: ClientsService) {}

  refresh(): void {
    this.changeTree.fire(undefined);
    this.changeDecorations.fire(undefined);
  }

  private signalsOf(c: Client): Signal[] {
    // Signals need the meeting notes: none until the index has read them (they fill in then).
    if (!this.service.ready) return [];
    const today = this.service.signalContext().today;
    let entry = this.signalCache.get(c);
    if (!entry || entry.today !== today) this.signalCache.set(c, (entry = { today, signals: this.service.signals(c) }));
    return entry.signals;
  }

  /** Forgets cached signals (settings that signals depend on changed). */
  resetSignals(): void {
    this.signalCache = new WeakMap();
  }

  /** Clients shown, after the text filter (name, company, email, tags, id). */
  visibleClients(): Client[] {
    const q = foldText(this.filter.trim());
    const all = this.service.clients();
    if (!q) return all;
    return all.filter((c) =>
      foldText([c.id, c.profile.name, c.profile.company, c.profile.email, ...c.profile.tags].filter(Boolean).join(' ')).includes(q),
    );
  }

  attentionCount(): number {
    return this.service.clients().filter((c) => needsAttention(this.signalsOf(c))).length;
  }

  getChildren(node?: ClientNode): ClientNode[] {
    if (!node) {
      if (!this.service.listed) {
        this.onNeedIndex?.();
        return [{ kind: 'loading' }];
      }
      const clients = this.visibleClients();
      if (!clients.length) return [];
      const folders = this.service.folders();
      if (folders.length > 1) {
        // Several workspace folders: each is its own workspace, shown as its own root.
        const shown = new Set(clients);
        return folders
          .map((f) => ({
            kind: 'root' as const,
            key: f.folder.uri.toString(),
            label: f.folder.name,
            clients: f.index.clients().filter((c) => shown.has(c)),
          }))
          .filter((r) => r.clients.length);
      }
      return this.groups(clients);
    }
    if (node.kind === 'root') return this.groups(node.clients, node.key);
    if (node.kind === 'group') {
      const sev = (c: Client) => this.signalsOf(c).filter((s) => s.severity !== 'info').length;
      const rows = [...node.clients]
        .sort((a, b) => (this.groupBy === 'health' ? sev(b) - sev(a) : 0) || a.profile.name.localeCompare(b.profile.name))
        .map((client) => ({ kind: 'client' as const, client, signals: this.signalsOf(client) }));
      if (rows.length) this.onDidShowClients?.();
      return rows;
    }
    return this.childrenOf(node);
  }

  /** Clients grouped by status or health (under a folder's root when there are several). */
  private groups(clients: Client[], root?: string): ClientNode[] {
    const lang = this.service.uiLang;
    if (this.groupBy === 'health') {
      const attention = clients.filter((c) => needsAttention(this.signalsOf(c)));
      const fine = clients.filter((c) => !needsAttention(this.signalsOf(c)));
      return [
        { kind: 'group' as const, key: 'attention', label: vscode.l10n.t('Needs attention'), clients: attention, root },
        { kind: 'group' as const, key: 'ok', label: vscode.l10n.t('No signals'), clients: fine, root },
      ].filter((g) => g.clients.length);
    }
    return STATUS_ORDER.map((s) => ({
      kind: 'group' as const,
      key: s,
      label: t(lang, `status.${s}`),
      clients: clients.filter((c) => c.profile.status === s),
      root,
    })).filter((g) => g.clients.length);
  }

  /** A stable id prefix for a client's items: its folder's, when several folders may share ids. */
  private scope(c: Client): string {
    const folders = this.service.folders();
    if (folders.length < 2) return '';
    return `${folders.find((f) => f.index.client(c.id) === c)?.folder.uri.toString() ?? ''}|`;
  }

  private childrenOf(node: ClientNode): ClientNode[] {
    if (node.kind === 'client') {
      const c = node.client;
      const out: ClientNode[] = [];
      if (c.file) out.push({ kind: 'file', client: c, path: c.file, label: vscode.l10n.t('Profile') });
      const log = c.notes.find((n) => n.kind === 'log');
      if (log)
        out.push({
          kind: 'file',
          client: c,
          path: log.path,
          label: vscode.l10n.t('Contact log'),
          description: vscode.l10n.t('{0} entries', c.log.length),
        });
      for (const [k, label] of [
        ['meeting', vscode.l10n.t('Meetings')],
        ['draft', vscode.l10n.t('Drafts')],
        ['followup', vscode.l10n.t('Follow-ups')],
        ['note', vscode.l10n.t('Other notes')],
      ] as Array<[NoteKind, string]>) {
        if (c.notes.some((n) => n.kind === k)) out.push({ kind: 'folder', client: c, noteKind: k, label });
      }
      if (c.agreements.length) out.push({ kind: 'agreements', client: c });
      return out;
    }
    if (node.kind === 'folder') {
      return node.client.notes
        .filter((n) => n.kind === node.noteKind)
        .map((n) => ({
          kind: 'file' as const,
          client: node.client,
          path: n.path,
          label: n.title,
          description: n.date ? formatDay(n.date, this.service.uiLang) : undefined,
        }));
    }
    return [];
  }

  getTreeItem(node: ClientNode): vscode.TreeItem {
    const lang = this.service.uiLang;
    switch (node.kind) {
      case 'loading': {
        const item = new vscode.TreeItem(vscode.l10n.t('Reading clients…'), vscode.TreeItemCollapsibleState.None);
        item.id = 'loading';
        item.iconPath = new vscode.ThemeIcon('loading~spin');
        return item;
      }
      case 'root': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `root:${node.key}`;
        item.description = String(node.clients.length);
        item.iconPath = new vscode.ThemeIcon('root-folder');
        item.contextValue = 'root';
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.root ? `${node.root}|` : ''}${this.groupBy}:${node.key}`;
        item.description = String(node.clients.length);
        item.contextValue = 'group';
        return item;
      }
      case 'client': {
        const c = node.client;
        const item = new vscode.TreeItem(c.profile.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `client:${this.scope(c)}${c.id}`;
        const today = this.service.signalContext().today;
        const last = c.lastContact
          ? t(
              lang,
              'clients.lastContact',
              c.lastContact >= today ? t(lang, 'clients.today') : tn(lang, 'clients.daysAgo', daysBetween(c.lastContact, today)),
            )
          : t(lang, 'clients.never');
        const open = c.agreements.length ? tn(lang, 'clients.open', c.agreements.length) : undefined;
        item.description = [c.profile.company !== c.profile.name ? c.profile.company : undefined, open, last].filter(Boolean).join(' · ');
        item.tooltip = this.tooltip(c, node.signals);
        item.contextValue = c.file ? 'client' : 'client-noprofile';
        item.resourceUri = vscode.Uri.from({ scheme: CLIENT_SCHEME, path: `/${c.id}` });
        // Red only for what needs action now (a broken profile, money owed, my own overdue
        // commitments: the core marks those as errors), amber for the rest, plain otherwise.
        const worst = node.signals[0]?.severity;
        item.iconPath =
          worst === 'error'
            ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'))
            : worst === 'warning'
              ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
              : new vscode.ThemeIcon('account');
        if (c.file) item.command = { title: vscode.l10n.t('Open Client'), command: 'composure.openClient', arguments: [node] };
        return item;
      }
      case 'folder': {
        const n = node.client.notes.filter((x) => x.kind === node.noteKind).length;
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `folder:${this.scope(node.client)}${node.client.id}:${node.noteKind}`;
        item.description = String(n);
        item.iconPath = new vscode.ThemeIcon(
          node.noteKind === 'meeting' ? 'calendar' : node.noteKind === 'draft' ? 'edit' : node.noteKind === 'followup' ? 'mail' : 'note',
        );
        item.contextValue = `folder-${node.noteKind}`;
        return item;
      }
      case 'file': {
        const uri = this.service.uriOf(node.path);
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.id = `file:${node.path}`;
        item.description = node.description;
        item.resourceUri = uri;
        item.tooltip = vscode.workspace.asRelativePath(uri);
        item.command = { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [uri] };
        const kind = node.client.notes.find((n) => n.path === node.path)?.kind;
        item.contextValue = kind === 'meeting' ? 'file-meeting' : 'file';
        return item;
      }
      case 'agreements': {
        const item = new vscode.TreeItem(vscode.l10n.t('Open agreements'), vscode.TreeItemCollapsibleState.None);
        item.id = `agreements:${this.scope(node.client)}${node.client.id}`;
        item.description = String(node.client.agreements.length);
        item.iconPath = new vscode.ThemeIcon('checklist');
        item.command = { title: vscode.l10n.t('Show in Agreements'), command: 'composure.showAgreements', arguments: [node.client.id] };
        return item;
      }
    }
  }

  private tooltip(c: Client, signals: Signal[]): vscode.MarkdownString {
    const lang = this.service.uiLang;
    const md = new vscode.MarkdownString(undefined, true);
    const esc = escapeMarkdown;
    md.appendMarkdown(`**${esc(c.profile.name)}**${c.profile.company ? ` · ${esc(c.profile.company)}` : ''}\n\n`);
    const facts = [t(lang, `status.${c.profile.status}`), c.profile.email, c.profile.lang?.toUpperCase(), c.profile.timezone].filter(
      Boolean,
    ) as string[];
    md.appendMarkdown(`${facts.map(esc).join(' · ')}\n\n`);
    if (!this.service.ready) md.appendMarkdown(`$(loading~spin) ${esc(vscode.l10n.t('Reading meeting notes…'))}\n`);
    else if (!signals.length) md.appendMarkdown(`$(pass) ${esc(vscode.l10n.t('No signals'))}\n`);
    for (const s of signals)
      md.appendMarkdown(
        `${s.severity === 'error' ? '$(error)' : s.severity === 'warning' ? '$(warning)' : '$(info)'} ${esc(s.message)}\n\n`,
      );
    return md;
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== CLIENT_SCHEME) return undefined;
    const c = this.service.client(uri.path.slice(1));
    if (!c) return undefined;
    const signals = this.signalsOf(c);
    const serious = signals.filter((s) => s.severity !== 'info');
    if (!serious.length) return undefined;
    // Colour only, no number: what the signals are is in the tooltip and the icon.
    const error = serious.some((s) => s.severity === 'error');
    return new vscode.FileDecoration(
      undefined,
      serious.map((s) => s.message).join('\n'),
      new vscode.ThemeColor(error ? 'list.errorForeground' : 'list.warningForeground'),
    );
  }

  getParent(): undefined {
    return undefined;
  }
}
