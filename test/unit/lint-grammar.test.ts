import * as assert from 'node:assert/strict';
import { PhraseTrie } from '../../src/core/lint/matcher';
import { countPattern, expandPattern, MAX_GAP, resolveClasses, type PatternClasses } from '../../src/core/lint/patterns';
import { tokenize } from '../../src/core/text/tokenize';
import type { Lang } from '../../src/core/lang';

/** The matched texts of a set of patterns over `text`. */
function matches(patterns: readonly string[], text: string, lang: Lang = 'en', classes?: PatternClasses): string[] {
  const trie = new PhraseTrie();
  for (const p of patterns) trie.addPattern(p, { rule: 'r', lang, weak: false, pattern: p }, classes);
  const tokens = tokenize(text);
  return trie.match(tokens, text).map((h) => text.slice(tokens.start[h.first], tokens.end[h.last]));
}

describe('pattern grammar: token classes', () => {
  const classes = { said: '(said|told you|mentioned)', num: '(two|three|twice|2|3)', cl: '(ti|Le|mi|)' };

  it('substitutes a class where it is named, also inside another class', () => {
    assert.equal(resolveClasses('as I @said', classes), 'as I (said|told you|mentioned)');
    assert.equal(resolveClasses('@x', { x: 'a @y', y: '(b|c)' }), 'a (b|c)');
    assert.deepEqual(expandPattern('as I @said', 'en', classes).sort(), ['as i mentioned', 'as i said', 'as i told you']);
  });

  it('rejects an unknown class and classes that name each other in a loop', () => {
    assert.throws(() => expandPattern('as I @nope', 'en', classes), /unknown class @nope/);
    assert.throws(() => expandPattern('@a', 'en', { a: '@b', b: '@a' }), /too deep/);
  });

  it('fills a clitic slot inside a word, in both registers ("scriverti", "scriverLe")', () => {
    const found = matches(['posso scriver@cl'], 'Domani posso scriverLe. Posso scriverti anche io. Posso scrivergli?', 'it', classes);
    assert.deepEqual(found, ['posso scriverLe', 'Posso scriverti']);
  });

  it('counts with number words and digits alike', () => {
    const found = matches(['I said it @num times'], 'I said it three times, no: I said it 3 times.', 'en', classes);
    assert.deepEqual(found, ['I said it three times', 'I said it 3 times']);
  });
});

describe('pattern grammar: bounded gaps', () => {
  it('lets up to N filler tokens sit in a gap, and no more', () => {
    const p = ['as I ~2 said'];
    assert.deepEqual(matches(p, 'As I said, no.'), ['As I said']);
    assert.deepEqual(matches(p, 'As I have already said, no.'), ['As I have already said']);
    assert.deepEqual(matches(p, 'As I have very clearly already said, no.'), []);
  });

  it('never lets a gap run across a sentence end', () => {
    assert.deepEqual(matches(['sorry ~3 bother'], 'I am sorry. Do not bother.'), []);
    assert.deepEqual(matches(['sorry ~3 bother'], 'Sorry to bother you.'), ['Sorry to bother']);
  });

  it('keeps the longest match when a gap and a literal path both fit', () => {
    assert.deepEqual(matches(['thanks for ~ reply', 'thanks for the'], 'Thanks for the quick reply!'), ['Thanks for the quick reply']);
  });

  it('rejects gaps at the edges, gaps too wide and gap-only patterns', () => {
    assert.throws(() => expandPattern('~ said'), /between two words/);
    assert.throws(() => expandPattern('said ~'), /between two words/);
    assert.throws(() => expandPattern(`a ~${MAX_GAP + 1} b`), /out of/);
    assert.deepEqual(expandPattern('as i ~3 said'), ['as i ~3 said']);
  });
});

describe('pattern grammar: accents and typos', () => {
  it('matches with or without accents', () => {
    assert.deepEqual(matches(['lo siento muchísimo'], 'Lo siento muchisimo.', 'es'), ['Lo siento muchisimo']);
    assert.deepEqual(matches(['perche no'], 'Ma perché no?', 'it'), ['perché no']);
  });

  it('tolerates one typo in a long word: a letter missing, extra, wrong or two swapped', () => {
    const p = ['as I (mentioned|explained)'];
    for (const typo of ['mentined', 'mentionned', 'mentiomed', 'mentoined', 'explianed']) {
      assert.equal(matches(p, `As I ${typo} before.`).length, 1, typo);
    }
  });

  it('does not correct short words, two typos, or an edit at either end of the word', () => {
    const p = ['as I (mentioned|said)'];
    assert.deepEqual(matches(p, 'As I sad before.'), []);
    assert.deepEqual(matches(p, 'As I mintoned it.'), []);
    assert.deepEqual(matches(['I will see you sometime'], 'I will see you sometimes.'), []);
    assert.deepEqual(matches(p, 'As I nentioned it.'), []);
  });
});

describe('pattern grammar: compiled without multiplying out', () => {
  it('compiles ten groups of ten words (10^10 phrasings) and still matches one of them', () => {
    const group = (g: number) => `(${Array.from({ length: 10 }, (_, k) => `w${g}x${k}`).join('|')})`;
    const pattern = Array.from({ length: 10 }, (_, g) => group(g)).join(' ');
    assert.equal(countPattern(pattern), 1e10);
    const text = Array.from({ length: 10 }, (_, g) => `w${g}x${(g * 3) % 10}`).join(' ');
    assert.deepEqual(matches([pattern], `Start ${text} end.`), [text]);
  });

  it('lets an optional group open or close a pattern', () => {
    // One hit per start token (the linter drops hits inside a longer one).
    assert.deepEqual(matches(['(really|) sorry (again|)'], 'Sorry. Really sorry again.'), ['Sorry', 'Really sorry again', 'sorry again']);
  });
});

describe('pattern grammar: Italian elision', () => {
  it('glues an elided word written before a group to each word of the group, as the text writes it ("l\'ho", "l\'avevo")', () => {
    const found = matches(["(l'|lo) (ho|avevo) gia detto"], "L'ho già detto. Lo avevo già detto. L'avevo già detto.", 'it');
    assert.deepEqual(found, ["L'ho già detto", 'Lo avevo già detto', "L'avevo già detto"]);
    assert.ok(expandPattern("(l'|lo) ho", 'it').includes('lho'));
  });

  it('leaves truncations and the other languages alone ("un po\' di"; Spanish has no elision)', () => {
    assert.deepEqual(matches(["un po' di tempo"], "Mi serve un po' di tempo.", 'it'), ["un po' di tempo"]);
    assert.deepEqual(expandPattern("(l'|lo) ho", 'es').sort(), ['l ho', 'lo ho']);
  });
});
