import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  COMPILED_LANGS,
  compileMatcherData,
  decodeInto,
  encodeTrie,
  loadPacksTrie,
  matcherFileName,
  readMatcherFile,
  writeMatcherFile,
  type CompiledMatcher,
  type MatcherSource,
} from '../../src/core/lint/compiled';
import { Linter } from '../../src/core/lint/linter';
import { compilePacks, PhraseTrie } from '../../src/core/lint/matcher';
import { PACKS } from '../../src/core/lint/packs';
import type { Lang } from '../../src/core/lang';
import { MATCHER_DIR, readMatcherData, withSource } from './helpers/matcher-data';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/lint');

/** The canonical encoding of a trie (node order and ids do not depend on how it was built). */
const encoded = (trie: PhraseTrie, lang: Lang = 'en') => Buffer.from(writeMatcherFile(encodeTrie(trie, lang)));

/** A source serving each language's matcher file from `data` (by language), and nothing else. */
const matchers =
  (data: (lang: Lang) => Uint8Array | undefined): MatcherSource =>
  (name) => {
    const lang = COMPILED_LANGS.find((l) => name === matcherFileName(l));
    return lang && data(lang);
  };

describe('phrase matcher compiled at build time', () => {
  for (const lang of ['en', 'es', 'it'] as const) {
    it(`the ${lang} data written by the build equals a fresh compile of the ${lang} pack (compiled-equals-fresh)`, () => {
      const built = readMatcherData(matcherFileName(lang));
      assert.ok(built, `no ${path.join(MATCHER_DIR, matcherFileName(lang))}: run npm run compile-tests`);
      assert.ok(Buffer.from(compileMatcherData(lang)).equals(built), `${matcherFileName(lang)} is stale: run npm run compile-tests`);
    });
  }

  it('compiles one file per language of the packs', () => {
    assert.deepEqual([...COMPILED_LANGS].sort(), PACKS.map((p) => p.lang).sort());
  });

  it('decodes into the graph it was encoded from (re-encoding changes nothing)', function () {
    this.timeout(60000); // each pack compiled, encoded and re-encoded: seconds on a loaded 2-core machine
    for (const lang of COMPILED_LANGS) {
      const data = compileMatcherData(lang);
      const trie = new PhraseTrie();
      decodeInto(trie, readMatcherFile(data) as CompiledMatcher);
      assert.deepEqual(encoded(trie, lang), Buffer.from(data));
      assert.equal(trie.size, compilePacks(PACKS.filter((p) => p.lang === lang)).size);
    }
  });

  it('merges the three languages into the graph a joint compile of the three packs gives', function () {
    this.timeout(60000); // three packs compiled and encoded twice: seconds on a loaded 2-core machine
    const merged = withSource(
      matchers((lang) => compileMatcherData(lang)),
      () => loadPacksTrie(['en', 'es', 'it']),
    );
    assert.deepEqual(encoded(merged), encoded(compilePacks(PACKS)));
  });

  it('finds on every lint fixture exactly what a linter compiling the packs itself finds, in each language and in all at once', function () {
    this.timeout(60000); // eight tries and every fixture line: seconds on a loaded 2-core machine
    const texts = fs.readdirSync(FIXTURES).map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
    for (const lang of ['en', 'es', 'it', 'all'] as const) {
      // One linter per source and language (each compiles or decodes its trie once).
      const lintAll = (linter: Linter) => texts.map((text) => linter.lint(text, { lang }).findings);
      // The phrase rules alone (the learned backstop reads its model from the build's files only).
      const fresh = withSource(undefined, () => lintAll(new Linter({ learnedBackstop: false })));
      const compiled = withSource(readMatcherData, () => lintAll(new Linter({ learnedBackstop: false })));
      let total = 0;
      compiled.forEach((findings, k) => {
        total += findings.length;
        assert.deepEqual(findings, fresh[k], `${lang}: findings differ`);
      });
      // A fixture in another language may hold nothing this language flags; together they must.
      assert.ok(total > 0, `the fixtures hold findings in ${lang}`);
    }
  });

  it('adds the user phrases to a copy: the shared compiled trie never gets them', () => {
    const text = 'I will ship the pixel tweaks before lunch. Talk soon!';
    const withUser = new Linter({ extraPhrases: [{ phrase: 'pixel tweaks', category: 'boundary_leak' }] }).lint(text, { lang: 'en' });
    assert.ok(withUser.findings.some((f) => f.rule === 'custom-phrase' && f.text === 'pixel tweaks'));
    const plain = new Linter().lint(text, { lang: 'en' });
    assert.ok(!plain.findings.some((f) => f.rule === 'custom-phrase'));
  });

  it('compiles the packs itself when the data is missing, stale or of another language', function () {
    this.timeout(60000); // two packs compiled into data and the English pack compiled five times: 7 s at load 18 on 2 cores
    const current = compileMatcherData('en');
    // Another format (the byte after the header's `{"format":`), a truncated file, another file altogether.
    const header = new TextDecoder().decode(current.subarray(8, 40));
    const at = 8 + header.indexOf('"format":') + '"format":'.length;
    const stale = Uint8Array.from(current);
    stale[at] += 1;
    const text = 'As I already said, I will send it soon.';
    const fresh = withSource(undefined, () => new Linter().lint(text, { lang: 'en' }).findings);
    assert.ok(fresh.length >= 2);
    for (const broken of [
      stale,
      current.subarray(0, current.length - 4),
      new TextEncoder().encode('{"format":3}'),
      compileMatcherData('es'),
    ])
      assert.deepEqual(
        withSource(
          matchers((lang) => (lang === 'en' ? broken : undefined)),
          () => new Linter().lint(text, { lang: 'en' }).findings,
        ),
        fresh,
      );
  });
});
