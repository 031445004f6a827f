import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeFs } from '../../src/cli/node-io';
import { corePath, shownPath } from '../../src/cli/paths';
import { run } from '../../src/cli/run';
import '../../src/cli/commands';
import { fold } from '../../src/core/clients/ics';
import { MAX_TEXT_BYTES } from '../../src/core/workspace/fs';
import { memoryIo } from './helpers/memory-io';

const SETTINGS = '{"composure.userName": "Sam Rivera", "composure.userAliases": ["Sam"]}';
const NOTE = `---
date: 2026-11-20
attendees: [Mark Ellis, Sam Rivera]
---
# Scope call

## Actions
- [ ] Mark: confirm the change request by next Wednesday
- [ ] Sam: send the revised mock-up, with notes; "A, B" and \\ by Friday
- [ ] Mark: share the photos
- [x] Sam: book the room
`;
const WS = {
  '/ws/.vscode/settings.json': SETTINGS,
  '/ws/clients/acme/client.md': '---\nname: Mark Ellis\nemail: mark@acme.example\nlang: en\n---\n',
  '/ws/clients/acme/meetings/2026-11-20-scope.md': NOTE,
  '/ws/clients/acme/drafts/reply.md': 'Hi Mark,\n\nAs I already said, I will send it ASAP.\n',
};

