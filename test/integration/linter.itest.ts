import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, codeOf, createFile, fixFor, openInEditor, scaled, waitForDiagnostics, workspaceUri } from './helpers';

const DRAFT = ['clients', 'acme-studio', 'drafts', '2026-11-21-reply-to-mark.md'];
/** A draft on which the shipped backstop model reads one sentence as people-pleasing (test/unit/lint-intent.test.ts checks it). */
const BACKSTOP_DRAFT = path.resolve(__dirname, '../../../test/fixtures/intent/extension/en-reply.md');

/** Resolves on the next change of `uri`'s diagnostics, or after `ms` without one. */
function nextDiagnosticsChange(uri: vscode.Uri, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) done();
    });
  });
}

describe('reply-draft linter in the extension host', () => {
  before(async () => {
    await api();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows diagnostics with rule codes and reasons on a sample draft', async () => {
    const uri = workspaceUri(...DRAFT);
    await openInEditor(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.length >= 5);
    const codes = new Set(diags.map(codeOf));
    for (const c of [
      'reproachful-reminder',
      'blame-shifting',
      'stacked-punctuation',
      'needless-apology',
      'vague-timing',
      'unlimited-availability',
      'free-work',
    ]) {
      assert.ok(codes.has(c), `expected ${c} in ${[...codes].join(', ')}`);
    }
    const d = diags.find((x) => codeOf(x) === 'vague-timing');
    assert.ok(d);
    assert.equal(d.source, 'Composure');
    assert.match(d.message, /ASAP/);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.toString(), 'composure-rule:/vague-timing.md', 'the rule code opens the bundled rule page');
  });

  it('applies a quick fix that rewrites the phrase, and the diagnostic goes away', async () => {
    const uri = workspaceUri(...DRAFT);
    const editor = await openInEditor(uri);
    const { action: fix, actions } = await fixFor(uri, 'vague-timing', (t) => t.startsWith('Replace with “by'));
    assert.ok(
      actions.some((a) => a.title.startsWith('Ignore')),
      'an ignore-here action is offered',
    );
    assert.ok(
      actions.some((a) => a.title.startsWith('Disable rule')),
      'a disable-rule action is offered',
    );
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(!editor.document.getText().includes('ASAP'));
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'vague-timing'));
  });

  it('names the text a wider rewrite replaces in its quick fix title, and applying it gives that text', async () => {
    const uri = workspaceUri(...DRAFT);
    const editor = await openInEditor(uri);
    const { action: fix } = await fixFor(uri, 'reproachful-reminder', (t) => t.startsWith('Replace'));
    assert.equal(fix.title, 'Replace “As I already said in my last email, the” with “The”');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /\nThe homepage copy was due from your side on the 3rd\./);
  });

  it('inserts an ignore-here comment that silences exactly that finding', async () => {
    const uri = workspaceUri(...DRAFT);
    const editor = await openInEditor(uri);
    const { action: ignore } = await fixFor(uri, 'free-work', (t) => t === 'Ignore “free-work” here');
    await vscode.workspace.applyEdit(ignore.edit);
    assert.match(editor.document.getText(), /<!-- composure-disable-next-line free-work -->/);
    const after = await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'free-work'));
    assert.ok(
      after.some((x) => codeOf(x) === 'unlimited-availability'),
      'the other finding on that line stays',
    );
  });

  it('rewrites a sentence of a Lei letter in the Lei form with a quick fix', async function () {
    this.timeout(scaled(60_000));
    const uri = await createFile(
      workspaceUri('clients', 'acme-studio', 'drafts', 'lei-letter.md'),
      '---\nlang: it\n---\nGentile Dott. Neri,\n\nLe invio la bozza del sito. Spero di essermi spiegato.\n\nCordiali saluti\n',
    );
    const editor = await openInEditor(uri);
    const { action: fix } = await fixFor(uri, 'comprehension-check', (t) => t.startsWith('Replace'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /Le invio la bozza del sito\. Se ha dubbi, me lo dica pure\.\n/);
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'comprehension-check'));
    await editor.document.save();
    await vscode.workspace.fs.delete(uri);
  });

  it('rewrites a sentence of an usted letter in the usted form, with the working hours as a snippet', async function () {
    this.timeout(scaled(60_000));
    const uri = await createFile(
      workspaceUri('clients', 'acme-studio', 'drafts', 'usted-letter.md'),
      '---\nlang: es\n---\nEstimado Sr. Ruiz:\n\nLe envío el presupuesto. Puede llamarme a cualquier hora si tiene dudas.\n\nAtentamente,\n',
    );
    const editor = await openInEditor(uri);
    const { action: fix } = await fixFor(uri, 'unlimited-availability', (t) => t.startsWith('Replace'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(
      editor.document.getText(),
      /Puede llamarme en mi horario de trabajo \(de lunes a viernes, de 9:00 a 18:00\) si tiene dudas\./,
    );
    assert.equal(
      editor.document.getText(editor.selection),
      'de lunes a viernes, de 9:00 a 18:00',
      'the hours are the snippet’s first tab stop',
    );
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'unlimited-availability'));
    await editor.document.save();
    await vscode.workspace.fs.delete(uri);
  });

  it('fixes all safe findings with source.fixAll.composure', async () => {
    const uri = await createFile(
      workspaceUri('clients', 'acme-studio', 'drafts', 'fixall.md'),
      'Hi,\n\nWhere is the file?! I need it NOW!!!\n',
    );
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (d) => d.filter((x) => codeOf(x) === 'stacked-punctuation').length === 2);
    const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.composure',
    );
    const unresolved = offered.find((a) => a.kind?.value === 'source.fixAll.composure');
    assert.ok(unresolved, 'fix-all is offered when asked for by kind');
    assert.equal(unresolved.edit, undefined, 'its edit is not built until it is chosen');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.composure',
      1,
    );
    const all = actions.find((a) => a.kind?.value === 'source.fixAll.composure');
    assert.ok(all?.edit, 'choosing it builds its edit');
    await vscode.workspace.applyEdit(all.edit);
    assert.equal(editor.document.getText(), 'Hi,\n\nWhere is the file? I need it now!\n');
    await editor.document.save();
    await vscode.workspace.fs.delete(uri);
  });

  it('offers source.fixAll.composure in the light bulb only beside a finding', async () => {
    const uri = await createFile(
      workspaceUri('clients', 'acme-studio', 'drafts', 'fixall-bulb.md'),
      'Hi,\n\nThanks for the notes.\n\nWhere is the file?! I need it NOW!!!\n',
    );
    try {
      const editor = await openInEditor(uri);
      const diags = await waitForDiagnostics(uri, (d) => d.filter((x) => codeOf(x) === 'stacked-punctuation').length === 2);
      const fixAll = async (range: vscode.Range) =>
        (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, undefined, 50)).filter(
          (a) => a.kind?.value === 'source.fixAll.composure',
        );
      assert.deepEqual(await fixAll(new vscode.Range(2, 2, 2, 2)), [], 'no fix-all on a line without findings');
      const shout = diags.find((x) => codeOf(x) === 'shouting');
      assert.ok(shout);
      const [all] = await fixAll(shout.range);
      assert.ok(all?.edit, 'fix-all beside the finding’s own fixes, its edit built when chosen');
      await vscode.workspace.applyEdit(all.edit);
      assert.equal(editor.document.getText(), 'Hi,\n\nThanks for the notes.\n\nWhere is the file? I need it now!\n');
      await editor.document.save();
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('keeps the diagnostics of a long draft typed into equal to a fresh lint of its text, when a typed fence hides what follows and when it goes', async function () {
    this.timeout(scaled(120_000));
    const { drafts } = await api();
    const para = (i: number) =>
      `Paragraph ${i}: as I already said, the copy was due on Monday. I will send the invoice ASAP!!\nSorry to bother you, call me anytime.`;
    const text = `---\nlang: en\n---\n${Array.from({ length: 120 }, (_, i) => para(i)).join('\n\n')}\n`;
    const uri = await createFile(workspaceUri('clients', 'acme-studio', 'drafts', 'keystroke-typing.md'), text);
    const fresh = workspaceUri('clients', 'acme-studio', 'drafts', 'keystroke-fresh.md');
    const shape = (d: readonly vscode.Diagnostic[]) =>
      d.map(
        (x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${codeOf(x)} ${x.message}`,
      );
    try {
      const editor = await openInEditor(uri);
      const before = await waitForDiagnostics(uri, (d) => d.length > 0);
      const typeAt = async (line: number, s: string) => {
        for (const ch of s) {
          const at = new vscode.Position(line, 0);
          assert.ok(await editor.edit((e) => e.insert(at, ch)));
        }
      };
      // A fence typed at paragraph 60's first line, one character at a time: what follows is code.
      const fenceLine = 3 + 59 * 3;
      await typeAt(fenceLine, '\n```');
      const hidden = await waitForDiagnostics(uri, (d) => d.length > 0 && d.every((x) => x.range.start.line < fenceLine));
      assert.equal(drafts.result(uri)?.version, editor.document.version);
      // The same text linted from scratch (another file, no last pass to reuse) gives the same diagnostics.
      await createFile(fresh, editor.document.getText());
      await openInEditor(fresh);
      const freshHidden = await waitForDiagnostics(fresh, (d) => d.length > 0);
      assert.deepEqual(shape(hidden), shape(freshHidden));
      // Deleting the fence brings every diagnostic back where it was.
      const again = await openInEditor(uri);
      assert.ok(await again.edit((e) => e.delete(new vscode.Range(fenceLine, 0, fenceLine + 1, 0))));
      const back = await waitForDiagnostics(uri, (d) => d.some((x) => x.range.start.line > fenceLine));
      assert.deepEqual(shape(back), shape(before));
    } finally {
      for (const u of [fresh, uri]) {
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString())) continue;
        await openInEditor(u);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(fresh).then(undefined, () => undefined);
    }
  });

  it('shows the heat in the status bar and puts a hot reply on hold in its front matter', async () => {
    const { heat, drafts } = await api();
    const uri = workspaceUri('clients', 'trattoria-bellavista', 'drafts', '2026-11-22-risposta-marco.md');
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0);
    assert.equal(drafts.result(uri)?.result.lang, 'it');
    assert.equal(drafts.result(uri)?.result.heat.level, 'hot');
    assert.match(heat.item.text, /\$\(flame\)/);
    assert.equal(heat.item.command, 'composure.holdReply');
    const until = await vscode.commands.executeCommand<string>('composure.holdReply');
    assert.match(until, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    assert.match(editor.document.getText(), new RegExp(`^---\\nto: Marco Rinaldi\\nhold_until: ${until}\\n---`));
    assert.ok(editor.document.getText().includes('Ciao Marco,'), 'the body is untouched');
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'reply-on-hold'));
    assert.match(heat.item.text, /On hold/);
    assert.equal(await vscode.commands.executeCommand('composure.releaseHold'), true);
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'reply-on-hold'));
    assert.ok(!editor.document.getText().includes('hold_until'));
  });

  it('checks any document on demand with "Check Current Document"', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'Sorry to bother you, just checking in. Call me anytime, even weekends.',
    });
    await vscode.window.showTextDocument(doc);
    const result = await vscode.commands.executeCommand<{ findings: unknown[] }>('composure.checkDocument');
    assert.ok(result.findings.length >= 3);
    const diags = await waitForDiagnostics(doc.uri, (d) => d.length >= 3);
    assert.ok(diags.some((d) => codeOf(d) === 'unlimited-availability'));
  });

  it('leaves files outside drafts alone until asked', async () => {
    const uri = workspaceUri('clients', 'acme-studio', 'client.md');
    const { drafts } = await api();
    const editor = await openInEditor(uri);
    assert.equal(drafts.isDraft(editor.document), false);
    assert.equal(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Composure').length, 0);
  });

  it('shows a sentence the learned backstop reads next to a rule finding as an Information intent diagnostic with no rewrite offered', async function () {
    this.timeout(scaled(60_000));
    const uri = await createFile(
      workspaceUri('clients', 'acme-studio', 'drafts', 'backstop-reply.md'),
      fs.readFileSync(BACKSTOP_DRAFT, 'utf8'),
    );
    try {
      const editor = await openInEditor(uri);
      const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'intent-people_pleasing'));
      assert.ok(
        diags.some((x) => codeOf(x) === 'reproachful-reminder'),
        'the phrase rule finding it sits next to',
      );
      const d = diags.find((x) => codeOf(x) === 'intent-people_pleasing') as vscode.Diagnostic;
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(d.source, 'Composure');
      assert.equal(editor.document.getText(d.range), "Again, sorry, I'm so embarrassed.");
      // A file that has just appeared may be relinted once while the client index settles (its
      // diagnostics briefly replaced): ask again after the next diagnostics change, a few times.
      const ignore = (t: string) => t === 'Ignore “intent-people_pleasing” here';
      let actions: vscode.CodeAction[] = [];
      for (let tries = 0; tries < 5 && !actions.some((a) => ignore(a.title)); tries++) {
        if (tries) await nextDiagnosticsChange(uri, scaled(2_000));
        const now = await waitForDiagnostics(uri, (x) => x.some((y) => codeOf(y) === 'intent-people_pleasing'));
        const range = (now.find((x) => codeOf(x) === 'intent-people_pleasing') as vscode.Diagnostic).range;
        actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
      }
      assert.deepEqual(
        actions.filter((a) => a.title.includes('intent-people_pleasing')).map((a) => a.title),
        ['Ignore “intent-people_pleasing” here', 'Disable rule “intent-people_pleasing” in this workspace'],
      );
      assert.ok(!actions.some((a) => a.title.startsWith('Replace')), `no rewrite: ${actions.map((a) => a.title).join(' | ')}`);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('turns a rule off for the workspace from its quick fix command', async () => {
    const uri = workspaceUri('clients', 'estudio-lumen', 'drafts', '2026-11-22-respuesta-lucia.md');
    await openInEditor(uri);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'minimising-just'));
    await vscode.commands.executeCommand('composure.disableRule', 'minimising-just');
    try {
      await waitForDiagnostics(uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'minimising-just'));
      const config = vscode.workspace.getConfiguration('composure');
      assert.deepEqual(config.inspect('lint.disabledRules')?.workspaceValue, ['minimising-just']);
    } finally {
      await vscode.workspace.getConfiguration('composure').update('lint.disabledRules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
