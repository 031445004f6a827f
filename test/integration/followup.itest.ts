import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, codeActionAt, codeOf, createFile, openInEditor, scaled, waitForDiagnostics, workspaceUri } from './helpers';

const NOTE = ['clients', 'acme-studio', 'meetings', '2026-11-20-scope-call.md'];

describe('follow-up emails in the extension host', () => {
  before(async () => {
    await api();
  });

  it("drafts a follow-up beside the note, with the agreements and resolved dates, under the client's followups/", async function () {
    // The first preview is also the linter's first draft (it compiles its phrase matcher): slow on a busy machine.
    this.timeout(scaled(60_000));
    const note = workspaceUri(...NOTE);
    await openInEditor(note);
    const draft = await vscode.commands.executeCommand<{ preview: vscode.Uri }>('composure.draftFollowup');
    assert.ok(draft, 'the command opens a preview');
    const result = await vscode.commands.executeCommand<{ uri: vscode.Uri }>('composure.saveFollowup', draft.preview);
    assert.ok(result, 'Save returns the follow-up');
    assert.equal(result.uri.toString(), workspaceUri('clients', 'acme-studio', 'followups', '2026-11-20-scope-call.md').toString());
    const doc = await vscode.workspace.openTextDocument(result.uri);
    const text = doc.getText();
    assert.match(text, /^---\ntype: draft\nsubject: "Recap: Scope call — 20 November 2026"\nto: "mark@acme-studio\.example"/);
    assert.match(text, /The careers page is a change request/);
    assert.match(text, /\*\*Mark\*\*: Confirm the change request — by Wednesday 25 November/);
    assert.match(text, /\*\*Next meeting\*\*\n\nThursday 3 December, 10:00 \(video call\)/);
    const visible = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
    assert.ok(visible.includes(result.uri.toString()) && visible.includes(note.toString()), 'the follow-up opens beside the note');
  });

  it('never overwrites an earlier follow-up when run twice', async () => {
    const first = workspaceUri('clients', 'acme-studio', 'followups', '2026-11-20-scope-call.md');
    const firstText = new TextDecoder().decode(await vscode.workspace.fs.readFile(first));
    await vscode.workspace.fs.writeFile(first, new TextEncoder().encode(`${firstText}\nMy own edits.\n`));
    const draft = await vscode.commands.executeCommand<{ preview: vscode.Uri }>('composure.draftFollowup', workspaceUri(...NOTE), {
      ifExists: 'new',
    });
    const second = await vscode.commands.executeCommand<{ uri: vscode.Uri }>('composure.saveFollowup', draft.preview);
    assert.equal(second.uri.path.split('/').pop(), '2026-11-20-scope-call-2.md');
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(first)), /My own edits\./);
  });

  it('notices a hand-written follow-up of the same meeting and opens it instead of writing another', async function () {
    this.timeout(scaled(90_000));
    const note = workspaceUri('clients', 'estudio-lumen', 'meetings', '2026-11-19-revision-paleta.md');
    const mine = await createFile(
      workspaceUri('clients', 'estudio-lumen', 'followups', 'resumen-paleta.md'),
      '---\nmeeting: clients/estudio-lumen/meetings/2026-11-19-revision-paleta.md\n---\nHola, Lucía: lo que acordamos…\n',
    );
    const opened = await vscode.commands.executeCommand<{ uri: vscode.Uri; existing?: boolean }>('composure.draftFollowup', note, {
      ifExists: 'open',
    });
    assert.equal(opened.uri.toString(), mine.toString());
    assert.equal(opened.existing, true);
    assert.ok(
      vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === mine.toString()),
      'the existing follow-up is shown',
    );
    const preview = await vscode.commands.executeCommand<{ preview: vscode.Uri }>('composure.draftFollowup', note, { ifExists: 'new' });
    const written = await vscode.commands.executeCommand<{ uri: vscode.Uri; existing?: boolean }>(
      'composure.saveFollowup',
      preview.preview,
    );
    assert.equal(written.uri.path.split('/').pop(), '2026-11-19-revision-paleta.md');
    assert.equal(written.existing, undefined);
    const entries = await vscode.workspace.fs.readDirectory(workspaceUri('clients', 'estudio-lumen', 'followups'));
    assert.deepEqual(entries.map(([n]) => n).sort(), ['2026-11-19-revision-paleta.md', 'resumen-paleta.md']);
  });

  it('lints the drafted follow-up as a reply draft', async () => {
    const { drafts } = await api();
    const uri = workspaceUri('clients', 'acme-studio', 'followups', '2026-11-20-scope-call.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(drafts.isDraft(doc), true);
    const linted = await drafts.lintNow(doc);
    assert.equal(linted?.result.heat.level, 'calm');
  });

  it("builds a mail link with the client's address and an encoded subject, and copies the text", async () => {
    const uri = workspaceUri('clients', 'acme-studio', 'followups', '2026-11-20-scope-call.md');
    const link = await vscode.commands.executeCommand<{ uri: string; bodyOmitted: boolean }>('composure.openFollowupInMail', uri, {
      dryRun: true,
    });
    assert.match(link.uri, /^mailto:mark@acme-studio\.example\?subject=Recap%3A%20Scope%20call%20%E2%80%94%2020%20November%202026/);
    assert.equal(link.bodyOmitted, false);
    assert.match(link.uri, /&body=Hi%20Mark%2C%0D%0A%0D%0AThanks/);
    const copied = await vscode.commands.executeCommand<string>('composure.copyFollowup', uri);
    assert.match(copied, /^Subject: Recap: Scope call/);
    assert.equal(await vscode.env.clipboard.readText(), copied);
  });

  it('hands the mail app the exact link: &, ?, #, %, newlines, non-ASCII and a lone surrogate survive (Open Follow-up in Mail App mangles the link)', async () => {
    const uri = await createFile(
      workspaceUri('clients', 'acme-studio', 'followups', '2026-11-27-mail-link.md'),
      '---\ntype: draft\nsubject: "Recap: Q&A ? #1 100% done"\nto: "ana@x.example"\n---\nHi Ana & Leo,\n\nIs 100% of it done? See item #2 — «Línea» ✅ SURROGATE end.\n',
    );
    try {
      const editor = await openInEditor(uri);
      // A lone surrogate can only live in an unsaved document: the command reads the open text.
      const at = editor.document.getText().indexOf('SURROGATE');
      const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'SURROGATE'.length));
      assert.ok(await editor.edit((e) => e.replace(range, '\ud800')));
      const handed: string[] = [];
      const open = (link: string) => {
        handed.push(link);
        return Promise.resolve(true);
      };
      const link = await vscode.commands.executeCommand<{ uri: string }>('composure.openFollowupInMail', uri, { open });
      assert.deepEqual(handed, [
        'mailto:ana@x.example?subject=Recap%3A%20Q%26A%20%3F%20%231%20100%25%20done' +
          '&body=Hi%20Ana%20%26%20Leo%2C%0D%0A%0D%0AIs%20100%25%20of%20it%20done%3F%20See%20item%20%232%20%E2%80%94%20' +
          '%C2%ABL%C3%ADnea%C2%BB%20%E2%9C%85%20%EF%BF%BD%20end.%0D%0A',
      ]);
      assert.equal(link.uri, handed[0], "the command's result is the string it handed over");
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('marks the meeting note as followed up in its front matter', async () => {
    const note = workspaceUri(...NOTE);
    assert.equal(await vscode.commands.executeCommand('composure.markFollowedUp', note), true);
    const text = (await vscode.workspace.openTextDocument(note)).getText();
    assert.match(text, /^---\ndate: 2026-11-20\nattendees: \[Mark Ellis, Sam Rivera\]\nfollowup: \d{4}-\d{2}-\d{2}\n---/);
  });

  it('flags action items with no owner or a vague due, and a quick fix sets a concrete date', async () => {
    const uri = await createFile(
      workspaceUri('clients', 'acme-studio', 'meetings', '2026-11-23-check-in.md'),
      '---\ndate: 2026-11-23\nattendees: [Mark Ellis, Sam Rivera]\n---\n# Check-in\n\n## Next steps\n- Mark: send the logo files soon\n- Update the sitemap by Friday\n',
    );
    const editor = await openInEditor(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.length >= 2);
    assert.deepEqual(diags.map(codeOf).sort(), ['no-owner', 'vague-due']);
    const vague = diags.find((d) => codeOf(d) === 'vague-due') as vscode.Diagnostic;
    const { action: fix } = await codeActionAt(uri, vague.range, (t) => t.startsWith('Set due 2026-11-25'));
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(editor.document.getText(), /- Mark: send the logo files due: 2026-11-25\n/);
    const noOwner = diags.find((d) => codeOf(d) === 'no-owner') as vscode.Diagnostic;
    const { action: assign } = await codeActionAt(uri, noOwner.range, (t) => t === 'Assign to Mark Ellis');
    await vscode.workspace.applyEdit(assign.edit);
    assert.match(editor.document.getText(), /- Mark Ellis: Update the sitemap by Friday/);
    await waitForDiagnostics(uri, (d) => d.length === 0);
    await editor.document.save();
  });
});
