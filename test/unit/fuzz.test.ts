import * as assert from 'node:assert/strict';
import { parseFrontMatter, setFrontMatterKeys } from '../../src/core/frontmatter';
import { lintDraft } from '../../src/core/lint/draft';
import { Linter } from '../../src/core/lint/linter';
import { parseMeetingNote } from '../../src/core/notes/parse';
import { generate } from './helpers/documents';
import { seeded } from './helpers/random';

// Fuzz property test (issue 14): generated documents with every line-ending mix, surrogates, quotes,
// directives, fences and front matter go through the linter, the note reader and the front-matter
// reader/editor. Nothing may throw, and every position must point inside the text.
// COMPOSURE_FUZZ_DOCS sets the number of documents: 2,000 in `npm run test:unit` (the quick loop),
// 20,000 in `npm test`, 100,000 in .ci/run. The seed is fixed (COMPOSURE_FUZZ_SEED to vary it).
const DOCS = Number(process.env.COMPOSURE_FUZZ_DOCS) || 2_000;
const SEED = Number(process.env.COMPOSURE_FUZZ_SEED) || 20261128;

const lineCount = (t: string) => t.split(/\r\n|\r|\n/).length;

describe(`fuzz property: ${DOCS.toLocaleString('en')} generated documents (seed ${SEED})`, function () {
  this.timeout(600_000);

  it('lints, reads as a meeting note and reads and edits the front matter of each without throwing, every position inside the text', () => {
    const r = seeded(SEED);
    const linter = new Linter();
    for (let n = 0; n < DOCS; n++) {
      const text = generate(r);
      const where = `document ${n}: ${JSON.stringify(text).slice(0, 400)}`;
      const lines = lineCount(text);
      const lang = r.pick(['auto', 'en', 'es', 'it'] as const);
      const result = lintDraft(linter, text, { settings: { language: lang, defaultLanguage: 'en' }, uiLang: 'en' });
      for (const f of result.findings) {
        assert.ok(f.offset >= 0 && f.length >= 0 && f.offset + f.length <= text.length, `finding ${f.rule} out of bounds in ${where}`);
        assert.equal(text.slice(f.offset, f.offset + f.length), f.text, `finding ${f.rule} text differs in ${where}`);
        for (const s of f.suggestions)
          assert.ok(s.offset >= 0 && s.length >= 0 && s.offset + s.length <= text.length, `suggestion out of bounds in ${where}`);
      }
      const note = parseMeetingNote(text, { fileName: '2026-11-20-call.md', userNames: ['Sam'] });
      for (const item of [
        ...note.actions,
        ...note.decisions,
        ...note.openQuestions,
        ...note.warnings,
        ...(note.nextMeeting ? [note.nextMeeting] : []),
      ]) {
        assert.ok(item.line >= 1 && item.line <= lines, `note line ${item.line} outside 1…${lines} in ${where}`);
      }
      const fm = parseFrontMatter(text);
      if (fm.error) assert.ok(fm.error.line >= 1 && fm.error.line <= lines, `front matter error line ${fm.error.line} in ${where}`);
      if (fm.range)
        assert.ok(
          fm.range.start <= fm.range.bodyStart &&
            fm.range.bodyStart <= fm.range.bodyEnd &&
            fm.range.bodyEnd <= fm.range.end &&
            fm.range.end <= text.length,
          `front matter range in ${where}`,
        );
      const edited = setFrontMatterKeys(text, { followup: '2026-11-22' });
      if (edited !== undefined) {
        assert.equal(parseFrontMatter(edited).data.followup, '2026-11-22', `edit did not read back in ${where}`);
        assert.ok(edited.endsWith(fm.range ? text.slice(fm.range.end) : text), `edit changed the body in ${where}`);
      }
    }
  });
});
