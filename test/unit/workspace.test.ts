import * as assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeFs } from '../../src/cli/node-io';
import { parseJsonc, resolveSettings } from '../../src/core/settings';
import { globMatcher } from '../../src/core/workspace/glob';
import { baseName, isInside, joinPath, parentPath, relativeTo } from '../../src/core/workspace/paths';
import { walkFiles } from '../../src/core/workspace/walk';
import {
  clientOfFile,
  fileKind,
  findWorkspaceRoot,
  followupLocation,
  isLintTarget,
  locateFile,
  openWorkspace,
  writeNewFile,
} from '../../src/core/workspace/workspace';
import { memoryFs } from './helpers/memory-io';

describe('workspace model (core)', () => {
  it('finds the root where .composure.json or .vscode/settings.json lives, nearest first', async () => {
    const fs = memoryFs({
      '/a/.vscode/settings.json': '{}',
      '/a/b/.composure.json': '{}',
      '/a/b/clients/acme/drafts/r.md': 'x',
      '/a/clients/bob/drafts/r.md': 'x',
    });
    assert.equal(await findWorkspaceRoot(fs, '/a/b/clients/acme/drafts'), '/a/b');
    assert.equal(await findWorkspaceRoot(fs, '/a/clients/bob/drafts'), '/a');
  });

  it("falls back to the clients folder's parent, then the path itself", async () => {
    const fs = memoryFs({ '/x/notes/clients/acme/drafts/r.md': 'x', '/y/z/r.md': 'x' });
    assert.equal(await findWorkspaceRoot(fs, '/x/notes/clients/acme/drafts'), '/x/notes');
    assert.equal(await findWorkspaceRoot(fs, '/y/z'), '/y/z');
  });

  it('layers settings: defaults < user < .vscode/settings.json < .composure.json', async () => {
    const fs = memoryFs({
      '/w/.vscode/settings.json': '{\n  // the folder\'s\n  "composure.userName": "Folder",\n  "composure.holdMinutes": 30,\n}',
      '/w/.composure.json': '{ "holdMinutes": 45 }',
    });
    const ws = await openWorkspace(fs, '/w', { base: { 'composure.userName': 'User', 'composure.signature': 'S.' } });
    assert.deepEqual(
      [ws.settings.userName, ws.settings.signature, ws.settings.holdMinutes, ws.settings.defaultLanguage],
      ['Folder', 'S.', 45, 'en'],
    );
    assert.deepEqual(ws.warnings, []);
    assert.equal(ws.clientsRoot, '/w/clients');
  });

  it('keeps strings that look like JSON syntax intact (regression: a string holding ", }")', () => {
    const text = '{\n  "composure.signature": "Best, }\\n// not a comment", /* a comment */\n  "composure.userAliases": ["a, ]", "b"],\n}';
    assert.deepEqual(parseJsonc(text), { 'composure.signature': 'Best, }\n// not a comment', 'composure.userAliases': ['a, ]', 'b'] });
  });

  it('names the line of a JSON error and falls back to defaults with a warning', async () => {
    const fs = memoryFs({ '/w/.composure.json': '{\n  "holdMinutes": 45\n  "userName": "x"\n}' });
    const ws = await openWorkspace(fs, '/w');
    assert.equal(ws.settings.holdMinutes, 60);
    assert.match(ws.warnings[0], /^\.composure\.json is not valid JSON \(CommaExpected on line 3\); ignored$/);
  });

  it('refuses a clients folder outside the workspace', () => {
    for (const bad of ['../../etc', '/etc', 'C:\\Windows', 'a/../../b']) {
      const warnings: string[] = [];
      assert.equal(resolveSettings({ 'composure.clientsFolder': bad }, undefined, warnings).clientsFolder, 'clients', bad);
      assert.match(warnings[0], /must be a folder inside the workspace/);
    }
    assert.equal(resolveSettings({ 'composure.clientsFolder': './notes/clients/' }).clientsFolder, 'notes/clients');
  });

  it('places every file of the workspace format: folder clients, one-file clients and their kinds', () => {
    const root = '/w/clients';
    const at = (p: string) => {
      const l = locateFile(root, p);
      return l && [l.clientId, l.kind, l.clientFolder, l.profile];
    };
    assert.deepEqual(at('/w/clients/acme/client.md'), ['acme', 'profile', '/w/clients/acme', '/w/clients/acme/client.md']);
    assert.deepEqual(at('/w/clients/acme/log.md'), ['acme', 'log', '/w/clients/acme', '/w/clients/acme/client.md']);
    assert.deepEqual(at('/w/clients/acme/meetings/2026-11-20-kickoff.md'), [
      'acme',
      'meeting',
      '/w/clients/acme',
      '/w/clients/acme/client.md',
    ]);
    assert.deepEqual(at('/w/clients/acme/drafts/r.md')?.[1], 'draft');
    assert.deepEqual(at('/w/clients/acme/followups/r.md')?.[1], 'followup');
    assert.deepEqual(at('/w/clients/acme/ideas.md')?.[1], 'note');
    assert.deepEqual(at('/w/clients/bob-smith.md'), ['bob-smith', 'profile', null, '/w/clients/bob-smith.md']);
    assert.equal(at('/w/clients/acme/.trash/x.md'), undefined);
    assert.equal(at('/w/other/x.md'), undefined);
    assert.equal(at('/w/clients/acme/image.png'), undefined);
  });

  it("reads a file's kind from its front matter when its folder does not say", () => {
    assert.equal(fileKind('/w/clients', '/w/notes/call.md', '---\ntype: meeting\n---\n'), 'meeting');
    assert.equal(fileKind('/w/clients', '/w/clients/acme/ideas.md', '---\ntype: draft\n---\n'), 'draft');
    assert.equal(fileKind('/w/clients', '/w/notes/call.md', 'plain'), 'other');
    assert.equal(fileKind('/w/clients', '/w/clients/acme/meetings/a.md', '---\ntype: draft\n---\n'), 'meeting');
  });

  it("gives a file's client from its profile, for one-file clients too", async () => {
    const fs = memoryFs({
      '/w/clients/acme/client.md': '---\nname: Mark\nlang: en\nemail: m@a.example\nregister: formal\n---\n',
      '/w/clients/lucia.md': '---\nname: Lucía\nlang: es\n---\n',
    });
    const ws = await openWorkspace(fs, '/w');
    const acme = await clientOfFile(fs, ws, '/w/clients/acme/drafts/r.md');
    assert.deepEqual(
      [acme?.id, acme?.lang, acme?.email, acme?.register, acme?.folder],
      ['acme', 'en', 'm@a.example', 'formal', '/w/clients/acme'],
    );
    const lucia = await clientOfFile(fs, ws, '/w/clients/lucia.md');
    assert.deepEqual([lucia?.id, lucia?.lang, lucia?.folder], ['lucia', 'es', null]);
    assert.equal(await clientOfFile(fs, ws, '/w/drafts/r.md'), undefined);
  });

  it('tells drafts by lint.include (relative to the root) or by type: draft', async () => {
    const fs = memoryFs({ '/w/.composure.json': '{"lint": {"include": ["replies/*.md", "**/drafts/**/*.{md,txt}"]}}' });
    const ws = await openWorkspace(fs, '/w');
    assert.equal(isLintTarget(ws, '/w/replies/a.md'), true);
    assert.equal(isLintTarget(ws, '/w/replies/old/a.md'), false);
    assert.equal(isLintTarget(ws, '/w/clients/acme/drafts/a.txt'), true);
    assert.equal(isLintTarget(ws, '/w/clients/acme/meetings/a.md', '# Call\n'), false);
    assert.equal(isLintTarget(ws, '/w/clients/acme/meetings/a.md', '---\ntype: draft\n---\n'), true);
  });

  it('matches globs segment by segment: **, *, ?, braces and classes', () => {
    const m = globMatcher('**/drafts/**/*.{md,markdown,txt}');
    assert.equal(m('drafts/a.md'), true);
    assert.equal(m('clients/acme/drafts/2026/a.txt'), true);
    assert.equal(m('clients/acme/drafts.md'), false);
    assert.equal(globMatcher('notes/?.md')('notes/a.md'), true);
    assert.equal(globMatcher('notes/[ab]*.md')('notes/cat.md'), false);
    assert.equal(globMatcher('**')('any/thing'), true);
    const long = `${'a/'.repeat(2000)}b.md`;
    const t0 = Date.now();
    assert.equal(globMatcher('**/**/**/x/**/*.md')(long), false);
    assert.ok(Date.now() - t0 < 1000);
  });

  it("puts a follow-up in the client's followups/ folder, else beside the meetings folder", async () => {
    const ws = await openWorkspace(memoryFs({}), '/w');
    assert.deepEqual(followupLocation(ws, '/w/clients/acme/meetings/2026-11-20-kickoff.md'), {
      folder: '/w/clients/acme/followups',
      name: '2026-11-20-kickoff.md',
    });
    assert.deepEqual(followupLocation(ws, '/w/team/meetings/standup.markdown'), { folder: '/w/team/followups', name: 'standup.md' });
    assert.deepEqual(followupLocation(ws, '/w/call.md'), { folder: '/w/followups', name: 'call.md' });
  });

  it('never overwrites when writing a new file: -2, -3…', async () => {
    const fs = memoryFs({ '/w/f/a.md': 'old' });
    assert.equal(await writeNewFile(fs, '/w/f', 'a.md', 'one'), '/w/f/a-2.md');
    assert.equal(await writeNewFile(fs, '/w/f', 'a.md', 'two'), '/w/f/a-3.md');
    assert.equal(new TextDecoder().decode(await fs.readFile('/w/f/a.md')), 'old');
  });

  it('handles drive-letter paths like any other', () => {
    assert.equal(parentPath('C:/Users/ana'), 'C:/Users');
    assert.equal(parentPath('C:/Users'), 'C:/');
    assert.equal(parentPath('C:/'), 'C:/');
    assert.equal(baseName('C:/Users/ana/'), 'ana');
    assert.equal(joinPath('C:/Users/', 'ana'), 'C:/Users/ana');
    assert.equal(isInside('C:/', 'C:/Users'), true);
    assert.equal(relativeTo('C:/Users', 'C:/Users/ana/x.md'), 'ana/x.md');
    assert.equal(relativeTo('C:/Users/an', 'C:/Users/ana/x.md'), undefined);
  });

  describe('on a real disk', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'composure-ws-'));
    });
    afterEach(async () => {
      await fsp.rm(dir, { recursive: true, force: true });
    });

    it('walks each real folder once through symbolic-link cycles', async () => {
      await fsp.mkdir(path.join(dir, 'a/b'), { recursive: true });
      await fsp.writeFile(path.join(dir, 'a/b/note.md'), 'x');
      await fsp.symlink('.', path.join(dir, 'a/self'));
      await fsp.symlink('..', path.join(dir, 'a/b/up'));
      await fsp.symlink(path.join(dir, 'a/b/note.md'), path.join(dir, 'a/alias.md'));
      const files = await walkFiles(nodeFs(), dir, { include: () => true, onError: (e) => assert.fail(e.message) });
      assert.deepEqual(
        files.map((f) => path.relative(dir, f)),
        ['a/alias.md'],
      );
    });

    it('writes exclusively: a second writer gets a new name, never the same file', async () => {
      const fs = nodeFs();
      const [p1, p2] = await Promise.all([writeNewFile(fs, `${dir}/f`, 'a.md', 'one'), writeNewFile(fs, `${dir}/f`, 'a.md', 'two')]);
      assert.notEqual(p1, p2);
      assert.deepEqual((await fsp.readdir(`${dir}/f`)).sort(), ['a-2.md', 'a.md']);
    });
  });
});
