import * as assert from 'node:assert/strict';
import { parseFrontMatter, setFrontMatterKeys } from '../../src/core/frontmatter';
import { lintDraft } from '../../src/core/lint/draft';
import { Linter } from '../../src/core/lint/linter';
import { parseMeetingNote } from '../../src/core/notes/parse';
import { seeded } from './helpers/random';

// Fuzz property test (issue 14): generated documents with every line-ending mix, surrogates, quotes,
// directives, fences and front matter go through the linter, the note reader and the front-matter
// reader/editor. Nothing may throw, and every position must point inside the text.
// COMPOSURE_FUZZ_DOCS sets the number of documents: 2,000 in `npm run test:unit` (the quick loop),
// 20,000 in `npm test`, 100,000 in .ci/run. The seed is fixed (COMPOSURE_FUZZ_SEED to vary it).
const DOCS = Number(process.env.COMPOSURE_FUZZ_DOCS) || 2_000;
const SEED = Number(process.env.COMPOSURE_FUZZ_SEED) || 20261128;

const LINES = [
  'Sorry to bother you, but as I already said the files are late.',
  'Please send it ASAP!!!',
  'Call me anytime, even on weekends.',
  'I will try to send it soon, sorry sorry sorry.',
  'WHY IS THIS NOT DONE YET',
  'Perdona que te moleste, como ya te dije lo antes posible.',
  'Scusa il disturbo, come ti ho già detto, a breve.',
  'Te lo mando en unos días, llámame cuando quieras.',
  'Thanks, Ana. The invoice is attached.',
  '## Actions',
  '## Acuerdos',
  '## Azioni',
  '## Open questions',
  '## Next meeting',
  '- [ ] Ana: send the logo by Friday',
  '- [x] Sam: book the room',
  '- [ ]Ana: no space after the box',
  '* TODO Marco: call the printer tomorrow 📅 2026-12-01',
  'AI: Ana, Marco & Sam to review by 2026-11-30',
  '1. Lucía enviará la propuesta el viernes',
  '- Marco invierà il preventivo entro venerdì',
  'Next meeting: 2026-12-04 at 10:00',
  '> quoted: sorry to bother you ASAP',
  '> - [ ] quoted task by Friday',
  'On Mon, 23 Nov 2026, Ana <ana@x.example> wrote:',
  'El lun, 23 nov 2026, Ana escribió:',
  'Il giorno lun 23 nov 2026, Ana ha scritto:',
  '-----Original Message-----',
  'From: Ana',
  '-- ',
  '```',
  '~~~',
  '<!-- composure-disable-next-line -->',
  '<!-- composure-disable vague_commitment -->',
  '<!-- composure-enable -->',
  '<!-- a comment',
  'still a comment -->',
  'composure: off',
  '---',
  '...',
  '| Ana | send it | Friday |',
  '[link](https://x.example/a_(b)) and ana@x.example',
  '“Smart quotes” and ‘single’ and "straight" and \'single\'',
  'Emoji 😀 and paired 𝒜 surrogates',
  'lone high \ud800 surrogate',
  'lone low \udc00 surrogate',
  'tabs\tand  spaces   ',
  '',
  '',
  'déjà vu – “¿qué?” «sì»',
];
const FRONT = [
  'date: 2026-11-20',
  'type: meeting',
  'type: draft',
  'lang: es',
  'composure: off',
  "'hold_until': 2026-11-22T10:00",
  'attendees: [Ana, Sam]',
  'tags: [a, b',
  'name: "Ana',
  '  indented: x',
  'followup: 2026-11-21 # sent',
];

function generate(r: ReturnType<typeof seeded>): string {
  const eols = [['\n'], ['\r\n'], ['\r'], ['\n', '\r\n'], ['\n', '\r'], ['\n', '\r\n', '\r']][r.int(6)];
  const eol = () => r.pick(eols);
  const parts: string[] = [];
  if (r.chance(0.4)) {
    parts.push('---');
    for (let i = r.int(5); i >= 0; i--) parts.push(r.pick(FRONT));
    if (r.chance(0.9)) parts.push('---');
  }
  for (let i = 1 + r.int(12); i > 0; i--) {
    let line = r.pick(LINES);
    if (r.chance(0.1)) line = line.slice(0, r.int(line.length + 1));
    if (r.chance(0.05)) line = line.repeat(2 + r.int(4));
    parts.push(line);
  }
  return parts.map((p, i) => (i === parts.length - 1 && r.chance(0.3) ? p : p + eol())).join('');
}

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
