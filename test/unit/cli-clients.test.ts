import * as assert from 'node:assert/strict';
import { run } from '../../src/cli/run';
import '../../src/cli/commands';
import { ClientIndex } from '../../src/core/clients/index';
import { memoryIo } from './helpers/memory-io';

const FILES = {
  '/ws/.vscode/settings.json': '{"composure.userName": "Sam Rivera", "composure.timezone": "Europe/Madrid"}',
  '/ws/clients/acme/client.md': '---\nname: Mark Ellis\nlang: en\nstatus: active\ncontract: 2026-10-01\n---\n',
  '/ws/clients/acme/meetings/2026-11-12-review.md': '---\ndate: 2026-11-12\n---\n## Actions\n- [ ] Mark: send the photos by Friday\n',
  '/ws/clients/bob.md': '---\nname: Bob\nstatus: lead\n---\n',
};

describe('composure clients (CLI)', () => {
  it('prints every client as JSON with status, last contact, open actions and signals', async () => {
    const io = memoryIo(FILES);
    assert.equal(await run(['clients', '--format', 'json', '--today', '2026-11-22'], io), 0);
    const out = JSON.parse(io.stdout());
    assert.deepEqual(
      out.map((c: { id: string }) => c.id),
      ['bob', 'acme'],
    );
    const acme = out[1];
    assert.deepEqual(Object.keys(acme).sort(), ['file', 'id', 'lang', 'lastContact', 'name', 'openActions', 'signals', 'status']);
    assert.deepEqual(
      [acme.name, acme.status, acme.lang, acme.file, acme.lastContact, acme.openActions],
      ['Mark Ellis', 'active', 'en', 'clients/acme/client.md', '2026-11-12', 1],
    );
    assert.deepEqual(acme.signals.map((s: { code: string }) => s.code).sort(), [
      'no-deposit',
      'no-feedback',
      'no-followup',
      'overdue-theirs',
    ]);
  });

  it('accepts a clients folder itself as the path, and prints text', async () => {
    const io = memoryIo(FILES);
    assert.equal(await run(['clients', '--today', '2026-11-22', 'clients'], io), 0);
    assert.match(
      io.stdout(),
      /^Bob \[lead\] — 0 open · no contact yet\nMark Ellis \[active\] — 1 open · last contact 2026-11-12 \(10 days ago\)\n/,
    );
    assert.match(io.stdout(), / {2}⚠ Active with no deposit paid/);
  });

  it('names a missing folder and exits 2; a workspace without a clients folder lists nothing', async () => {
    const io = memoryIo(FILES);
    assert.equal(await run(['clients', 'nowhere'], io), 2);
    assert.match(io.stderr(), /nowhere: no such folder/);
    const empty = memoryIo({ '/ws/other/readme.md': 'x' });
    assert.equal(await run(['clients', '--today', '2026-11-22'], empty), 0);
    assert.match(empty.stdout(), /^No clients folder at clients \(setting composure\.clientsFolder\)\.\n$/);
    const emptyFolder = memoryIo({ '/ws/clients/.keep.md': '' });
    assert.equal(await run(['clients', '--format', 'json'], emptyFolder), 0);
    assert.equal(emptyFolder.stdout(), '[]\n');
  });

  it('lists a huge meeting note without parsing it', () => {
    const idx = new ClientIndex({ root: '/ws/clients' });
    const huge = `---\ndate: 2026-11-12\n---\n${'- [ ] Mark: send the photos by Friday\n'.repeat(40_000)}`;
    const t0 = Date.now();
    idx.setFile('/ws/clients/acme/meetings/2026-11-12-export.md', huge);
    assert.ok(Date.now() - t0 < 500);
    const c = idx.client('acme');
    assert.equal(c?.notes.length, 1);
    assert.equal(c?.agreements.length, 0);
  });
});
