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

describe('walkthrough and templates', () => {
  it('opens the "Get started with Composure" walkthrough', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'composure-dev.composure#getStarted', false);
    const ext = vscode.extensions.getExtension('composure-dev.composure');
    const steps = ext?.packageJSON.contributes.walkthroughs[0].steps.map((s: { id: string }) => s.id);
    assert.deepEqual(steps, ['client', 'meeting', 'followup', 'reply', 'templates']);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it("inserts a template in the client's language and register, with the client's data filled in", async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const uri = vscode.Uri.joinPath(folder.uri, 'clients', 'estudio-lumen', 'drafts', 'plantilla.md');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    const editor = await vscode.window.showTextDocument(uri);
    const body = await vscode.commands.executeCommand<string>('composure.insertTemplate', 'holding');
    assert.match(body, /^Hola, Lucía:/);
    assert.match(
      editor.document.getText(),
      /^Hola, Lucía:\n\nGracias por tu mensaje\. Quiero contestarte con calma, así que te respondo antes del \S+ \d+ de \S+\.\n\nUn saludo,\nSam Rivera\n$/,
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});
