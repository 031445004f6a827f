import * as assert from 'node:assert/strict';
import { parseMeetingNote } from '../../src/core/notes/parse';
import { markableLines, readLinesOf } from '../../src/extension/followup/note-reading';

/** A note whose lines carry their expectation after ` ⟸ ` (stripped before reading). */
const FIXTURE = [
  '---',
  'date: 2026-11-23',
  'attendees: [Ana Ruiz, Sam Rivera]',
  '---',
  '# Launch sync',
  '',
  '## Decisions',
  '- We keep the launch on 1 December. ⟸ decision',
  '',
  '## Action items',
  '- [ ] Ana: send the final copy by Friday ⟸ action Ana 2026-11-27',
  '- [ ] Update the sitemap ⟸ action',
  '',
  '## Open questions',
  '- Who signs off the banner? ⟸ question',
  '',
  '## Next meeting',
  'Tuesday 1 December at 10:00 ⟸ next 2026-12-01',
  '',
  '## Notes',
  '- Paper samples from the printer look good ⟸ markable',
  '',
  '```',
  '- [ ] code, not a task',
  '```',
  '| Who | What |',
  '|-----|------|',
  '| Sam | Print the samples | ⟸ action Sam',
  '---',
];

const text = FIXTURE.map((l) => l.split(' ⟸ ')[0]).join('\n');
const expected = FIXTURE.map((l, i) => [i, l.split(' ⟸ ')[1]] as const).filter(([, e]) => e !== undefined);

describe('what the editor shows of a note reading', () => {
  it("lists each read line once, in order, with its kind, owner and date on the editor's 0-based line", () => {
    const read = readLinesOf(parseMeetingNote(text, { fileName: '2026-11-23-launch-sync.md' }));
    const got = read.map((r) => [r.line, [r.kind, r.owner, r.due].filter(Boolean).join(' ')]);
    assert.deepEqual(
      got,
      expected.filter(([, e]) => e !== 'markable').map(([i, e]) => [i, e]),
    );
  });

  it('offers "read as an action item" on list, prose and table lines, never on front matter, headings, code, blanks or delimiter rows', () => {
    const markable = markableLines(text);
    for (const [i, e] of expected) assert.ok(markable.has(i), `line ${i + 1} (${e}) is markable`);
    for (const i of [0, 1, 2, 3, 4, 5, 6, 9, 22, 23, 24, 26, 28])
      assert.ok(!markable.has(i), `line ${i + 1} "${FIXTURE[i]}" is not markable`);
  });
});
