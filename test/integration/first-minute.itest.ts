import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, codeOf, createFile, openInEditor, waitForDiagnostics, workspaceUri } from './helpers';

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
});