describe('composure CLI on a workspace', () => {
  describe('agreements', () => {
    it('lists open agreements as JSON with client, owner, mine, due, overdue, file and 1-based line', async () => {
      const io = memoryIo(WS);
      assert.equal(await run(['agreements', '--format', 'json', '--today', '2026-11-26'], io), 0);
      const rows = JSON.parse(io.stdout());
      assert.deepEqual(
        rows.map((r: { owner: string; due: string; mine: boolean; overdue: boolean; line: number }) => [
          r.owner,
          r.due,
          r.mine,
          r.overdue,
          r.line,
        ]),
        [
          ['Mark', '2026-11-25', false, true, 8],
          ['Sam', '2026-11-27', true, false, 9],
          ['Mark', null, false, false, 10],
        ],
      );
      assert.deepEqual(Object.keys(rows[0]).sort(), [
        'client',
        'clientId',
        'done',
        'due',
        'dueText',
        'file',
        'line',
        'mine',
        'overdue',
        'owner',
        'task',
      ]);
      assert.deepEqual(
        [rows[0].client, rows[0].clientId, rows[0].file, rows[0].dueText, rows[0].done],
        ['Mark Ellis', 'acme', 'clients/acme/meetings/2026-11-20-scope.md', 'next Wednesday', false],
      );
    });

    it('filters with --mine, --theirs and --overdue, and refuses --mine with --theirs', async () => {
      const owners = async (...flags: string[]) => {
        const io = memoryIo(WS);
        await run(['agreements', '--format', 'json', '--today', '2026-11-26', ...flags], io);
        return JSON.parse(io.stdout()).map((r: { owner: string }) => r.owner);
      };
      assert.deepEqual(await owners('--mine'), ['Sam']);
      assert.deepEqual(await owners('--theirs'), ['Mark', 'Mark']);
      assert.deepEqual(await owners('--theirs', '--overdue'), ['Mark']);
      const io = memoryIo(WS);
      assert.equal(await run(['agreements', '--mine', '--theirs'], io), 2);
      assert.match(io.stderr(), /--mine or --theirs, not both/);
    });

    it('prints one line per agreement in text, from a clients folder given as the path', async () => {
      const io = memoryIo(WS, { cwd: '/elsewhere' });
      assert.equal(await run(['agreements', '--today', '2026-11-26', '/ws/clients'], io), 0);
      assert.match(
        io.stdout(),
        /^2026-11-25 {2}OVERDUE theirs {2}Mark Ellis: Mark — confirm the change request \(next Wednesday\) {2}\/ws\/clients\/acme\/meetings\/2026-11-20-scope\.md:8\n/,
      );
      assert.equal(io.stdout().split('\n').filter(Boolean).length, 3);
    });

    it('says there is no clients folder, as composure clients does, instead of "No open agreements"', async () => {
      const io = memoryIo({ '/repo/readme.md': 'x' }, { cwd: '/repo' });
      assert.equal(await run(['agreements', '--today', '2026-11-26'], io), 0);
      assert.equal(io.stdout(), 'No clients folder at clients (setting composure.clientsFolder).\n');
      const es = memoryIo({ '/repo/readme.md': 'x' }, { cwd: '/repo' });
      assert.equal(await run(['--locale', 'es', 'agreements'], es), 0);
      assert.equal(es.stdout(), 'No hay carpeta de clientes en clients (ajuste composure.clientsFolder).\n');
      const json = memoryIo({ '/repo/readme.md': 'x' }, { cwd: '/repo' });
      assert.equal(await run(['agreements', '--format', 'json'], json), 0);
      assert.equal(json.stdout(), '[]\n');
    });

    it('writes an iCalendar file that ical.js parses back: all-day events, stable UIDs, escaped text', async () => {
      const ICAL = (await import('ical.js')).default;
      const io = memoryIo(WS);
      assert.equal(await run(['agreements', '--format', 'ics', '--today', '2026-11-26'], io), 0);
      const ics = io.stdout();
      assert.ok(
        ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75),
        'lines folded at 75 octets',
      );
      const cal = new ICAL.Component(ICAL.parse(ics));
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      assert.equal(events.length, 2, 'only dated agreements');
      const sam = events.find((e) => e.summary.includes('Sam'));
      assert.equal(sam?.summary, 'Mark Ellis: Sam — send the revised mock-up, with notes; "A, B" and \\');
      assert.equal(sam?.startDate.isDate, true);
      assert.equal(sam?.startDate.toString(), '2026-11-27');
      assert.equal(sam?.endDate.toString(), '2026-11-28');
      const again = memoryIo({ ...WS, '/ws/clients/acme/meetings/2026-11-20-scope.md': `\n\n${NOTE.replace('---\ndate', '---\ndate')}` });
      await run(['agreements', '--format', 'ics', '--today', '2026-11-30'], again);
      const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1].trim()).sort();
      assert.deepEqual(uids(again.stdout()), uids(ics), 'UIDs do not depend on the day or the line');
    });

    it('folds long lines without splitting a character', () => {
      const folded = fold(`SUMMARY:${'è'.repeat(60)}`);
      const lines = folded.split('\r\n');
      assert.ok(lines.every((l) => new TextEncoder().encode(l).length <= 75));
      assert.equal(lines.map((l, i) => (i ? l.slice(1) : l)).join(''), `SUMMARY:${'è'.repeat(60)}`);
    });
  });

  describe('followup --write', () => {
    it("saves the follow-up in the client's followups/ folder, then -2 and -3, and prints each path", async () => {
      const io = memoryIo(WS);
      const note = 'clients/acme/meetings/2026-11-20-scope.md';
      for (const expected of ['2026-11-20-scope.md', '2026-11-20-scope-2.md', '2026-11-20-scope-3.md']) {
        const before = io.stdout().length;
        assert.equal(await run(['followup', '--write', '--today', '2026-11-22', note], io), 0);
        assert.equal(io.stdout().slice(before), `clients/acme/followups/${expected}\n`);
      }
      const saved = new TextDecoder().decode(await io.fs.readFile('/ws/clients/acme/followups/2026-11-20-scope.md'));
      assert.match(
        saved,
        /^---\ntype: draft\nsubject: "Recap: Scope call[^\n]*"\nto: "mark@acme\.example"\nmeeting: "clients\/acme\/meetings\/2026-11-20-scope\.md"\ndate: 2026-11-22\nlang: en\n---\n/,
      );
    });
  });

  describe('lint', () => {
    it("reads the settings of the file's own workspace, from any current folder (regression: 7 findings vs 8)", async () => {
      const files = {
        ...WS,
        '/ws/.vscode/settings.json': '{"composure.lint.disabledRules": ["vague-timing"]}',
        '/other/.composure.json': '{}',
      };
      const inside = memoryIo(files, { cwd: '/ws' });
      const outside = memoryIo(files, { cwd: '/other' });
      await run(['lint', '--format', 'json', '/ws/clients/acme/drafts/reply.md'], inside);
      await run(['lint', '--format', 'json', '/ws/clients/acme/drafts/reply.md'], outside);
      const rules = (io: ReturnType<typeof memoryIo>) => JSON.parse(io.stdout()).map((f: { rule: string }) => f.rule);
      assert.deepEqual(rules(inside), ['reproachful-reminder']);
      assert.deepEqual(rules(outside), rules(inside));
    });

    it('checks only the drafts of a folder (lint.include and type: draft), but any file named on the command line', async () => {
      const files = { ...WS, '/ws/clients/acme/notes/x.md': '---\ntype: draft\n---\nSorry to bother you again.\n' };
      const io = memoryIo(files);
      await run(['lint', '--format', 'json', '.'], io);
      assert.deepEqual([...new Set(JSON.parse(io.stdout()).map((f: { file: string }) => f.file))].sort(), [
        'clients/acme/drafts/reply.md',
        'clients/acme/notes/x.md',
      ]);
      const named = memoryIo({ ...WS, '/ws/clients/acme/meetings/2026-11-21-x.md': 'Sorry to bother you again.\n' });
      assert.equal(await run(['lint', 'clients/acme/meetings/2026-11-21-x.md'], named), 1);
    });

    it('refuses an empty path instead of linting the current folder', async () => {
      const io = memoryIo(WS);
      assert.equal(await run(['lint', ''], io), 2);
      assert.match(io.stderr(), /an empty path was given/);
      assert.equal(io.stdout(), '');
    });

    it('reports unreadable files and folders as "cannot read PATH: reason" and exits 2', async () => {
      const io = memoryIo(
        { ...WS, '/ws/clients/acme/drafts/locked.md': 'x', '/ws/clients/bob/drafts/a.md': 'x', '/ws/clients/eio/drafts/b.md': 'x' },
        {
          failures: {
            '/ws/clients/acme/drafts/locked.md': 'EACCES',
            '/ws/clients/bob/drafts': 'EACCES',
            '/ws/clients/eio/drafts/b.md': 'EIO',
          },
        },
      );
      assert.equal(await run(['lint', '.'], io), 2);
      assert.match(io.stderr(), /^composure lint: cannot read clients\/acme\/drafts\/locked\.md: permission denied$/m);
      assert.match(io.stderr(), /^composure lint: cannot read clients\/bob\/drafts: permission denied$/m);
      assert.match(io.stderr(), /^composure lint: cannot read clients\/eio\/drafts\/b\.md: input\/output error$/m);
      assert.match(io.stdout(), /in 1 file\n$/, 'the readable draft is still checked');
    });

    it('refuses a file over the size cap (and one Node cannot read, over 2 GiB) with a message', async () => {
      const io = memoryIo({ '/ws/big.md': 'x' });
      const stat = io.fs.stat;
      io.fs.stat = async (p) => (p === '/ws/big.md' ? { kind: 'file', size: 3 * 1024 ** 3 } : stat(p));
      assert.equal(await run(['lint', 'big.md'], io), 2);
      assert.match(io.stderr(), /cannot read big\.md: file too large \(3072 MiB; Composure reads files up to 50 MiB\)/);
      const node = memoryIo({ '/ws/huge.md': 'x' }, { failures: { '/ws/huge.md': 'ERR_FS_FILE_TOO_LARGE' } });
      assert.equal(await run(['followup', 'huge.md'], node), 2);
      assert.match(node.stderr(), /^composure followup: cannot read huge\.md: file too large$/m);
    });

    it('reads standard input through the same checks as files: size cap, binary, encoding', async () => {
      const binary = memoryIo({}, { stdin: new Uint8Array([0x89, 0x50, 0, 0, 1]) });
      assert.equal(await run(['lint', '--stdin'], binary), 2);
      assert.match(binary.stderr(), /cannot read <stdin>: looks like a binary file/);
      const big = memoryIo({}, { stdin: new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61) });
      assert.equal(await run(['lint', '--stdin'], big), 2);
      assert.match(big.stderr(), /cannot read <stdin>: file too large/);
      const utf16 = memoryIo(
        {},
        { stdin: new Uint8Array([0xff, 0xfe, ...[...'Sorry to bother you.'].flatMap((c) => [c.charCodeAt(0), 0])]) },
      );
      assert.equal(await run(['lint', '--stdin', '--format', 'json'], utf16), 1);
      assert.deepEqual(
        JSON.parse(utf16.stdout()).map((f: { rule: string }) => f.rule),
        ['needless-apology'],
      );
    });
  });

  describe('clients', () => {
    it('gives structured fields next to the messages: counts of overdue items, days late, the broken line', async () => {
      const io = memoryIo({ ...WS, '/ws/clients/broken/client.md': '---\nname: Broken\ntags: [a, b\nstatus: active\n---\n' });
      await run(['clients', '--format', 'json', '--today', '2026-11-30'], io);
      const out = JSON.parse(io.stdout()) as Array<{
        id: string;
        signals: Array<{ code: string; counts?: Record<string, number>; line?: number }>;
      }>;
      const acme = out.find((c) => c.id === 'acme');
      assert.deepEqual(acme?.signals.find((s) => s.code === 'overdue-theirs')?.counts, { count: 1, oldestDaysLate: 5 });
      assert.deepEqual(acme?.signals.find((s) => s.code === 'overdue-mine')?.counts, { count: 1, oldestDaysLate: 3 });
      assert.deepEqual(acme?.signals.find((s) => s.code === 'no-followup')?.counts, { daysSinceMeeting: 10 });
      const broken = out.find((c) => c.id === 'broken')?.signals.find((s) => s.code === 'profile-error');
      assert.ok(broken?.line && broken.line >= 3, `the broken line is given (${broken?.line})`);
    });

    it('reports an unreadable client folder and still lists the others, exiting 2', async () => {
      const io = memoryIo(
        { ...WS, '/ws/clients/locked/client.md': '---\nname: L\n---\n' },
        { failures: { '/ws/clients/locked': 'EACCES' } },
      );
      assert.equal(await run(['clients', '--format', 'json', '--today', '2026-11-22'], io), 2);
      assert.deepEqual(
        JSON.parse(io.stdout()).map((c: { id: string }) => c.id),
        ['acme'],
      );
      assert.match(io.stderr(), /^composure clients: cannot read clients\/locked: permission denied$/m);
    });
  });

  describe('help and arguments', () => {
    for (const cmd of ['lint', 'followup', 'clients', 'agreements']) {
      it(`prints the usage of ${cmd} with examples for ${cmd} --help`, async () => {
        const io = memoryIo();
        assert.equal(await run([cmd, '--help'], io), 0);
        assert.match(io.stdout(), new RegExp(`^Usage: composure ${cmd} `));
        assert.match(io.stdout(), /\nExamples:\n {2}composure /);
        assert.match(io.stdout(), /\nExit codes: /);
      });
    }

    it('accepts --today on every subcommand and rejects a bad one', async () => {
      for (const cmd of [
        ['lint', 'clients/acme/drafts/reply.md'],
        ['followup', 'clients/acme/meetings/2026-11-20-scope.md'],
        ['clients'],
        ['agreements'],
      ]) {
        assert.notEqual(await run([cmd[0], '--today', '2026-11-22', ...cmd.slice(1)], memoryIo(WS)), 2, cmd[0]);
        const io = memoryIo(WS);
        assert.equal(await run([cmd[0], '--today', '2026-13-45', ...cmd.slice(1)], io), 2, cmd[0]);
        assert.match(io.stderr(), /--today must be a date written YYYY-MM-DD/);
      }
    });

    it('names an unknown option and a missing value', async () => {
      const io = memoryIo();
      assert.equal(await run(['agreements', '--soon'], io), 2);
      assert.match(io.stderr(), /Unknown option '--soon'/);
      const io2 = memoryIo();
      assert.equal(await run(['lint', 'a.md', '--format'], io2), 2);
      assert.match(io2.stderr(), /--format/);
    });
  });

  describe('Windows paths', () => {
    const win = { path: path.win32, cwd: 'C:\\Users\\ana\\ws' };

    it('resolves relative and absolute Windows paths with node:path rules', () => {
      const io = memoryIo({}, win);
      assert.equal(corePath(io, 'clients\\acme\\drafts\\r.md'), 'C:/Users/ana/ws/clients/acme/drafts/r.md');
      assert.equal(corePath(io, 'D:\\notes\\r.md'), 'D:/notes/r.md');
      assert.equal(corePath(io, '..\\other'), 'C:/Users/ana/other');
      assert.equal(shownPath(io, 'C:/Users/ana/ws/clients/acme/r.md'), 'clients\\acme\\r.md');
      assert.equal(shownPath(io, 'D:/notes/r.md'), 'D:\\notes\\r.md');
    });

    it('lints a draft given as an absolute C:\\ path and shows Windows paths', async () => {
      const io = memoryIo(
        {
          'C:/Users/ana/ws/.vscode/settings.json': SETTINGS,
          'C:/Users/ana/ws/clients/acme/client.md': '---\nlang: es\n---\n',
          'C:/Users/ana/ws/clients/acme/drafts/r.md': 'Hola, te lo mando pronto.',
        },
        win,
      );
      assert.equal(await run(['lint', '--format', 'json', 'C:\\Users\\ana\\ws\\clients\\acme\\drafts\\r.md'], io), 1);
      const out = JSON.parse(io.stdout());
      assert.deepEqual(
        out.map((f: { file: string; rule: string }) => [f.file, f.rule]),
        [['clients\\acme\\drafts\\r.md', 'vague-timing']],
      );
    });
  });

  describe('with the real file system', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'composure-cli-'));
    });
    afterEach(async () => {
      await fsp.chmod(path.join(dir, 'clients/acme/drafts'), 0o755).catch(() => undefined);
      await fsp.rm(dir, { recursive: true, force: true });
    });

    const realIo = (cwd: string) => {
      let out = '';
      let err = '';
      return {
        cwd,
        today: '2026-11-22',
        path,
        locale: 'en',
        fs: nodeFs(),
        out: (t: string) => {
          out += t;
        },
        err: (t: string) => {
          err += t;
        },
        readStdin: async () => new Uint8Array(),
        stdout: () => out,
        stderr: () => err,
      };
    };

    it('ends on symbolic-link cycles and lints each draft once (lint DIR and clients)', async () => {
      for (const [p, text] of Object.entries(WS)) {
        await fsp.mkdir(path.dirname(path.join(dir, p)), { recursive: true });
        await fsp.writeFile(path.join(dir, p), text);
      }
      await fsp.symlink('.', path.join(dir, 'ws/clients/acme/drafts/self'));
      await fsp.symlink('.', path.join(dir, 'ws/clients/acme/drafts/self2'));
      await fsp.symlink('..', path.join(dir, 'ws/clients/acme/drafts/up'));
      const io = realIo(path.join(dir, 'ws'));
      assert.equal(await run(['lint', '--format', 'json', '.'], io), 1);
      assert.deepEqual([...new Set(JSON.parse(io.stdout()).map((f: { file: string }) => f.file))], ['clients/acme/drafts/reply.md']);
      assert.equal(JSON.parse(io.stdout()).length, 2, 'each finding once');
      const clients = realIo(path.join(dir, 'ws'));
      assert.equal(await run(['clients', '--format', 'json'], clients), 0);
      assert.deepEqual(
        JSON.parse(clients.stdout()).map((c: { id: string }) => c.id),
        ['acme'],
      );
    });

    it('ends quietly when the reader of its output goes away (EPIPE, as in `| head -1`)', async function () {
      this.timeout(20000);
      const drafts = path.join(dir, 'drafts');
      await fsp.mkdir(drafts);
      for (let i = 0; i < 200; i++)
        await fsp.writeFile(path.join(drafts, `d${i}.md`), 'As I already said, I will send it ASAP. Sorry to bother you.\n'.repeat(20));
      const main = path.join(__dirname, '../../src/cli/main.js');
      const child = spawn(process.execPath, [main, 'lint', drafts], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      assert.equal(stderr, '');
      assert.equal(code, 1, 'the exit code says findings, as without the pipe');
    });
  });
});
