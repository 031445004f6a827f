import * as assert from 'node:assert/strict';
import { run } from '../../src/cli/run';
import '../../src/cli/commands';
import { memoryIo } from './helpers/memory-io';

const DRAFT = `---\nlang: en\n---\nHi Mark,\n\nAs I already said, the copy was late. I'll send it ASAP.\n`;

describe('composure lint (CLI)', () => {
  it('prints findings as JSON with 1-based positions and UTF-16 offsets, and exits 1', async () => {
    const io = memoryIo({ '/ws/drafts/a.md': DRAFT });
    const code = await run(['lint', '--format', 'json', 'drafts/a.md'], io);
    assert.equal(code, 1);
    const out = JSON.parse(io.stdout());
    assert.equal(out.length, 2);
    const first = out[0];
    assert.deepEqual(
      Object.keys(first).sort(),
      [
        'category',
        'column',
        'endColumn',
        'endLine',
        'file',
        'length',
        'line',
        'message',
        'offset',
        'rule',
        'severity',
        'suggestions',
      ].sort(),
    );
    assert.equal(first.file, 'drafts/a.md');
    assert.equal(first.rule, 'reproachful-reminder');
    assert.equal(first.category, 'defensive');
    assert.equal(first.line, 6);
    assert.equal(first.column, 1);
    assert.equal(DRAFT.slice(first.offset, first.offset + first.length), 'As I already said');
    assert.equal(out[1].category, 'vague_commitment');
    assert.ok(Array.isArray(first.suggestions) && first.suggestions.length > 0);
  });

  it('gives each suggestion the exact range it replaces, so a script applying it gets the editor’s text', async () => {
    const io = memoryIo({ '/ws/drafts/a.md': DRAFT });
    await run(['lint', '--format', 'json', 'drafts/a.md'], io);
    for (const f of JSON.parse(io.stdout())) {
      for (const s of f.suggestions) {
        assert.deepEqual(Object.keys(s).sort(), ['length', 'offset', 'text']);
        assert.ok(s.offset <= f.offset && f.offset + f.length <= s.offset + s.length, `${f.rule}: the range covers the finding`);
      }
    }
  });

  it('shows in the text output what a wider rewrite replaces, not its new text alone', async () => {
    const io = memoryIo({ '/ws/drafts/a.md': DRAFT });
    assert.equal(await run(['lint', 'drafts/a.md'], io), 1);
    const tries = io
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('    try: '));
    assert.equal(tries.length, 2);
    for (const line of tries) {
      for (const shown of line.slice('    try: '.length).split(' · ')) {
        if (shown === '(remove it)') continue;
        const m = /^“([^”]*)”(?: → “([^”]*)”)?$/.exec(shown);
        assert.ok(m, `a quoted rewrite: ${shown}`);
        // A lone “…” replaces exactly the finding; “old” → “new” names the wider text it replaces.
        if (m[2] !== undefined) assert.ok(DRAFT.includes(m[1]), `the replaced text is the draft's: ${m[1]}`);
      }
    }
    assert.match(tries[0], /^ {4}try: “As I already said, the” → “The”/);
  });

  it('exits 0 and reports no findings for a calm draft', async () => {
    const io = memoryIo({ '/ws/ok.md': 'Hi Ana,\n\nThe corrected file is attached. I will send the next version on Friday at 17:00.\n' });
    assert.equal(await run(['lint', 'ok.md'], io), 0);
    assert.match(io.stdout(), /0 findings in 1 file/);
  });

  it('reads standard input with --stdin', async () => {
    const io = memoryIo({}, { stdin: 'Come ti ho già detto, ti mando tutto a breve.' });
    assert.equal(await run(['lint', '--stdin', '--lang', 'it', '--format', 'json'], io), 1);
    const out = JSON.parse(io.stdout());
    assert.deepEqual(
      out.map((f: { rule: string }) => f.rule),
      ['reproachful-reminder', 'vague-timing'],
    );
    assert.equal(out[0].file, '<stdin>');
  });

  it('recurses into directories for Markdown and text files only', async () => {
    const io = memoryIo({
      '/ws/clients/a/drafts/one.md': 'Sorry to bother you again.',
      '/ws/clients/a/drafts/two.txt': 'Call me anytime, even weekends.',
      '/ws/clients/a/drafts/image.png': 'Sorry to bother you',
      '/ws/node_modules/x/readme.md': 'Sorry to bother you',
    });
    assert.equal(await run(['lint', '--format', 'json', '.'], io), 1);
    const files = new Set(JSON.parse(io.stdout()).map((f: { file: string }) => f.file));
    assert.deepEqual([...files].sort(), ['clients/a/drafts/one.md', 'clients/a/drafts/two.txt']);
  });

  it('names a missing file and exits 2', async () => {
    const io = memoryIo({});
    assert.equal(await run(['lint', 'nope.md'], io), 2);
    assert.match(io.stderr(), /nope\.md: no such file/);
  });

  it('skips a binary file with a clear message and exits 2', async () => {
    const io = memoryIo({ '/ws/blob.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    assert.equal(await run(['lint', 'blob.md'], io), 2);
    assert.match(io.stderr(), /blob\.md: looks like a binary file/);
  });

  it('reads UTF-16 and Windows-1252 drafts instead of failing on them', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Sorry to bother you.'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const latin1 = new Uint8Array([...'Como ya te dije, est'].map((c) => c.charCodeAt(0)).concat([0xe1, 0x2e]));
    const io = memoryIo({ '/ws/u16.md': utf16, '/ws/l1.md': latin1 });
    assert.equal(await run(['lint', '--format', 'json', 'u16.md', 'l1.md'], io), 1);
    const rules = JSON.parse(io.stdout()).map((f: { rule: string }) => f.rule);
    assert.deepEqual(rules, ['needless-apology', 'reproachful-reminder']);
    assert.match(io.stderr(), /l1\.md is not UTF-8; read as Windows-1252/);
  });

  it('rejects unknown options and bad values with exit code 2', async () => {
    assert.equal(await run(['lint', '--frobnicate', 'a.md'], memoryIo()), 2);
    const io = memoryIo();
    assert.equal(await run(['lint', '--format', 'xml', 'a.md'], io), 2);
    assert.match(io.stderr(), /--format must be one of text, json/);
    assert.equal(await run(['lint'], memoryIo()), 2);
  });

  it('honours disabled rules from .vscode/settings.json (with comments) and .composure.json', async () => {
    const files = {
      '/ws/.vscode/settings.json': '{\n  // mine\n  "composure.lint.disabledRules": ["vague-timing"],\n}',
      '/ws/d.md': DRAFT,
    };
    const io = memoryIo(files);
    await run(['lint', '--format', 'json', 'd.md'], io);
    assert.deepEqual(
      JSON.parse(io.stdout()).map((f: { rule: string }) => f.rule),
      ['reproachful-reminder'],
    );
    const io2 = memoryIo({ ...files, '/ws/.composure.json': '{"lint": {"severity": {"defensive": "off"}}}' });
    assert.equal(await run(['lint', '--format', 'json', 'd.md'], io2), 0);
    assert.deepEqual(JSON.parse(io2.stdout()), []);
  });

  it("uses the client's language for a draft in the client's folder", async () => {
    const io = memoryIo({
      '/ws/clients/lumen/client.md': '---\nname: Lucía\nlang: es\n---\n',
      '/ws/clients/lumen/drafts/r.md': 'Hola, te lo mando pronto y lo antes posible.',
    });
    await run(['lint', '--format', 'json', 'clients'], io);
    // "pronto" and "lo antes posible" are Spanish phrases: flagged only because the client is Spanish.
    assert.deepEqual(
      JSON.parse(io.stdout()).map((f: { rule: string }) => f.rule),
      ['vague-timing', 'vague-timing'],
    );
  });

  it('warns about an invalid settings file instead of crashing', async () => {
    const io = memoryIo({ '/ws/.composure.json': '{ not json', '/ws/d.md': 'Hello there.' });
    assert.equal(await run(['lint', 'd.md'], io), 0);
    assert.match(io.stderr(), /\.composure\.json is not valid JSON/);
  });
});
