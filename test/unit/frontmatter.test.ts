import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { dropEmptyFrontMatter, parseFrontMatter, parseSimpleYaml, setFrontMatterKeys } from '../../src/core/frontmatter';
import { addMinutes, zonedDateTime } from '../../src/core/dates/clock';
import { buildMailto, uniqueFileName } from '../../src/core/followup/files';

describe('front matter', () => {
  it('adds a key to a file without front matter and removing it gives back the file exactly', () => {
    for (const original of ['Hi Mark,\n\nthanks.\n', 'Hola,\r\n\r\ngracias.\r\n', '', '# Title\n---\nnot front matter\n']) {
      const held = setFrontMatterKeys(original, { hold_until: '2026-11-22T15:30' }) as string;
      assert.ok(held.startsWith('---'));
      assert.equal(dropEmptyFrontMatter(setFrontMatterKeys(held, { hold_until: undefined }) as string), original);
    }
  });

  it('keeps a front matter block that still holds keys or comments', () => {
    assert.equal(dropEmptyFrontMatter('---\nlang: es\n---\nHola\n'), '---\nlang: es\n---\nHola\n');
    assert.equal(dropEmptyFrontMatter('---\n# mine\n---\nHola\n'), '---\n# mine\n---\nHola\n');
  });

  it('reads YAML 1.2 values as written: times and dates stay strings', () => {
    const fm = parseFrontMatter('---\ndate: 2026-11-20\nhours: 22:30\ntags: [a, b]\n---\nBody');
    assert.deepEqual(fm.data, { date: '2026-11-20', hours: '22:30', tags: ['a', 'b'] });
  });

  it('reports malformed YAML with its line instead of throwing, and keeps the keys that still read', () => {
    const fm = parseFrontMatter('---\nname: Ana\ntags: [a, b\n---\nBody');
    assert.equal(fm.present, true);
    assert.equal(fm.error?.line, 3);
    assert.deepEqual(fm.data, { name: 'Ana' });
  });

  it('sets a key touching only its own line: comments, order, quoting and flow lists stay', () => {
    const text = '---\ndate: 2026-11-20\nattendees: [Mark Ellis, Sam Rivera]\n# keep me\nrate: "650"\n---\nBody\n';
    assert.equal(
      setFrontMatterKeys(text, { followup: '2026-11-22' }),
      '---\ndate: 2026-11-20\nattendees: [Mark Ellis, Sam Rivera]\n# keep me\nrate: "650"\nfollowup: 2026-11-22\n---\nBody\n',
    );
    assert.equal(setFrontMatterKeys(text, { rate: '700 EUR' }), text.replace('rate: "650"', 'rate: "700 EUR"'));
    assert.equal(
      setFrontMatterKeys(text.replace('# keep me\n', 'hold_until: 2026-11-22T10:00\n'), { hold_until: undefined }),
      '---\ndate: 2026-11-20\nattendees: [Mark Ellis, Sam Rivera]\nrate: "650"\n---\nBody\n',
    );
  });

  it('quotes values YAML would read differently, and keeps Windows line endings', () => {
    const out = setFrontMatterKeys('---\r\na: 1\r\n---\r\nx', { b: 'yes', c: '10:30', d: '2026-11-20T15:30' }) as string;
    assert.equal(out, '---\r\na: 1\r\nb: "yes"\r\nc: "10:30"\r\nd: 2026-11-20T15:30\r\n---\r\nx');
    assert.deepEqual(parseFrontMatter(out).data, { a: 1, b: 'yes', c: '10:30', d: '2026-11-20T15:30' });
  });

  it('adds a block to a document without one, and refuses to edit broken YAML', () => {
    assert.equal(setFrontMatterKeys('Hello', { followup: '2026-11-22' }), '---\nfollowup: 2026-11-22\n---\nHello');
    assert.equal(setFrontMatterKeys('---\ntags: [a\n---\nHello', { followup: '2026-11-22' }), undefined);
  });

  it('edits a key whose value spans several lines with the YAML document API', () => {
    const out = setFrontMatterKeys('---\ntags:\n  - a\n  - b\n---\n', { tags: 'c' }) as string;
    assert.deepEqual(parseFrontMatter(out).data, { tags: 'c' });
  });
});

describe('follow-up files and mail links', () => {
  it('never reuses an existing name', async () => {
    const taken = new Set(['note.md', 'note-2.md']);
    assert.equal(await uniqueFileName('note.md', async (n) => taken.has(n)), 'note-3.md');
  });

  it('encodes subject and body per RFC 6068, and leaves a long body out', () => {
    const short = buildMailto('ana@x.example', 'Recap: Q&A — 20 Nov', 'Hi Ana,\nline two');
    assert.equal(short.uri, 'mailto:ana@x.example?subject=Recap%3A%20Q%26A%20%E2%80%94%2020%20Nov&body=Hi%20Ana%2C%0D%0Aline%20two');
    const long = buildMailto('ana@x.example', 'Recap', 'x'.repeat(5000));
    assert.deepEqual(long, { uri: 'mailto:ana@x.example?subject=Recap', bodyOmitted: true });
  });
});

