import * as assert from 'node:assert/strict';
import { MAX_NOTE_CHARS, parseMeetingNote } from '../../src/core/notes/parse';
import { plainInline, toBlocks } from '../../src/core/notes/structure';
import { assertLinear, repeatTo } from './helpers/scaling';

// Adversarial notes for the reader (issue #14): each input is built to hit a backtracking regex or
// a re-scan, at 10 KB, 100 KB and just under the size cap; the check compares time ratios.
const SIZES = [10_000, 100_000, MAX_NOTE_CHARS - 10_000];
const read = (t: string) => parseMeetingNote(t, { fileName: '2026-11-20-call.md' });

describe('the meeting-note reader runs in time linear in its input', function () {
  this.timeout(180_000);
  const opts = { sizes: SIZES, slack: 6, floorMs: 200 };

  it('reads "AI: x, AeAe…Ae!" lines in linear time (exponential owner-list split)', () => {
    const line = `AI: x, ${'Ae'.repeat(30)}!\n`;
    assertLinear('parseMeetingNote', read, (n) => repeatTo(line, n), opts);
    assertLinear('parseMeetingNote', read, (n) => `AI: x, ${'Ae'.repeat(n / 2)}!`, opts);
  });

  it('reads one long line of ", A" in linear time (quadratic follow-up parsing)', () => {
    assertLinear('parseMeetingNote', read, (n) => `## Actions\n- ${repeatTo(', A', n)}`, opts);
    assertLinear('parseMeetingNote', read, (n) => `Ana will ${repeatTo(', A', n)}`, opts);
  });

  it('reads one long line of "[a](" in linear time (link stripping)', () => {
    assertLinear('parseMeetingNote', read, (n) => `- [ ] ${repeatTo('[a](', n)}`, opts);
    assertLinear('plainInline', plainInline, (n) => repeatTo('[a](', n), opts);
  });

  it('reads a long Markdown table in linear time', () => {
    assertLinear('parseMeetingNote', read, (n) => `| Who | Task |\n|---|---|\n${repeatTo('| Ana | send the deck by Friday |\n', n)}`, opts);
  });

  it('reads a one-line HTML table in linear time (every row re-read the whole line for its marker)', () => {
    assertLinear(
      'parseMeetingNote',
      read,
      (n) => `<table><tr><th>Owner</th><th>Action</th></tr>${repeatTo('<tr><td>Ana</td><td><ul><li>x</li></ul></td></tr>', n)}</table>`,
      opts,
    );
  });

  it('splits a one-line HTML table into rows in linear time, and rows keep the marker of their line', () => {
    const row = '<tr><td>Ana</td><td>send the deck</td></tr>';
    assertLinear(
      'toBlocks',
      (t: string) => toBlocks(t, 0),
      (n) => `<table>${repeatTo(row, n)}</table>`,
      opts,
    );
    const blocks = toBlocks(`<table>${row}${row}</table> <!-- composure: not-action -->\n`, 0);
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.line, b.marker]),
      [
        ['row', 1, 'not-action'],
        ['row', 1, 'not-action'],
      ],
    );
  });

  it('reads a long run of unclosed bold marks in linear time', () => {
    assertLinear('parseMeetingNote', read, (n) => `- ${repeatTo('**a ', n)}`, opts);
  });

  it('reads a long run of month phrases in linear time', () => {
    assertLinear('parseMeetingNote', read, (n) => `- Ana: ${repeatTo('in March mid-', n)}`, opts);
  });

  it('does not read a note over the size cap, and says so', () => {
    const n = parseMeetingNote(`## Actions\n${'- [ ] Ana: send it\n'.repeat(Math.ceil((MAX_NOTE_CHARS + 10) / 19))}`);
    assert.deepEqual(n.actions, []);
    assert.equal(n.warnings[0].code, 'too-large');
    assert.match(n.warnings[0].message, /too long/);
  });
});
