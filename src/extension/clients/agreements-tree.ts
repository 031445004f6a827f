import * as vscode from 'vscode';
import type { Agreement } from '../../core/clients/model';
import { addDays, daysBetween, weekday } from '../../core/dates/calendar';
import { shortDay } from '../../core/dates/format';
import type { ClientsService } from './clients-service';

export type AgreementNode =
  | { kind: 'bucket'; key: 'overdue' | 'week' | 'later' | 'none'; label: string; items: Agreement[] }
  | { kind: 'agreement'; agreement: Agreement }
  | { kind: 'loading' };

/**
 * Every open commitment across clients, mine and theirs, grouped by due date. A row leads with
 * what one scans for, the due date relative to today, then who and what; the client and the date
 * follow as its description. Mine and theirs differ by icon, and "Only mine" filters.
 */
export class AgreementsTree implements vscode.TreeDataProvider<AgreementNode> {
  private readonly emitter = new vscode.EventEmitter<AgreementNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  /** Show only this client's agreements (from the Clients view), or everybody's. */
  clientFilter: string | undefined;
  /** Show only the user's own commitments. */
  onlyMine = false;
  /** Called when the tree is shown before the index exists. */
  onNeedIndex: (() => void) | undefined;
  private relative: Intl.RelativeTimeFormat | undefined;

  constructor(private readonly service: ClientsService) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  agreements(): Agreement[] {
    return this.service
      .clients()
      .flatMap((c) => c.agreements)
      .filter((a) => (!this.clientFilter || a.clientId === this.clientFilter) && (!this.onlyMine || a.mine));
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
    return defs
      .map(([key, label, pred]) => ({ kind: 'bucket' as const, key, label, items: all.filter(pred).sort(by) }))
      .filter((b) => b.items.length);
  }

  getChildren(node?: AgreementNode): AgreementNode[] {
    if (!node) {
      if (!this.service.ready) {
        this.onNeedIndex?.();
        return [{ kind: 'loading' }];
      }
      return this.buckets();
    }
    if (node.kind === 'bucket') return node.items.map((agreement) => ({ kind: 'agreement' as const, agreement }));
    return [];
  }

  /** "3 days late", "today", "tomorrow", "in 4 days", in the display language. */
  relativeDue(due: string): string {
    const days = daysBetween(this.service.signalContext().today, due);
    if (days < 0) return days === -1 ? vscode.l10n.t('1 day late') : vscode.l10n.t('{0} days late', -days);
    this.relative ??= new Intl.RelativeTimeFormat(vscode.env.language, { numeric: 'auto' });
    return this.relative.format(days, 'day');
  }

  getTreeItem(node: AgreementNode): vscode.TreeItem {
    if (node.kind === 'loading') {
      const item = new vscode.TreeItem(vscode.l10n.t('Reading clients…'), vscode.TreeItemCollapsibleState.None);
      item.id = 'loading';
      item.iconPath = new vscode.ThemeIcon('loading~spin');
      return item;
    }
    if (node.kind === 'bucket') {
      const item = new vscode.TreeItem(
        node.label,
        node.key === 'later' || node.key === 'none' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
      );
      item.id = `bucket:${node.key}`;
      item.description = String(node.items.length);
      return item;
    }
    const a = node.agreement;
    const lang = this.service.uiLang;
    const owner = a.ownerName ?? a.owner?.replace(/^@/, '') ?? vscode.l10n.t('no owner');
    const when = a.due ? this.relativeDue(a.due) : (a.dueText ?? undefined);
    const item = new vscode.TreeItem(when ? `${when} · ${owner}: ${a.task}` : `${owner}: ${a.task}`, vscode.TreeItemCollapsibleState.None);
    item.id = `agreement:${a.path}:${a.line}`;
    item.description = [a.clientName, a.due ? shortDay(a.due, lang) : undefined].filter(Boolean).join(' · ');
    const late = !!a.due && a.due < this.service.signalContext().today;
    // Mine: a person; theirs: the client's organisation. My own late ones are the ones in red.
    item.iconPath = new vscode.ThemeIcon(
      a.mine ? 'person' : 'organization',
      a.mine && late ? new vscode.ThemeColor('list.errorForeground') : undefined,
    );
    const md = new vscode.MarkdownString();
    md.appendText(`${a.mine ? vscode.l10n.t('Mine') : vscode.l10n.t('Theirs')} · ${a.clientName}\n\n${owner}: ${a.task}\n\n`);
    md.appendText(a.due ? `${shortDay(a.due, lang)} (${this.relativeDue(a.due)})` : (a.dueText ?? vscode.l10n.t('no date')));
    item.tooltip = md;
    item.accessibilityInformation = {
      label: `${a.mine ? vscode.l10n.t('Mine') : vscode.l10n.t('Theirs')}: ${item.label as string}, ${item.description}`,
    };
    item.contextValue = a.mine ? 'agreement-mine' : 'agreement';
    const uri = this.service.uriOf(a.path);
    item.command = {
      title: vscode.l10n.t('Open'),
      command: 'vscode.open',
      arguments: [uri, { selection: new vscode.Range(a.line, 0, a.line, 0) }],
    };
    return item;
  }
}