describe('the fast front matter path', () => {
  it('reads the same values as yaml for flat front matter', () => {
    const samples = [
      'name: Mark Ellis\ncompany: Acme Studio\nlang: en\nstatus: active\ncontract: 2026-10-02\n# a comment\nrate: 650\ntags: [website, retainer]',
      'hours: lun-vie 10:00-19:00\nemail: "lucia@x.example"\ndeposit: 2026-10-20\nok: true\nnothing: null\nscore: 1.5',
      "title: 'It''s fine'\nempty: []\ntime: 22:30",
    ];
    for (const s of samples) assert.deepEqual(parseSimpleYaml(s), parse(s, { version: '1.2' }), s);
  });

  it('agrees with yaml on every block it reads, and hands the rest to yaml (quotes, comments, lists, dates, colons, CRLF, tabs)', () => {
    // [front matter body, whether the fast path reads it]
    const cases: Array<[string, 'fast' | 'yaml']> = [
      ['name: "Ana: the boss"', 'fast'],
      ["name: 'Ana: the boss'", 'fast'],
      ['name: "She said \\"hi\\""', 'fast'],
      ["name: 'O''Brien'", 'fast'],
      ['name: Ana # the client', 'yaml'],
      ['name: Ana#1', 'fast'],
      ['url: https://example.com/a', 'fast'],
      ['time: 09:30', 'fast'],
      ['hours: Mon-Fri 09:00-18:00', 'fast'],
      ['subject: Re: hello', 'yaml'],
      ['date: 2026-11-20', 'fast'],
      ['date: 2026-11-20T10:00:00Z', 'fast'],
      ['contract: 2026-02-30', 'fast'],
      ['rate: 650', 'fast'],
      ['rate: -12', 'yaml'],
      ['rate: 1.5e3', 'fast'],
      ['rate: 0x1F', 'yaml'],
      ['rate: 1_000', 'fast'],
      ['ok: false', 'fast'],
      ['ok: True', 'yaml'],
      ['ok: yes', 'fast'],
      ['empty:', 'fast'],
      ['empty: ~', 'fast'],
      ['tags: [web, retainer]', 'fast'],
      ['tags: [web,retainer , seo]', 'fast'],
      ['tags: []', 'fast'],
      ['tags: [a, "b, c"]', 'yaml'],
      ['tags: [a, [b]]', 'yaml'],
      ['tags: {a: 1}', 'yaml'],
      ['tags:\n  - web\n  - seo', 'yaml'],
      ['name: Ana\r\nlang: es\r\n', 'fast'],
      ['name:\tAna', 'fast'],
      ['name: Ana\t', 'fast'],
      ['\tname: Ana', 'yaml'],
      ['  name: Ana', 'yaml'],
      ['# only a comment\nname: Ana', 'fast'],
      ['name: Ana\n\n\nlang: it', 'fast'],
      ['name: Lucía Fernández\ncompany: Estudio Ñandú', 'fast'],
      ['"name": Ana', 'yaml'],
      ['name: Ana\nname: Bob', 'yaml'],
      ['note: |\n  two\n  lines', 'yaml'],
      ['name: *alias', 'yaml'],
      ['name: !tag x', 'yaml'],
      ['name: @ana', 'yaml'],
      ['name: `x`', 'yaml'],
      ['name: %x', 'yaml'],
      ['name: "unclosed', 'yaml'],
      ["name: 'a'b'", 'yaml'],
    ];
    for (const [body, path] of cases) {
      const fast = parseSimpleYaml(body);
      assert.equal(fast === undefined ? 'yaml' : 'fast', path, JSON.stringify(body));
      if (fast) assert.deepEqual(fast, parse(body, { version: '1.2' }), JSON.stringify(body));
      const text = `---\n${body}\n---\nBody\n`;
      const viaBlock = parseFrontMatter(text);
      if (fast) assert.deepEqual(viaBlock.data, fast, JSON.stringify(body));
    }
  });

  it('leaves anything unusual to yaml', () => {
    for (const s of [
      'tags:\n  - a',
      'a: &x 1',
      'note: |\n  text',
      'a: b: c',
      'list: [a, [b]]',
      'a: 1\na: 2',
      'x: yes # comment',
      'v: .inf',
    ]) {
      assert.equal(parseSimpleYaml(s), undefined, s);
    }
  });
});

describe('wall clock of the user', () => {
  it("writes an instant on the wall clock of the user's time zone, whatever the runtime's", () => {
    const instant = Date.UTC(2026, 10, 22, 23, 40);
    assert.equal(zonedDateTime(instant, 'Europe/Madrid'), '2026-11-23T00:40');
    assert.equal(zonedDateTime(instant, 'America/Mexico_City'), '2026-11-22T17:40');
    assert.equal(zonedDateTime(Date.UTC(2026, 6, 1, 8, 5), 'Europe/Rome'), '2026-07-01T10:05');
  });

  it('adds minutes across midnight and month ends as calendar arithmetic', () => {
    assert.equal(addMinutes('2026-11-30T23:30', 60), '2026-12-01T00:30');
    assert.equal(addMinutes('2026-03-29T01:30', 60), '2026-03-29T02:30');
  });
});
