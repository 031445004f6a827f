import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { type Found, COMMENT_RE, fixtureFiles, found, readFixture } from './helpers/note-fixtures';

/** Fixture notes with inline expectations; the syntax is described in ./helpers/note-fixtures.ts. */
const DIR = path.resolve(__dirname, '../../../test/fixtures/notes');

describe('meeting-note fixtures with inline expectations', () => {
  for (const { file, text } of fixtureFiles(DIR)) {
    const { problems, misses, userNames, reference } = readFixture(file, text);

    it(`reads ${file} as its inline expectations say`, () => {
      assert.deepEqual(
        problems.map((p) => `line ${p.line}: ${p.why}`),
        [],
      );
    });

    it(`reads ${file} the same with its expectation comments removed`, () => {
      const plain = text.replace(COMMENT_RE, '');
      const read = (t: string): Found[] => found(file, t, userNames, reference);
      assert.deepEqual(read(plain), read(text));
    });

    for (const { line, e, nowRight } of misses) {
      const title = `line ${line} of ${file} is a known miss: ${e.source} (${e.knownMiss})`;
      if (nowRight) it(title, () => assert.fail(`now read right: remove known-miss from line ${line} of ${file}`));
      else it(title);
    }
  }
});

describe('the fixture expectations themselves', () => {
  const note = (lines: string[]) => ['# Call with Kite Labs', 'Date: 2026-11-18', '', '## Actions', ...lines].join('\n');
  const problems = (text: string) => readFixture('x.md', text).problems.map((p) => p.why);

  it('takes a borderline item read as an action, and one read as nothing', () => {
    assert.deepEqual(problems(note(['- Ana: send the figures by Friday <!-- expect: maybe owner=Ana -->'])), []);
    assert.deepEqual(problems(note(['Maybe a new logo one day. <!-- expect: maybe -->'])), []);
  });

  it('still holds a borderline item read as an action to its owner', () => {
    assert.notDeepEqual(problems(note(['- Ana: send the figures by Friday <!-- expect: maybe owner=Ken -->'])), []);
  });

  it('reports a known miss as pending while it is missed, and as read right once it is met', () => {
    const missed = readFixture('x.md', note(['- Ana: send the figures by Friday <!-- expect: action owner=Ken known-miss="owner" -->']));
    assert.deepEqual(missed.problems, []);
    assert.deepEqual(
      missed.misses.map((m) => [m.e.knownMiss, m.nowRight]),
      [['owner', false]],
    );
    const met = readFixture('x.md', note(['- Ana: send the figures by Friday <!-- expect: action owner=Ana known-miss="owner" -->']));
    assert.deepEqual(
      met.misses.map((m) => m.nowRight),
      [true],
    );
  });

  it('checks only the kinds a file scopes, and lines given by number', () => {
    const text = note([
      '- Ana: send the figures by Friday',
      '',
      '## Decisions',
      '- We keep the old logo.',
      '',
      '<!-- expect-scope: decision -->',
    ]);
    // The action on line 5 is out of scope; the decision on line 8 is in it, and not expected.
    assert.deepEqual(
      readFixture('x.md', text).problems.map((p) => [p.line, p.extra?.kind]),
      [[8, 'decision']],
    );
    assert.deepEqual(problems(`${text}\n<!-- expect-line 8: decision -->`), []);
  });

  it('compares a loose owner by its first word, as the corpus scorer does', () => {
    assert.deepEqual(problems(note(['- @ana: send the figures by Friday <!-- expect: action owner~="Ana Ruiz" due=2026-11-20 -->'])), []);
  });
});
