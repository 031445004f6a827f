import * as assert from 'node:assert/strict';
import { lintDraft, type DraftContext } from '../../src/core/lint/draft';
import { Linter } from '../../src/core/lint/linter';
import { detectRegister, RegisterTally } from '../../src/core/lint/rewrite';
import { normalizeLineBreaks, resegment, segmentTable, type SegmentTable } from '../../src/core/lint/segment';
import { edit, generate as generateDocument } from './helpers/documents';
import { seeded } from './helpers/random';

// Property test of the incremental re-lint: random documents × random edits, with a fixed seed.
// After every edit the re-segmentation must equal a fresh segmentation, and the re-lint on one
// cached linter must equal a fresh linter's full lint (findings, suggestions, heat), whatever the
// edit opens or closes: fences, HTML comments, quoted history, signatures, directives, front matter.
const SEED = Number(process.env.COMPOSURE_FUZZ_SEED) || 20261128;

/** Drafts of up to 21 whole lines (see helpers/documents). */
const generate = (r: ReturnType<typeof seeded>) => generateDocument(r, { maxLines: 21, cut: false });

const plain = (t: SegmentTable) => ({
  blocks: Array.from(t.starts, (s, k) => [s, t.ends[k], t.lines[k]]),
  directives: t.directives,
  lineStarts: Array.from(t.lineStarts),
  frontMatter: t.frontMatter,
  firstLine: t.firstLine,
});

const ctx: DraftContext = { settings: { language: 'auto', defaultLanguage: 'en' }, uiLang: 'en', today: '2026-11-27' };

describe(`incremental re-lint (seed ${SEED})`, function () {
  this.timeout(600_000);

  it('re-segments after each of 6,000 random edits exactly as a fresh segmentation', () => {
    const r = seeded(SEED);
    let reused = 0;
    for (let n = 0; n < 300; n++) {
      let text = normalizeLineBreaks(generate(r));
      const markdown = r.chance(0.85);
      let table = segmentTable(text, markdown);
      for (let e = 0; e < 20; e++) {
        text = normalizeLineBreaks(edit(r, text));
        table = resegment(table, text, markdown);
        if (table.reuse) reused++;
        assert.deepEqual(plain(table), plain(segmentTable(text, markdown)), `document ${n}, edit ${e}: ${JSON.stringify(text)}`);
      }
    }
    // Most edits are re-segmented in place, not from scratch.
    assert.ok(reused > 3_000, `${reused} edits re-segmented in place`);
  });

  it('re-lints after each of 1,200 random edits exactly as a fresh linter lints the whole draft', () => {
    const r = seeded(SEED + 1);
    const cached = new Linter();
    for (let n = 0; n < 100; n++) {
      let text = generate(r);
      const doc = `doc${n % 3}`;
      const draftCtx = { ...ctx, doc };
      lintDraft(cached, text, draftCtx);
      for (let e = 0; e < 12; e++) {
        text = edit(r, text);
        assert.deepEqual(
          lintDraft(cached, text, draftCtx),
          lintDraft(new Linter(), text, ctx),
          `document ${n}, edit ${e}: ${JSON.stringify(text)}`,
        );
      }
    }
  });

  it('counts the register after each of 4,000 random edits as detectRegister does on the whole text', () => {
    const r = seeded(SEED + 2);
    const tally = new RegisterTally();
    const informal = 'Hola Marta,\n\nte mando el archivo, ¿me dices algo?\n\nUn abrazo';
    const formal = 'Estimada Sra. Vidal:\n\nle escribo para confirmarle la entrega.\n\nAtentamente,';
    const extra = ['\n\n', '\n', informal, formal, 'usted ', 'te ', 'Ciao, ti scrivo. ', 'La ringrazio, mi scusi. '];
    for (let n = 0; n < 200; n++) {
      let text = generate(r);
      for (let e = 0; e < 20; e++) {
        text = r.chance(0.5) ? edit(r, text) : ((at) => text.slice(0, at) + r.pick(extra) + text.slice(at))(r.int(text.length + 1));
        for (const lang of ['es', 'it'] as const)
          assert.equal(tally.detect(text, lang), detectRegister(text, lang), `${lang}, document ${n}, edit ${e}`);
      }
    }
  });

  it('keeps each open document its own last pass: editing two drafts in turn re-lints one paragraph each time', () => {
    const para = (i: number) => `${i}. As I already said, the copy was due on Monday. I will send it ASAP.`;
    const a = Array.from({ length: 60 }, (_, i) => para(i)).join('\n\n');
    const b = `---\nlang: en\n---\n${a.replace(/Monday/g, 'Friday')}`;
    const linter = new Linter();
    let linted = 0;
    const own = linter as unknown as { lintBlock: (...args: unknown[]) => unknown };
    const lintBlock = own.lintBlock.bind(linter);
    own.lintBlock = (...args: unknown[]) => {
      linted++;
      return lintBlock(...args);
    };
    lintDraft(linter, a, { ...ctx, doc: 'a' });
    lintDraft(linter, b, { ...ctx, doc: 'b' });
    linted = 0;
    const a2 = a.replace('30. As', '30. So, as');
    const b2 = b.replace('31. As', '31. Well, as');
    assert.deepEqual(lintDraft(linter, a2, { ...ctx, doc: 'a' }), lintDraft(new Linter(), a2, ctx));
    assert.deepEqual(lintDraft(linter, b2, { ...ctx, doc: 'b' }), lintDraft(new Linter(), b2, ctx));
    assert.equal(linted, 2);
    linter.forget('a');
    linted = 0;
    lintDraft(linter, a2, { ...ctx, doc: 'a' });
    assert.equal(linted, 60);
  });
});
