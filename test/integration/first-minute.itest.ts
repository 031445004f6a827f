import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, codeOf, createFile, openInEditor, waitForDiagnostics, workspaceUri } from './helpers';
import { ClientsService } from '../../src/extension/clients/clients-service';
import { ClientsTree, type ClientNode } from '../../src/extension/clients/clients-tree';

/** Resolves at the next firing of an event (bounded, never a blind sleep). */
function next<T>(event: vscode.Event<T>, what: string, timeoutMs = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${what} did not happen within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = event((e) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

describe('the first minute: lazy index and rule links', () => {
  it("opens a finding's rule link inside VS Code as a read-only rule page", async () => {
    await api();
    const uri = await createFile(
      workspaceUri('clients', 'acme-studio', 'drafts', 'rule-link.md'),
      'As I already said, the copy was due on Monday.\n',
    );
    await openInEditor(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'reproachful-reminder'));
    const code = diags.find((x) => codeOf(x) === 'reproachful-reminder')?.code;
    assert.ok(code && typeof code === 'object' && 'target' in code);
    assert.equal(code.target.scheme, 'composure-rule');
    const page = await vscode.workspace.openTextDocument(code.target);
    assert.equal(page.languageId, 'markdown');
    assert.match(page.getText(), /^# Reproachful reminder \(`reproachful-reminder`\)/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
  });

  it('builds the client index on first need, not at activation', async () => {
    const composure = await api();
    const { service } = composure.clients;
    if (!service.ready) assert.equal(service.builds, 0, 'no build before a view or a command asks');
    await composure.clients.ensureIndex();
    assert.equal(service.ready, true);
    assert.ok(service.clients().length >= 4);
  });

  it('shows the clients once their profiles are read, then their signals once the meeting notes are', async () => {
    const composure = await api();
    // A fresh index beside the extension's own (which earlier tests have built already).
    const service = new ClientsService(composure.settings);
    const tree = new ClientsTree(service);
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    service.beforeSecondPass = () => gate;
    const sub = service.onDidChange(() => tree.refresh());
    try {
      let asked = 0;
      tree.onNeedIndex = () => asked++;
      const first = tree.getChildren();
      assert.deepEqual(
        first.map((n) => n.kind),
        ['loading'],
      );
      assert.equal(asked, 1, 'the placeholder asks for the index');
      const listed = next(tree.onDidChangeTreeData, 'the first tree refresh');
      const build = service.whenReady();
      await listed;
      assert.equal(service.listed, true);
      assert.equal(service.ready, false, 'the meeting notes wait for the gate');
      const clients = (groups: ClientNode[]) => groups.flatMap((g) => tree.getChildren(g));
      const early = clients(tree.getChildren());
      assert.ok(early.length >= 4, `${early.length} clients listed`);
      assert.ok(
        early.every((n) => n.kind === 'client' && n.signals.length === 0),
        'no signals before the notes are read',
      );
      assert.equal(service.clients().flatMap((c) => c.agreements).length, 0);

      const ready = next(tree.onDidChangeTreeData, 'the second tree refresh');
      openGate();
      await ready;
      await build;
      assert.equal(service.ready, true);
      const late = clients(tree.getChildren());
      assert.ok(
        late.some((n) => n.kind === 'client' && n.signals.length > 0),
        'signals once the notes are read',
      );
      assert.ok(service.clients().some((c) => c.agreements.length > 0));
    } finally {
      sub.dispose();
      service.dispose();
    }
  });

  it("refreshes the extension's Clients view when its index changes (no timed re-asks)", async () => {
    const composure = await api();
    await composure.clients.ensureIndex();
    const refreshed = next(composure.clients.clientsTree.onDidChangeTreeData, 'a Clients view refresh');
    await composure.clients.service.rebuild();
    await refreshed;
    assert.ok(composure.clients.clientsTree.getChildren().every((n) => n.kind !== 'loading'));
  });
});
