import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, createFile, openInEditor, workspaceUri } from './helpers';

/** The wall clock of a zone at an instant, as `YYYY-MM-DDTHH:MM`, read with Intl (independent of the code under test). */
function wallClockIn(zone: string, instant: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Whether `written` is the zone's wall clock at some minute between `from` and `to` (plus an offset). */
function isWallClockBetween(written: string, zone: string, from: number, to: number, plusMinutes = 0): boolean {
  for (let t = from - 60_000; t <= to + 60_000; t += 30_000) if (wallClockIn(zone, t + plusMinutes * 60_000) === written) return true;
  return false;
}

describe("own writes in the user's time zone (extension host clock in UTC)", () => {
  const zone = 'Europe/Madrid';
  before(async () => {
    await api();
    assert.equal(vscode.workspace.getConfiguration('composure').get('timezone'), zone, 'the sample workspace sets composure.timezone');
  });

  it("runs with the extension host in UTC, so the host clock and the user's differ", () => {
    assert.equal(new Date().getTimezoneOffset(), 0, `host TZ is ${process.env.TZ ?? 'unset'}`);
    assert.notEqual(wallClockIn(zone, Date.now()), wallClockIn('UTC', Date.now()));
  });

  it("Hold This Reply writes hold_until on the user's clock, and Release Hold gives back the file byte for byte", async () => {
    const original = 'Hola Lucía,\n\nTe contesto mañana con calma.\n\nSam\n';
    const uri = await createFile(workspaceUri('clients', 'estudio-lumen', 'drafts', 'hold-zone.md'), original);
    const editor = await openInEditor(uri);
    const from = Date.now();
    const until = await vscode.commands.executeCommand<string>('composure.holdReply');
    const to = Date.now();
    const minutes = vscode.workspace.getConfiguration('composure').get<number>('holdMinutes', 60);
    assert.ok(
      isWallClockBetween(until, zone, from, to, minutes),
      `hold_until ${until} is Madrid time now + ${minutes} min (UTC now is ${wallClockIn('UTC', to)})`,
    );
    assert.equal(editor.document.getText(), `---\nhold_until: ${until}\n---\n${original}`);
    const read = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const afterHold = { dirty: editor.document.isDirty, saved: (await read()) === editor.document.getText() };
    assert.equal(await vscode.commands.executeCommand('composure.releaseHold'), true);
    assert.equal(editor.document.getText(), original, 'no empty front matter is left behind');
    assert.equal(
      await read(),
      original,
      `after Hold: ${JSON.stringify(afterHold)}; after Release: ${JSON.stringify({ dirty: editor.document.isDirty })}`,
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  it('Release Hold waits for a save of the draft that is already running (an auto-save in its save participants) and leaves the file byte for byte', async () => {
    const original = 'Hola Lucía,\n\nTe lo mando el lunes.\n\nSam\n';
    const uri = await createFile(workspaceUri('clients', 'estudio-lumen', 'drafts', 'hold-busy.md'), original);
    const editor = await openInEditor(uri);
    const doc = editor.document;
    const read = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    await vscode.commands.executeCommand<string>('composure.holdReply');
    assert.equal(await read(), doc.getText(), 'Hold This Reply saved the draft');
    // The moment Release Hold's edit lands, another save of the draft starts (as an auto-save does)
    // and its save participant is slow (as on a loaded machine): the host answers Release Hold's
    // own save with false at once, without writing.
    const same = (d: vscode.TextDocument) => d.uri.toString() === uri.toString();
    let other: Thenable<boolean> | undefined;
    const slowParticipant = vscode.workspace.onWillSaveTextDocument((e) => {
      if (same(e.document)) e.waitUntil(new Promise<void>((resolve) => setTimeout(resolve, 1000)));
    });
    const saveOnChange = vscode.workspace.onDidChangeTextDocument((e) => {
      if (same(e.document) && !other) other = doc.save();
    });
    try {
      assert.equal(await vscode.commands.executeCommand('composure.releaseHold'), true);
      assert.ok(other, 'the other save started');
      assert.equal(await read(), original, 'the file is back byte for byte when the command ends');
      assert.equal(doc.isDirty, false);
    } finally {
      slowParticipant.dispose();
      saveOnChange.dispose();
    }
    await other;
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  it('Release Hold keeps a front matter the user wrote, removing only the hold line', async () => {
    const original = '---\nto: Lucía\n---\nHola Lucía,\n';
    const uri = await createFile(workspaceUri('clients', 'estudio-lumen', 'drafts', 'hold-keep.md'), original);
    const editor = await openInEditor(uri);
    await vscode.commands.executeCommand<string>('composure.holdReply');
    assert.match(editor.document.getText(), /^---\nto: Lucía\nhold_until: \S+\n---\n/);
    assert.equal(await vscode.commands.executeCommand('composure.releaseHold'), true);
    assert.equal(editor.document.getText(), original);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  it("Log a Contact writes the date and time on the user's clock", async () => {
    const from = Date.now();
    const line = await vscode.commands.executeCommand<string>('composure.logContact', 'estudio-lumen', {
      channel: 'call',
      direction: 'out',
      summary: 'time zone check',
    });
    const to = Date.now();
    const m = /^- (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) call out: time zone check$/.exec(line);
    assert.ok(m, line);
    assert.ok(
      isWallClockBetween(`${m[1]}T${m[2]}`, zone, from, to),
      `${m[1]} ${m[2]} is Madrid time (UTC now is ${wallClockIn('UTC', to)})`,
    );
  });
});
