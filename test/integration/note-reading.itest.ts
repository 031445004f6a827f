import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, codeActionAt, createFile, type EditAction, openInEditor, scaled, workspaceUri } from './helpers';

const NOTE_TEXT = [
  '---',
  'date: 2026-11-23',
  'attendees: [Ana Ruiz, Sam Rivera]',
  '---',
  '# Launch sync',
  '',
  '## Decisions',
  '- We keep the launch on 1 December.',
  '',
  '## Action items',
  '- [ ] Ana: send the final copy by Friday',
  '- [ ] Update the sitemap',
  '- Sam: call the printer about paper samples',
  '',
  '## Open questions',
  '- Who signs off the banner?',
  '',
  '## Next meeting',
  'Tuesday 1 December at 10:00',
  '',
  '## Notes',
  '- Paper samples from the printer look good',
  '',
].join('\n');

const labelOf = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
/** The hover's text as a reader sees it (Markdown escapes and non-breaking spaces undone). */
const tooltipOf = (h: vscode.InlayHint) =>
  (typeof h.tooltip === 'string' ? h.tooltip : (h.tooltip?.value ?? '')).replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');

async function hintsOf(doc: vscode.TextDocument): Promise<Map<number, vscode.InlayHint>> {
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
    'vscode.executeInlayHintProvider',
    doc.uri,
    new vscode.Range(0, 0, doc.lineCount, 0),
  );
  return new Map(hints.filter((h) => labelOf(h).startsWith('→')).map((h) => [h.position.line, h]));
}

const labels = async (doc: vscode.TextDocument) => Object.fromEntries([...(await hintsOf(doc))].map(([line, h]) => [line + 1, labelOf(h)]));

async function quickFix(doc: vscode.TextDocument, line: number, title: string): Promise<EditAction> {
  return (await codeActionAt(doc.uri, new vscode.Range(line, 0, line, 0), (t) => t === title)).action;
}

/** Resolves when `doc` changes and its text satisfies `ok` (event-driven, bounded). */
function whenText(doc: vscode.TextDocument, ok: (text: string) => boolean, timeoutMs = scaled(15_000)): Promise<string> {
  if (ok(doc.getText())) return Promise.resolve(doc.getText());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`text condition not met within ${timeoutMs} ms:\n${doc.getText()}`));
    }, timeoutMs);
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() !== doc.uri.toString() || !ok(e.document.getText())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e.document.getText());
    });
  });
}

describe('what the note reader read, shown in the editor', () => {
  let note: vscode.Uri;

  before(async () => {
    await api();
    note = await createFile(workspaceUri('clients', 'acme-studio', 'meetings', '2026-11-23-launch-sync.md'), NOTE_TEXT);
  });

  it('marks each action, decision, question and next meeting with an inline hint', async () => {
    const editor = await openInEditor(note);
    assert.deepEqual(await labels(editor.document), {
      8: '→ decision',
      11: '→ action · Ana · Fri 27 Nov',
      12: '→ action · no owner',
      13: '→ action · Sam',
      16: '→ question',
      19: '→ next meeting · Tue 1 Dec 10:00',
    });
  });

  it("says why a line was read in the hint's hover", async () => {
    const editor = await openInEditor(note);
    const hint = (await hintsOf(editor.document)).get(10);
    assert.ok(hint);
    const tip = tooltipOf(hint);
    assert.match(tip, /Composure reads this line as an action item\./);
    assert.match(tip, /Use the quick fix \(Ctrl\+\.\) on the line/);
  });

  it('gives no hints outside meeting notes', async () => {
    const other = await createFile(workspaceUri('clients', 'acme-studio', 'ideas.md'), '- [ ] Ana: send the final copy by Friday\n');
    const editor = await openInEditor(other);
    assert.equal((await hintsOf(editor.document)).size, 0);
  });

  it('"Not an action item" writes the marker, the hint goes and the open follow-up preview drops the task', async function () {
    // Composes and lints the preview twice (before and after the fix): slow on a busy machine.
    this.timeout(scaled(60_000));
    const editor = await openInEditor(note);
    const draft = await vscode.commands.executeCommand<{ preview: vscode.Uri }>('composure.draftFollowup', note);
    const preview = await vscode.workspace.openTextDocument(draft.preview);
    assert.match(preview.getText(), /Update the sitemap/);
    await vscode.workspace.applyEdit((await quickFix(editor.document, 11, 'Not an action item')).edit);
    assert.equal(editor.document.lineAt(11).text, '- [ ] Update the sitemap <!-- composure: not-action -->');
    assert.equal((await hintsOf(editor.document)).has(11), false, 'the hint is gone');
    await whenText(preview, (t) => !t.includes('Update the sitemap'));
    assert.equal(await vscode.commands.executeCommand('composure.discardFollowup', draft.preview), true);
  });

  it('"Read this as an action item" writes the marker and the line gets its hint', async () => {
    const editor = await openInEditor(note);
    assert.equal((await hintsOf(editor.document)).has(21), false);
    await vscode.workspace.applyEdit((await quickFix(editor.document, 21, 'Read this as an action item')).edit);
    assert.equal(editor.document.lineAt(21).text, '- Paper samples from the printer look good <!-- composure: action -->');
    assert.match(labelOf((await hintsOf(editor.document)).get(21) as vscode.InlayHint), /^→ action/);
    const draft = await vscode.commands.executeCommand<{ preview: vscode.Uri }>('composure.draftFollowup', note);
    const text = (await vscode.workspace.openTextDocument(draft.preview)).getText();
    assert.match(text, /Paper samples from the printer look good/);
    assert.doesNotMatch(text, /composure: action/);
    await vscode.commands.executeCommand('composure.discardFollowup', draft.preview);
    await editor.document.save();
  });

  it('previews the follow-up beside the note, writes nothing until Save, and Save writes a new file', async () => {
    const target = workspaceUri('clients', 'acme-studio', 'followups', '2026-11-23-launch-sync.md');
    const draft = await vscode.commands.executeCommand<{ preview: vscode.Uri }>('composure.draftFollowup', note);
    assert.equal(draft.preview.scheme, 'composure-followup');
    const visible = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
    assert.ok(visible.includes(draft.preview.toString()), 'the preview is open');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)), 'nothing is written before Save');
    const preview = await vscode.workspace.openTextDocument(draft.preview);
    assert.match(preview.getText(), /^---\ntype: draft\nsubject: "Recap: Launch sync/);
    const copied = await vscode.commands.executeCommand<string>('composure.copyFollowup', draft.preview);
    assert.match(copied, /^Subject: Recap: Launch sync/);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)), 'Copy writes nothing');
    const shown = preview.getText();
    const saved = await vscode.commands.executeCommand<{ uri: vscode.Uri }>('composure.saveFollowup', draft.preview);
    assert.equal(saved.uri.toString(), target.toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), shown);
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === draft.preview.toString());
    assert.equal(tabs.length, 0, 'the preview is closed after Save');
  });

  it('Cancel closes the preview and writes nothing', async () => {
    const draft = await vscode.commands.executeCommand<{ preview: vscode.Uri }>('composure.draftFollowup', note, { ifExists: 'new' });
    assert.equal(await vscode.commands.executeCommand('composure.discardFollowup', draft.preview), true);
    await assert.rejects(
      Promise.resolve(vscode.workspace.fs.stat(workspaceUri('clients', 'acme-studio', 'followups', '2026-11-23-launch-sync-2.md'))),
    );
  });
});
