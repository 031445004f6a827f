import * as vscode from 'vscode';
import type { Agreement } from '../../core/clients/model';
import { addDays, weekday } from '../../core/dates/calendar';
import { formatDay } from '../../core/followup/compose';
import type { ClientsService } from './clients-service';

export type AgreementNode =
  | { kind: 'bucket'; key: 'overdue' | 'week' | 'later' | 'none'; label: string; items: Agreement[] }
  | { kind: 'agreement'; agreement: Agreement };

/** Every open commitment across clients, mine and theirs, grouped by due date. */
export class AgreementsTree implements vscode.TreeDataProvider<AgreementNode> {
  private readonly emitter = new vscode.EventEmitter<AgreementNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  /** Show only this client's agreements (from the Clients view), or everybody's. */
  clientFilter: string | undefined;

  constructor(private readonly service: ClientsService) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  agreements(): Agreement[] {
    const all = this.service.clients().flatMap((c) => c.agreements);
    return this.clientFilter ? all.filter((a) => a.clientId === this.clientFilter) : all;
  }

  buckets(): Array<AgreementNode & { kind: 'bucket' }> {
    const today = this.service.signalContext().today;
    // The rest of this week: up to Sunday.
    const endOfWeek = addDays(today, (7 - weekday(today)) % 7);
    const by = (a: Agreement, b: Agreement) => (a.due ?? '').localeCompare(b.due ?? '') || a.clientName.localeCompare(b.clientName);
    const all = this.agreements();
    type Key = (AgreementNode & { kind: 'bucket' })['key'];
    const defs: Array<[Key, string, (a: Agreement) => boolean]> = [
      ['overdue', vscode.l10n.t('Overdue'), (a) => !!a.due && a.due < today],
      ['week', vscode.l10n.t('This week'), (a) => !!a.due && a.due >= today && a.due <= endOfWeek],
      ['later', vscode.l10n.t('Later'), (a) => !!a.due && a.due > endOfWeek],
      ['none', vscode.l10n.t('No date'), (a) => !a.due],
    ];
    return defs.map(([key, label, pred]) => ({ kind: 'bucket' as const, key, label, items: all.filter(pred).sort(by) })).filter((b) => b.items.length);
  }

  getChildren(node?: AgreementNode): AgreementNode[] {
    if (!node) return this.buckets();
    if (node.kind === 'bucket') return node.items.map((agreement) => ({ kind: 'agreement' as const, agreement }));
    return [];
  }

  getTreeItem(node: AgreementNode): vscode.TreeItem {
    if (node.kind === 'bucket') {
      const item = new vscode.TreeItem(node.label, node.key === 'later' || node.key === 'none' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `bucket:${node.key}`;
      item.description = String(node.items.length);
      if (node.key === 'overdue') item.iconPath = new vscode.ThemeIcon('alert', new vscode.ThemeColor('list.errorForeground'));
      return item;
    }
    const a = node.agreement;
    const owner = (a.owner ?? vscode.l10n.t('no owner')).replace(/^@/, '');
    const item = new vscode.TreeItem(`${owner}: ${a.task}`, vscode.TreeItemCollapsibleState.None);
    item.id = `agreement:${a.path}:${a.line}`;
    const due = a.due ? formatDay(a.due, this.service.uiLang) : a.dueText ?? vscode.l10n.t('no date');
    item.description = `${due} · ${a.clientName}`;
    item.iconPath = new vscode.ThemeIcon(a.mine ? 'person' : 'organization');
    item.tooltip = new vscode.MarkdownString(`**${a.mine ? vscode.l10n.t('Mine') : vscode.l10n.t('Theirs')}** · ${a.clientName}\n\n${a.task}\n\n${due}`);
    item.contextValue = 'agreement';
    const uri = this.service.uriOf(a.path);
    item.command = { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [uri, { selection: new vscode.Range(a.line, 0, a.line, 0) }] };
    return item;
  }
}
