import * as assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeFs } from '../../src/cli/node-io';
import { run } from '../../src/cli/run';
import '../../src/cli/commands';
import { ClientIndex } from '../../src/core/clients/index';
import { clientSignals } from '../../src/core/clients/signals';
import { lintDraft } from '../../src/core/lint/draft';
import { Linter } from '../../src/core/lint/linter';
import { decodeText } from '../../src/core/text/decode';
import { draftWorkspaceFollowup } from '../../src/core/workspace/followup';
import { clientOfFile, isLintTarget, openWorkspace, type ComposureWorkspace } from '../../src/core/workspace/workspace';

const EXAMPLE = path.resolve(__dirname, '../../../examples/workspace');
const TODAY = '2026-11-22';

/** Every file under a folder, listed the plain way (as VS Code's findFiles would), not with the CLI's walk. */
async function listAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fsp.readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listAll(p)));
    else out.push(p);
  }
  return out.sort();
}

const read = async (p: string) => decodeText(await fsp.readFile(p)).text;

/** The CLI, in-process, from a given current folder. */
async function cli(cwd: string, argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io = {
    cwd,
    today: TODAY,
    path,
    locale: 'en',
    fs: nodeFs(),
    out: (t: string) => {
      out += t;
    },
    err: () => undefined,
    readStdin: async () => new Uint8Array(),
  };
  const code = await run(argv, io);
  return { code, out };
}

/** What the extension computes for a workspace folder, with the same core calls as its adapters. */
async function extensionView(root: string) {
  const fs = nodeFs();
  // SettingsService: VS Code's settings (here the folder's own file) under .composure.json.
  const ws: ComposureWorkspace = await openWorkspace(fs, root, { base: {}, readVscodeSettings: true });
  // ClientsService: findFiles under the clients folder, each file given to a ClientIndex.
  const index = new ClientIndex({ root: ws.clientsRoot, userNames: [ws.settings.userName, ...ws.settings.userAliases].filter(Boolean) });
  const all = await listAll(root);
  for (const f of all.filter((p) => p.startsWith(`${ws.clientsRoot}/`) && /\.(md|markdown)$/i.test(p))) index.setFile(f, await read(f));
  const ctx = {
    today: TODAY,
    workingHours: ws.settings.workingHours,
    timezone: ws.settings.timezone,
    followupAfterDays: ws.settings.followupAfterDays,
    feedbackWeeks: ws.settings.feedbackWeeks,
    uiLang: 'en' as const,
  };
  const clients = index.clients().map((c) => ({
    id: c.id,
    name: c.profile.name,
    status: c.profile.status,
    lastContact: c.lastContact,
    openActions: c.agreements.length,
    signals: clientSignals(c, ctx).map((s) => `${s.code}: ${s.message}`),
  }));
  const agreements = index
    .clients()
    .flatMap((c) => c.agreements)
    .map((a) => `${a.clientId}|${a.owner}|${a.task}|${a.due}|${a.mine}|${path.relative(root, a.path)}:${a.line + 1}`)
    .sort();
  // DraftDiagnostics: isDraft → the core's lint target rule; lintNow → lintDraft with the client.
  const linter = new Linter(ws.settings.lint, 'en');
  const findings: string[] = [];
  const drafts: string[] = [];
  for (const f of all.filter((p) => /\.(md|markdown|txt)$/i.test(p))) {
    const text = await read(f);
    if (!isLintTarget(ws, f, text)) continue;
    drafts.push(path.relative(root, f));
    const client = await clientOfFile(fs, ws, f);
    const r = lintDraft(linter, text, {
      settings: ws.settings,
      clientLang: client?.lang,
      client,
      uiLang: 'en',
      now: `${TODAY}T00:00`,
      markdown: !/\.txt$/i.test(f),
    });
    for (const x of r.findings) findings.push(`${path.relative(root, f)}|${x.rule}|${x.offset}|${x.length}|${x.message}`);
  }
  return { ws, clients, agreements, findings: findings.sort(), drafts };
}

