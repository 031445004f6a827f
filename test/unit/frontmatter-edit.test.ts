import * as assert from 'node:assert/strict';
import { parseFrontMatter, setFrontMatterKeys } from '../../src/core/frontmatter';
import { seeded } from './helpers/random';

// Issue 14, data safety: the front-matter edit behind Mark Followed Up, Hold and Release Hold must
// change only the edited key's lines.
describe('the front-matter editor changes only the edited key', () => {
  it('keeps LF front matter as LF when the body has one CRLF line', () => {
    const text = '---\nname: Ana\n---\nHello\r\nBye\n';
    assert.equal(setFrontMatterKeys(text, { followup: '2026-11-22' }), '---\nname: Ana\nfollowup: 2026-11-22\n---\nHello\r\nBye\n');
  });

  it('does not re-serialise the YAML when another key has an indented continuation', () => {
    const text = '---\ntags:\n  - a\n  - b\nlist: [a,   b]\nnote:   spaced\n---\n';
    assert.equal(
      setFrontMatterKeys(text, { followup: '2026-11-22' }),
      '---\ntags:\n  - a\n  - b\nlist: [a,   b]\nnote:   spaced\nfollowup: 2026-11-22\n---\n',
    );
  });

  it('keeps the inline comment and the spacing of the edited line', () => {
    const text = '---\nfollowup:   2026-11-01   # sent by hand\nname: Ana\n---\n';
    assert.equal(setFrontMatterKeys(text, { followup: '2026-11-22' }), '---\nfollowup:   2026-11-22   # sent by hand\nname: Ana\n---\n');
  });

  it('recognises a quoted key instead of appending a duplicate', () => {
    assert.equal(
      setFrontMatterKeys('---\n"followup": "2026-11-01"\n---\n', { followup: '2026-11-22' }),
      '---\n"followup": "2026-11-22"\n---\n',
    );
    assert.equal(
      setFrontMatterKeys("---\n'followup' : '2026-11-01'\n---\n", { followup: '2026-11-22' }),
      "---\n'followup' : '2026-11-22'\n---\n",
    );
  });

  it("releases a hold written with a single-quoted 'hold_until' key", () => {
    const text = "---\ntype: draft\n'hold_until': '2026-11-22T10:00' # cool down\nto: ana@x.example\n---\nBody\n";
    assert.equal(setFrontMatterKeys(text, { hold_until: undefined }), '---\ntype: draft\nto: ana@x.example\n---\nBody\n');
  });

  it('replaces a key whose value spans indented lines with one line, leaving the others alone', () => {
    const text = '---\r\nfollowup:\r\n  - old\r\n  - older\r\n# keep\r\nname: Ana\r\n---\r\n';
    assert.equal(setFrontMatterKeys(text, { followup: '2026-11-22' }), '---\r\nfollowup: 2026-11-22\r\n# keep\r\nname: Ana\r\n---\r\n');
  });

  it("adds a block with the document's own line ending when there is none", () => {
    assert.equal(setFrontMatterKeys('Hello\r\nworld', { followup: '2026-11-22' }), '---\r\nfollowup: 2026-11-22\r\n---\r\nHello\r\nworld');
  });

  it('refuses (undefined) rather than write a value that would read back differently', () => {
    assert.equal(setFrontMatterKeys('---\nname: [a\n---\n', { followup: '2026-11-22' }), undefined);
  });
});

describe('front-matter edit property: random front matter × random edit', () => {
  const KEYS = ['name', 'email', 'lang', 'status', 'contract', 'rate', 'tags', 'attendees', 'date', 'type', 'note'];
  const TARGETS = ['followup', 'hold_until', 'status'];
  const VALUES = [
    '2026-11-22',
    '2026-11-22T10:30',
    'Q&A: done # not a comment',
    "it's",
    'say "hi"',
    'yes',
    '10:30',
    'Lucía Pérez',
    '',
    ' padded ',
    '[x]',
    '-1',
    'a\\b',
  ];

  it('keeps every other byte identical and reads the new value back, on 1,500 generated cases', function () {
    this.timeout(60_000);
    const r = seeded(1414);
    let edited = 0;
    for (let n = 0; n < 1500; n++) {
      const eol = () => (r.chance(0.5) ? '\n' : '\r\n');
      type Piece = { key?: string; text: string };
      const pieces: Piece[] = [];
      const keys = [...KEYS, ...TARGETS].filter(() => r.chance(0.4));
      for (const key of keys) {
        if (r.chance(0.2)) pieces.push({ text: `# comment ${r.int(9)}${eol()}` });
        if (r.chance(0.1)) pieces.push({ text: eol() });
        const k = r.pick([key, key, `"${key}"`, `'${key}'`]);
        const style = r.int(6);
        let text: string;
        if (style === 0) text = `${k}:${eol()}  - a${eol()}  - 'b c'${eol()}`;
        else if (style === 1) text = `${k}: [a,   b]${eol()}`;
        else if (style === 2) text = `${k}: "x: ${r.int(99)}"   # why${eol()}`;
        else if (style === 3) text = `${k}:   '2026-0${1 + r.int(9)}-1${r.int(9)}'${eol()}`;
        else if (style === 4) text = `${k}:${eol()}`;
        else text = `${k}: plain value ${r.int(99)}${eol()}`;
        pieces.push({ key, text });
      }
      const body = r.pick(['Body\n', 'Body\r\nmore\nend', '', '\r\n# heading\n---\n']);
      const open = `---${eol()}`;
      const close = `---${eol()}`;
      const text = open + pieces.map((p) => p.text).join('') + close + body;
      const target = r.pick(TARGETS);
      const value = r.chance(0.25) ? undefined : r.pick(VALUES);
      const out = setFrontMatterKeys(text, { [target]: value });
      const before = parseFrontMatter(text);
      if (out === undefined) {
        assert.ok(before.error || value !== undefined, `refused a removal on valid YAML: ${JSON.stringify(text)}`);
        continue;
      }
      edited++;
      // Every byte outside the target key's own lines is unchanged.
      const others =
        open +
        pieces
          .filter((p) => p.key !== target)
          .map((p) => p.text)
          .join('');
      const start = out.indexOf(open) === 0 ? open.length : -1;
      assert.equal(start, open.length, JSON.stringify(out));
      const outLines = out.slice(0, out.length - close.length - body.length).split(/(?<=\n)/);
      const kept = outLines.filter((l) => !new RegExp(`^(?:${target}|"${target}"|'${target}')\\s*:`).test(l)).join('');
      assert.equal(kept, others, `${JSON.stringify(text)} → ${JSON.stringify(out)}`);
      assert.ok(out.endsWith(close + body));
      const after = parseFrontMatter(out);
      assert.equal(after.error, undefined, JSON.stringify(out));
      if (value === undefined) assert.ok(!(target in after.data));
      else assert.equal(after.data[target], value, JSON.stringify(out));
      const rest = (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== target));
      assert.deepEqual(rest(after.data), rest(before.data));
    }
    assert.ok(edited > 1200, `only ${edited} of 1500 edits were made`);
  });
});
