import * as vscode from 'vscode';
import type { Agreement } from '../../core/clients/model';
import { formatLocalDate } from '../../core/dates/calendar';
import { findTaskLine, markLineDone } from '../../core/notes/done';
import type { SettingsService } from '../settings';
import { AgreementsTree, type AgreementNode } from './agreements-tree';
import { ClientsService } from './clients-service';
import { CLIENT_SCHEME, ClientsTree, type GroupBy } from './clients-tree';
import { ClientCommands } from './commands';
import { ProfileDiagnostics } from './profile-diagnostics';
import { applyAndSave } from '../edits';
import { tickWhenDone } from '../walkthrough';

const GROUP_KEY = 'composure.clients.groupBy';
const MINE_KEY = 'composure.agreements.onlyMine';

export interface ClientParts {
  readonly service: ClientsService;
  readonly clientsTree: ClientsTree;
  readonly agreementsTree: AgreementsTree;
  readonly clientsView: vscode.TreeView<unknown>;
  readonly agreementsView: vscode.TreeView<unknown>;
  /** Problems of open client profiles (YAML errors, bad dates) in the Problems panel. */
  readonly profiles: ProfileDiagnostics;
  /** Builds the index if it is not built yet (behind the view's progress bar). */
  readonly ensureIndex: () => Promise<void>;
}

