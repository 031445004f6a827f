import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('activation', () => {
  it('activates in the real extension host and exposes its API', async () => {
    const ext = vscode.extensions.getExtension('composure-dev.composure');
    assert.ok(ext, 'the Composure extension is installed in the host');
    const api = await ext.activate();
    assert.equal(ext.isActive, true);
    assert.equal(api.version, ext.packageJSON.version);
  });

  it('registers every command the manifest contributes', async () => {
    const ext = vscode.extensions.getExtension('composure-dev.composure');
    assert.ok(ext);
    await ext.activate();
    const contributed: string[] = ext.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });
});
