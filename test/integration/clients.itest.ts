import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, codeOf, createFile, openInEditor, scaled, untilClients, waitForDiagnostics, workspaceUri } from './helpers';
import type { ComposureApi } from '../../src/extension/extension';

describe('Clients and Agreements views in the extension host', () => {
  let composure: ComposureApi;
  before(async () => {
    composure = await api();
    await composure.clients.ensureIndex();
    await untilClients(composure, () => composure.clients.service.ready && composure.clients.service.clients().length >= 4);
  });

  it('lists the sample clients grouped by status, with their health signals', () => {
    const tree = composure.clients.clientsTree;
    const groups = tree.getChildren();
    assert.deepEqual(
      groups.map((g) => tree.getTreeItem(g).label),
      ['Active', 'Lead'],
    );
    const active = tree.getChildren(groups[0]);
    const names = active.map((n) => tree.getTreeItem(n).label);
    assert.deepEqual(names, ['Lucía Fernández', 'Marco Rinaldi', 'Mark Ellis']);
    const lucia = active[0];
    assert.ok(lucia.kind === 'client');
    const codes = lucia.signals.map((s) => s.code);
    for (const c of ['no-contract', 'after-hours', 'overdue-theirs', 'overdue-mine'])
      assert.ok(codes.includes(c as never), `${c} in ${codes.join(', ')}`);
    const mark = active[2];
    assert.ok(mark.kind === 'client' && mark.signals.some((s) => s.code === 'no-deposit'));
    const item = tree.getTreeItem(lucia);
    assert.match(String(item.description), /^Estudio Lumen · \d+ open agreements · last contact \d+ days ago$/);
    assert.match((item.tooltip as vscode.MarkdownString).value, /Active with no signed contract/);
    const children = tree.getChildren(lucia).map((n) => tree.getTreeItem(n).label);
    assert.deepEqual(children, ['Profile', 'Contact log', 'Meetings', 'Drafts', 'Open agreements']);
    // Colour only (no number): warning colour for a client whose signals are warnings.
    const deco = tree.provideFileDecoration(item.resourceUri as vscode.Uri);
    assert.ok(deco?.color, 'a colour decorates a client with signals');
    assert.equal(deco.badge, undefined);
  });

  it('groups by health when toggled, remembers it, and filters by text', async () => {
    const tree = composure.clients.clientsTree;
    await vscode.commands.executeCommand('composure.groupByHealth');
    const groups = tree.getChildren();
    assert.deepEqual(
      groups.map((g) => tree.getTreeItem(g).label),
      ['Needs attention', 'No signals'],
    );
    assert.equal(tree.getChildren(groups[1]).length, 1, 'Bob (a lead) has no signals');
    await vscode.commands.executeCommand('composure.filterClients', 'lumen');
    assert.deepEqual(
      tree.visibleClients().map((c) => c.id),
      ['estudio-lumen'],
    );
    assert.equal(composure.clients.clientsView.description, '“lumen”');
    await vscode.commands.executeCommand('composure.clearClientFilter');
    await vscode.commands.executeCommand('composure.groupByStatus');
    assert.equal(tree.groupBy, 'status');
  });

  it('shows overdue agreements, mine and theirs, and marks one done in its source note', async () => {
    const tree = composure.clients.agreementsTree;
    const overdue = tree.buckets().find((b) => b.key === 'overdue');
    assert.ok(overdue, 'there is an Overdue group');
    const tasks = overdue.items.map((a) => `${a.owner}: ${a.task}`);
    assert.ok(tasks.includes('Mark: send the final project photos'), tasks.join(' | '));
    assert.ok(tasks.includes('Sam: propuesta de paleta de colores'));
    const mine = overdue.items.find((a) => a.task === 'propuesta de paleta de colores');
    assert.equal(mine?.mine, true);
    const photos = overdue.items.find((a) => a.task === 'send the final project photos');
    assert.ok(photos);
    const item = tree.getTreeItem({ kind: 'agreement', agreement: photos });
    assert.equal(item.contextValue, 'agreement');
    assert.equal(await vscode.commands.executeCommand('composure.markAgreementDone', { kind: 'agreement', agreement: photos }), true);
    const text = new TextDecoder().decode(
      await vscode.workspace.fs.readFile(workspaceUri('clients', 'acme-studio', 'meetings', '2026-11-12-homepage-review.md')),
    );
    assert.match(text, /- \[x\] Mark to send the final project photos by Friday/);
    await untilClients(
      composure,
      () => !composure.clients.agreementsTree.agreements().some((a) => a.task === 'send the final project photos'),
    );
  });

  it('creates a client from a localized template and lists it at once', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('composure.newClient', {
      name: 'Giulia Neri',
      lang: 'it',
      email: 'giulia@neri.example',
    });
    assert.equal(uri.toString(), workspaceUri('clients', 'giulia-neri', 'client.md').toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^---\nname: Giulia Neri\ncompany:\nemail: giulia@neri\.example\nlang: it\n/);
    assert.match(text, /## Come lavoriamo/);
    const client = composure.clients.service.client('giulia-neri');
    assert.equal(client?.profile.status, 'lead');
    const again = await vscode.commands.executeCommand<vscode.Uri>('composure.newClient', { name: 'Giulia Neri', lang: 'it', email: '' });
    assert.equal(
      again.toString(),
      workspaceUri('clients', 'giulia-neri-2', 'client.md').toString(),
      'an existing client is never overwritten',
    );
  });

  it('logs a contact and updates the client', async () => {
    const line = await vscode.commands.executeCommand<string>('composure.logContact', 'giulia-neri', {
      channel: 'whatsapp',
      direction: 'in',
      summary: 'asked for a call on Sunday',
      date: '2026-11-22',
      time: '23:15',
    });
    assert.equal(line, '- 2026-11-22 23:15 whatsapp in: asked for a call on Sunday');
    const log = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('clients', 'giulia-neri', 'log.md')));
    assert.equal(log, '# Registro dei contatti — Giulia Neri\n\n- 2026-11-22 23:15 whatsapp in: asked for a call on Sunday\n');
    const c = composure.clients.service.client('giulia-neri');
    assert.equal(c?.lastContact, '2026-11-22');
    assert.equal(c?.log.length, 1);
  });

  it("creates a meeting note with headings in the client's language", async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('composure.newMeetingNote', 'giulia-neri', {
      date: '2026-11-23',
      title: 'Kickoff',
    });
    assert.equal(uri.path.split('/').slice(-3).join('/'), 'giulia-neri/meetings/2026-11-23-kickoff.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^---\ndate: 2026-11-23\nattendees: \[Giulia Neri, Sam Rivera\]\nlang: it\n---\n\n# Kickoff\n\n## Accordi\n/);
    assert.match(text, /## Prossimi passi/);
  });

  it('picks up files written outside the extension, and shows a client whose profile does not parse', async () => {
    await createFile(workspaceUri('clients', 'broken-co', 'client.md'), '---\nname: Broken Co\ntags: [a, b\n---\nNotes\n');
    await untilClients(composure, () => !!composure.clients.service.client('broken-co'));
    const broken = composure.clients.service.client('broken-co');
    assert.ok(broken?.error, 'the YAML error is kept');
    const signals = composure.clients.service.signals(broken);
    assert.equal(signals[0].code, 'profile-error');
    await vscode.workspace.fs.delete(workspaceUri('clients', 'broken-co'), { recursive: true });
    await untilClients(composure, () => !composure.clients.service.client('broken-co'));
  });

  it('shows one diagnostic on the malformed line of client.md, and no false contract or deposit warnings', async () => {
    const uri = workspaceUri('clients', 'half-broken', 'client.md');
    await createFile(
      uri,
      '---\nname: Half Broken\nstatus: active\nlang: es\nnotes: [unclosed\ncontract: 2026-10-01\ndeposit: 2026-10-02\n---\nNotes\n',
    );
    try {
      await openInEditor(uri);
      const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'profile-error'));
      assert.deepEqual(
        diags.map((d) => [codeOf(d), d.range.start.line, d.severity]),
        [['profile-error', 4, vscode.DiagnosticSeverity.Error]],
      );
      await untilClients(composure, () => !!composure.clients.service.client('half-broken'));
      const client = composure.clients.service.client('half-broken');
      assert.equal(client?.profile.lang, 'es', 'the keys around the broken line are read');
      const codes = composure.clients.service.signals(client).map((x) => x.code);
      assert.ok(codes.includes('profile-error'), codes.join());
      assert.ok(!codes.includes('no-contract') && !codes.includes('no-deposit'), codes.join());
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(workspaceUri('clients', 'half-broken'), { recursive: true });
      await untilClients(composure, () => !composure.clients.service.client('half-broken'));
    }
  });

  it('coalesces a burst of 300 file changes (a git checkout) into one re-index', async () => {
    const service = composure.clients.service;
    const before = service.builds;
    const folder = workspaceUri('clients', 'burst-co');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, 'meetings'));
    const writes = [
      vscode.workspace.fs.writeFile(
        vscode.Uri.joinPath(folder, 'client.md'),
        new TextEncoder().encode('---\nname: Burst Co\nstatus: lead\n---\n'),
      ),
    ];
    for (let i = 0; i < 300; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      writes.push(
        vscode.workspace.fs.writeFile(
          vscode.Uri.joinPath(folder, 'meetings', `2026-10-${day}-m${i}.md`),
          new TextEncoder().encode(`---\ndate: 2026-10-${day}\n---\n- [ ] Burst: task ${i}\n`),
        ),
      );
    }
    await Promise.all(writes);
    await untilClients(composure, () => (service.client('burst-co')?.notes.length ?? 0) === 301, scaled(30_000));
    assert.ok(service.builds - before <= 2, `${service.builds - before} full re-index(es) for one burst`);
    assert.equal(service.client('burst-co')?.agreements.length, 300);
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await untilClients(composure, () => !service.client('burst-co'), scaled(30_000));
  });

  it('activates quickly: the index builds after activation', () => {
    assert.ok(composure.activationMs >= 0);
    console.log(
      `activation took ${composure.activationMs.toFixed(1)} ms; the first index build ${composure.clients.service.lastBuildMs} ms`,
    );
  });
});
