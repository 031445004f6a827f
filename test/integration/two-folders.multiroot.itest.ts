import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ComposureApi } from '../../src/extension/extension';
import { api, scaled, untilClients } from './helpers';

describe('A two-folder workspace: each folder is its own Composure workspace', () => {
  let composure: ComposureApi;
  let studio: vscode.WorkspaceFolder;
  let agency: vscode.WorkspaceFolder;
  before(async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(
      folders.map((f) => f.name),
      ['studio', 'agency'],
    );
    [studio, agency] = folders;
    composure = await api();
    await composure.settings.refresh();
    await composure.clients.ensureIndex();
    await untilClients(composure, () => composure.clients.service.clients().length >= 6, scaled(20_000));
  });

  it("reads each folder's settings for its own files (clientsFolder per resource)", () => {
    assert.equal(composure.settings.forUri(vscode.Uri.joinPath(studio.uri, 'clients/x.md')).clientsFolder, 'clients');
    assert.equal(composure.settings.forUri(vscode.Uri.joinPath(agency.uri, 'accounts/x.md')).clientsFolder, 'accounts');
    assert.equal(composure.settings.forUri(vscode.Uri.joinPath(agency.uri, 'accounts/x.md')).userName, 'Alex');
  });

  it("shows both folders' clients in the Clients view, grouped by folder", () => {
    const tree = composure.clients.clientsTree;
    const roots = tree.getChildren();
    assert.deepEqual(
      roots.map((r) => tree.getTreeItem(r).label),
      ['studio', 'agency'],
    );
    const agencyGroups = tree.getChildren(roots[1]);
    assert.deepEqual(
      agencyGroups.map((g) => tree.getTreeItem(g).label),
      ['Active', 'Lead'],
    );
    const names = agencyGroups.flatMap((g) => tree.getChildren(g)).map((n) => tree.getTreeItem(n).label);
    assert.deepEqual(names, ['Solo Client', 'Zeta Works']);
    const studioNames = tree
      .getChildren(roots[0])
      .flatMap((g) => tree.getChildren(g))
      .map((n) => tree.getTreeItem(n).label);
    assert.ok(studioNames.includes('Mark Ellis') && studioNames.includes('Bob Smith'), studioNames.join(', '));
    const ids = [...roots, ...tree.getChildren(roots[0]), ...agencyGroups].map((n) => tree.getTreeItem(n).id);
    assert.equal(new Set(ids).size, ids.length, 'tree item ids stay unique across folders');
  });

  it("tells mine from theirs with each folder's own user name", () => {
    const proposal = composure.clients.service
      .clients()
      .flatMap((c) => c.agreements)
      .find((a) => a.task.includes('send the proposal'));
    assert.ok(proposal, "the second folder's agreement is listed");
    assert.equal(proposal.mine, true);
  });

  it("drafts a follow-up into the second folder's own clients folder", async () => {
    const note = vscode.Uri.joinPath(agency.uri, 'accounts/zeta-works/meetings/2026-11-18-intro.md');
    const draft = await vscode.commands.executeCommand<{ preview: vscode.Uri }>('composure.draftFollowup', note, { ifExists: 'new' });
    assert.ok(draft, 'the command opens a preview');
    const result = await vscode.commands.executeCommand<{ uri: vscode.Uri }>('composure.saveFollowup', draft.preview);
    assert.equal(result?.uri.path, vscode.Uri.joinPath(agency.uri, 'accounts/zeta-works/followups/2026-11-18-intro.md').path);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(result.uri));
    assert.match(text, /\nmeeting: "accounts\/zeta-works\/meetings\/2026-11-18-intro\.md"\n/);
  });
});