/** Wires the Clients and Agreements views, their commands and the index build. */
export function registerClients(context: vscode.ExtensionContext, settings: SettingsService): ClientParts {
  const service = new ClientsService(settings);
  const clientsTree = new ClientsTree(service);
  const agreementsTree = new AgreementsTree(service);
  clientsTree.groupBy = context.workspaceState.get<GroupBy>(GROUP_KEY, 'status');
  agreementsTree.onlyMine = context.workspaceState.get<boolean>(MINE_KEY, false);
  const clientsView = vscode.window.createTreeView('composure.clients', { treeDataProvider: clientsTree, showCollapseAll: true });
  const agreementsView = vscode.window.createTreeView('composure.agreements', { treeDataProvider: agreementsTree });
  const commands = new ClientCommands(service, settings);
  const profiles = new ProfileDiagnostics(settings);

  const update = () => {
    clientsTree.refresh();
    agreementsTree.refresh();
    // The container's badge adds up its views' badges: only one count, clients needing attention.
    const attention = service.ready ? clientsTree.attentionCount() : 0;
    clientsView.badge = {
      value: attention,
      tooltip: attention === 1 ? vscode.l10n.t('1 client needs attention') : vscode.l10n.t('{0} clients need attention', attention),
    };
    clientsView.description = clientsTree.filter ? `“${clientsTree.filter}”` : undefined;
    agreementsView.description =
      [
        agreementsTree.clientFilter ? service.client(agreementsTree.clientFilter)?.profile.name : undefined,
        agreementsTree.onlyMine ? vscode.l10n.t('only mine') : undefined,
      ]
        .filter(Boolean)
        .join(' · ') || undefined;
    void vscode.commands.executeCommand('setContext', 'composure.clientsFiltered', !!clientsTree.filter);
    void vscode.commands.executeCommand('setContext', 'composure.agreementsFiltered', !!agreementsTree.clientFilter);
    void vscode.commands.executeCommand('setContext', 'composure.agreementsOnlyMine', agreementsTree.onlyMine);
    void vscode.commands.executeCommand('setContext', 'composure.clientsReady', service.listed);
  };
  // Nothing is read at activation: the index builds when a Composure view first shows (its tree
  // then shows a progress row at once) or when a command needs the clients. Each pass of the
  // build fires service.onDidChange, which refreshes both trees (`update`).
  let indexing: Promise<void> | undefined;
  const ensureIndex = () => {
    indexing ??= Promise.resolve(
      vscode.window.withProgress({ location: { viewId: 'composure.clients' }, title: vscode.l10n.t('Reading clients…') }, () =>
        service.whenReady(),
      ),
    );
    return indexing;
  };
  clientsTree.onNeedIndex = agreementsTree.onNeedIndex = () => void ensureIndex();
  // The meeting notes are read once the clients view has its rows (or at once when it is hidden),
  // so reading them never delays the first clients on screen.
  let clientsShown: () => void = () => undefined;
  const shown = new Promise<void>((resolve) => (clientsShown = resolve));
  clientsTree.onDidShowClients = () => clientsShown();
  const turn = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));
  // (At most a second when the view never asks for its rows, e.g. its section is collapsed; then
  // one turn of the event loop, so the rows' reply leaves before the parsing starts.)
  service.beforeSecondPass = async () => {
    if (clientsView.visible) await Promise.race([shown, turn(1000)]);
    await turn();
  };
  const setGroup = (g: GroupBy) => {
    clientsTree.groupBy = g;
    void context.workspaceState.update(GROUP_KEY, g);
    void vscode.commands.executeCommand('setContext', 'composure.clientsGroupBy', g);
    update();
  };
  void vscode.commands.executeCommand('setContext', 'composure.clientsGroupBy', clientsTree.groupBy);
  void vscode.commands.executeCommand('setContext', 'composure.agreementsOnlyMine', agreementsTree.onlyMine);

  context.subscriptions.push(
    service,
    profiles,
    clientsView,
    agreementsView,
    service.onDidChange(update),
    settings.onDidChange(() => clientsTree.resetSignals()),
    vscode.window.registerFileDecorationProvider(clientsTree),
    vscode.commands.registerCommand('composure.refreshClients', async () => {
      await (service.ready ? service.rebuild() : ensureIndex());
      return service.clients().length;
    }),
    vscode.commands.registerCommand('composure.groupByHealth', () => setGroup('health')),
    vscode.commands.registerCommand('composure.groupByStatus', () => setGroup('status')),
    vscode.commands.registerCommand('composure.filterClients', async (value?: string) => {
      const v =
        value ??
        (await vscode.window.showInputBox({
          prompt: vscode.l10n.t('Show clients whose name, company, email or tags contain…'),
          value: clientsTree.filter,
        }));
      if (v === undefined) return;
      clientsTree.filter = v.trim();
      update();
    }),
    vscode.commands.registerCommand('composure.clearClientFilter', () => {
      clientsTree.filter = '';
      update();
    }),
    vscode.commands.registerCommand('composure.showAgreements', async (clientId?: string) => {
      agreementsTree.clientFilter = typeof clientId === 'string' ? clientId : undefined;
      update();
      await vscode.commands.executeCommand('composure.agreements.focus');
    }),
    vscode.commands.registerCommand('composure.showAllAgreements', () => {
      agreementsTree.clientFilter = undefined;
      update();
    }),
    vscode.commands.registerCommand('composure.showOnlyMyAgreements', () => {
      agreementsTree.onlyMine = true;
      void context.workspaceState.update(MINE_KEY, true);
      update();
    }),
    vscode.commands.registerCommand('composure.showAllOwners', () => {
      agreementsTree.onlyMine = false;
      void context.workspaceState.update(MINE_KEY, false);
      update();
    }),
    vscode.commands.registerCommand('composure.newClient', (args?: object) =>
      tickWhenDone('client', commands.newClient(args && !('kind' in args) ? args : {})),
    ),
    vscode.commands.registerCommand('composure.newMeetingNote', (arg?: unknown, args?: object) =>
      tickWhenDone('meeting', commands.newMeetingNote(arg, args)),
    ),
    vscode.commands.registerCommand('composure.logContact', (arg?: unknown, args?: object) => commands.logContact(arg, args)),
    vscode.commands.registerCommand('composure.openClient', (arg?: unknown) => commands.openClient(arg)),
    vscode.commands.registerCommand('composure.revealClient', (arg?: unknown) => commands.revealClient(arg)),
    vscode.commands.registerCommand('composure.markAgreementDone', (node?: AgreementNode | Agreement) => markDone(service, node)),
  );
  if (clientsView.visible || agreementsView.visible) void ensureIndex();
  return { service, clientsTree, agreementsTree, clientsView, agreementsView, profiles, ensureIndex };
}

/** Marks an agreement done in its source note: only that line changes, as an undoable edit. */
async function markDone(service: ClientsService, node?: AgreementNode | Agreement): Promise<boolean> {
  const a = node && 'kind' in node ? (node.kind === 'agreement' ? node.agreement : undefined) : (node as Agreement | undefined);
  if (!a) return false;
  const uri = service.uriOf(a.path);
  const doc = await vscode.workspace.openTextDocument(uri);
  // The index knows the saved file; the open document may have lines added or removed above.
  const at = findTaskLine((l) => doc.lineAt(l).text, doc.lineCount, a.line, a.task);
  if (at === undefined) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Composure: "{0}" is no longer in {1}; nothing was marked.', a.task, vscode.workspace.asRelativePath(uri)),
    );
    return false;
  }
  const line = doc.lineAt(at);
  const next = markLineDone(line.text, formatLocalDate(new Date()), a.task);
  if (next === undefined) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, line.range, next);
  if (!(await applyAndSave(doc, edit))) return false;
  service.noteOwnWrite(uri, doc.getText());
  return true;
}

export { CLIENT_SCHEME };
