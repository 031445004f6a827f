import { parseContactLog } from '../../src/core/clients/log';
import { parseHours } from '../../src/core/clients/hours';
import { addDays, daysBetween } from '../../src/core/dates/calendar';
import { findDates } from '../../src/core/dates/resolve';
import { parseFrontMatter, parseSimpleYaml, setFrontMatterKeys } from '../../src/core/frontmatter';
import { lintDraft } from '../../src/core/lint/draft';
import { Linter } from '../../src/core/lint/linter';
import { markLineDone } from '../../src/core/notes/done';
import { parseMeetingNote } from '../../src/core/notes/parse';
import { assertLinear, repeatTo } from './helpers/scaling';

// Each check times one parser on inputs of 10 KB, 100 KB and 1 MB built to hit its worst case,
// and fails when time grows faster than the input (a ratio, not an absolute time).
describe('every parser runs in time linear in its input', function () {
  this.timeout(120_000);

  describe('front matter', () => {
    it('reads a front matter line with a long run of inner spaces in linear time (quadratic front-matter key regex)', () => {
      let k = 0;
      assertLinear('parseFrontMatter', parseFrontMatter, (n) => `---\ntitle: a${' '.repeat(n)}b${k++}\n---\nBody\n`, { fresh: true });
    });

    it('reads a key line ending in a long run of spaces in linear time', () => {
      assertLinear('parseSimpleYaml', parseSimpleYaml, (n) => `title: a${' \t'.repeat(n / 2)}`);
    });

    it('reads a front matter block of many keys in linear time', () => {
      let k = 0;
      assertLinear(
        'parseFrontMatter',
        parseFrontMatter,
        (n) => `---\n${repeatTo('x', n).replace(/x{20}/g, () => `key${k++}: value ${k}\n`)}---\n`,
        { fresh: true },
      );
    });

    it('reads a broken front matter line full of colons and quotes in linear time', () => {
      let k = 0;
      assertLinear('parseFrontMatter', parseFrontMatter, (n) => `---\nname: Ana\nbad: "${repeatTo(': [ " ', n)}${k++}\nlang: es\n---\n`, {
        fresh: true,
      });
      assertLinear('parseFrontMatter', parseFrontMatter, (n) => `---\nname: Ana\n${repeatTo('bad: [x\n', n)}${k++}\nlang: es\n---\n`, {
        fresh: true,
      });
    });

    it('edits one key of a large front matter in linear time', () => {
      let k = 0;
      assertLinear(
        'setFrontMatterKeys',
        (t) => setFrontMatterKeys(t, { followup: '2026-11-22' }),
        (n) => `---\n${repeatTo('x', n).replace(/x{30}/g, () => `note${k++}: a    # comment    \n`)}---\nBody\n`,
        { fresh: true },
      );
    });

    it('edits a key whose value is a long run of spaces and quotes in linear time', () => {
      let k = 0;
      assertLinear(
        'setFrontMatterKeys',
        (t) => setFrontMatterKeys(t, { followup: '2026-11-22' }),
        (n) => `---\nfollowup: '${repeatTo("'' ", n)}${k++}'   # c\n---\n`,
        { fresh: true },
      );
    });
  });

  describe('hours, dates and the contact log', () => {
    it('reads working hours with a long whitespace run in linear time (quadratic parseHours)', () => {
      assertLinear('parseHours', parseHours, (n) => `Mon-Fri${' '.repeat(n)}09:00-18:00`);
      assertLinear('parseHours', parseHours, (n) => `Mon,${' '.repeat(n)},Tue 9-18x`);
    });

    it('reads a long list of working-hours ranges in linear time', () => {
      assertLinear('parseHours', parseHours, (n) => repeatTo('Mon-Fri 09:00-18:00; ', n).replace(/;[^;]*$/, ''));
    });

    it('finds dates in long prose in linear time', () => {
      assertLinear(
        'findDates',
        (t) => findDates(t, '2026-11-20', 'en'),
        (n) => repeatTo('Send it by Friday 2026-11-27 or tomorrow, then next week.   ', n),
      );
      assertLinear(
        'findDates',
        (t) => findDates(t, '2026-11-20', 'es'),
        (n) => repeatTo('el viernes o mañana, antes del 3 de diciembre ', n),
      );
      assertLinear(
        'findDates',
        (t) => findDates(t, '2026-11-20', 'it'),
        (n) => repeatTo('entro venerdì o domani, tra 2 settimane ', n),
      );
    });

    it('does calendar arithmetic in constant time whatever the distance', () => {
      assertLinear(
        'addDays',
        (t) => addDays('2026-11-20', t.length * 1000),
        (n) => 'x'.repeat(n),
        { floorMs: 5 },
      );
      assertLinear(
        'daysBetween',
        () => daysBetween('0001-01-01', '9999-12-31'),
        (n) => 'x'.repeat(n),
        { floorMs: 5 },
      );
    });

    it('reads a contact log with long lines in linear time', () => {
      assertLinear('parseContactLog', parseContactLog, (n) =>
        repeatTo(`- 2026-11-21 23:10 whatsapp in: ${' '.repeat(200)}asked for more\n`, n),
      );
      assertLinear('parseContactLog', parseContactLog, (n) => `- 2026-11-21 23:10 whatsapp${' '.repeat(n)}x`);
    });

    it('marks a very long line done in linear time', () => {
      assertLinear(
        'markLineDone',
        (t) => markLineDone(t, '2026-11-22'),
        (n) => `| a |${' '.repeat(n)}| b${' \t'.repeat(n / 4)}`,
      );
      assertLinear(
        'markLineDone',
        (t) => markLineDone(t, '2026-11-22'),
        (n) => `${'> '.repeat(n / 2)}x`,
      );
    });
  });

  describe('the linter and the follow-up reader on ordinary text', () => {
    const prose = (k: number) =>
      `Thanks for update ${k}, Ana. I attached proposal ${k} with the changes we discussed.\n\nCould you confirm payment ${k} by Friday? I will send the final files on Monday at 10:00 (${k}).\n\n`;
    const note =
      '## Actions\n- [ ] Ana: send the logo files by Friday\n- [ ] I will review the copy by 2026-11-27\n\n## Decisions\n- Two revision rounds per page.\n\n';

    it('lints ordinary prose in linear time', () => {
      const linter = new Linter();
      linter.lint('warm up', { lang: 'en' });
      let k = 0;
      // Numbered paragraphs, so the linter's paragraph cache does not answer for the repeats.
      assertLinear(
        'lintDraft',
        (t) => lintDraft(linter, t, { settings: { language: 'en', defaultLanguage: 'en' }, uiLang: 'en' }),
        (n) => repeatTo('x', n).replace(/x{190}/g, () => prose(k++)),
        { fresh: true },
      );
    });

    it('reads an ordinary meeting note in linear time', () => {
      let k = 0;
      assertLinear(
        'parseMeetingNote',
        (t) => parseMeetingNote(t, { fileName: '2026-11-20-kickoff.md' }),
        (n) => `---\ndate: 2026-11-20\n---\n${repeatTo('x', n).replace(/x{150}/g, () => `${k++} ${note}`)}`,
        { fresh: true },
      );
    });
  });
});