describe('the CLI and the extension give the same answers for the same workspace', function () {
  this.timeout(60_000);
  let view: Awaited<ReturnType<typeof extensionView>>;
  before(async () => {
    view = await extensionView(EXAMPLE);
    assert.ok(
      view.clients.length >= 4 && view.agreements.length >= 5 && view.findings.length >= 5,
      'the sample workspace has something to compare',
    );
  });

  const cwds: Array<[string, () => string]> = [
    ['the workspace root', () => EXAMPLE],
    ['a client folder inside it', () => path.join(EXAMPLE, 'clients/acme-studio')],
    ['an unrelated folder', () => os.tmpdir()],
  ];

  for (const [label, cwdOf] of cwds) {
    it(`from ${label}: clients, agreements and findings match`, async () => {
      const cwd = cwdOf();
      const clients = JSON.parse((await cli(cwd, ['clients', '--format', 'json', '--today', TODAY, EXAMPLE])).out);
      assert.deepEqual(
        clients.map(
          (c: {
            id: string;
            name: string;
            status: string;
            lastContact: string;
            openActions: number;
            signals: Array<{ code: string; message: string }>;
          }) => ({
            id: c.id,
            name: c.name,
            status: c.status,
            lastContact: c.lastContact,
            openActions: c.openActions,
            signals: c.signals.map((s) => `${s.code}: ${s.message}`),
          }),
        ),
        view.clients,
      );
      const agreements = JSON.parse((await cli(cwd, ['agreements', '--format', 'json', '--today', TODAY, EXAMPLE])).out);
      assert.deepEqual(
        agreements
          .map(
            (a: { clientId: string; owner: string; task: string; due: string; mine: boolean; file: string; line: number }) =>
              `${a.clientId}|${a.owner}|${a.task}|${a.due}|${a.mine}|${path.relative(EXAMPLE, path.resolve(cwd, a.file))}:${a.line}`,
          )
          .sort(),
        view.agreements,
      );
      const lint = await cli(cwd, ['lint', '--format', 'json', '--today', TODAY, EXAMPLE]);
      const findings = JSON.parse(lint.out) as Array<{ file: string; rule: string; offset: number; length: number; message: string }>;
      const text = await cli(cwd, ['lint', '--today', TODAY, EXAMPLE]);
      assert.match(text.out, new RegExp(`in ${view.drafts.length} files\n$`), 'the same files are checked as drafts');
      assert.deepEqual(
        findings.map((f) => `${path.relative(EXAMPLE, path.resolve(cwd, f.file))}|${f.rule}|${f.offset}|${f.length}|${f.message}`).sort(),
        view.findings,
      );
    });
  }

  it('writes the same follow-up file as Draft Follow-up, from any current folder', async () => {
    const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'composure-parity-'));
    try {
      const copy = path.join(tmp, 'ws');
      await fsp.cp(EXAMPLE, copy, { recursive: true });
      const note = path.join(copy, 'clients/acme-studio/meetings/2026-11-20-scope-call.md');
      const ws = await openWorkspace(nodeFs(), copy, { base: {}, readVscodeSettings: true });
      const expected = (await draftWorkspaceFollowup(nodeFs(), ws, note, await read(note), { today: TODAY })).document;
      const folders = [copy, path.join(copy, 'clients/acme-studio'), os.tmpdir()];
      for (const [i, cwd] of folders.entries()) {
        const written = await cli(cwd, ['followup', '--write', '--today', TODAY, note]);
        assert.equal(written.code, 0);
        const target = path.resolve(cwd, written.out.trim());
        const name = `2026-11-20-scope-call${i === 0 ? '' : `-${i + 1}`}.md`;
        assert.equal(target, path.join(copy, 'clients/acme-studio/followups', name), `from ${cwd}: beside the note, never overwriting`);
        assert.equal(await read(target), expected, `from ${cwd}: the text Draft Follow-up saves`);
        const printed = await cli(cwd, ['followup', '--format', 'json', '--today', TODAY, note]);
        assert.equal(`${JSON.parse(printed.out).body}`, expected.slice(expected.indexOf('\n---\n') + 5), `from ${cwd}: the text printed`);
      }
    } finally {
      await fsp.rm(tmp, { recursive: true, force: true });
    }
  });
});
