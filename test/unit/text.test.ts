import * as assert from 'node:assert/strict';
import { foldText } from '../../src/core/text/fold';
import { phraseKeys, tokenize } from '../../src/core/text/tokenize';
import { decodeText } from '../../src/core/text/decode';
import { LineIndex, lineAtOffset, lineOfOffset, lineStarts } from '../../src/core/text/lines';
import { parseJsoncObject } from '../../src/core/settings';
import { isOneSentence } from '../../src/core/text/sentences';
import { expandPattern, MAX_EXPANSIONS } from '../../src/core/lint/patterns';

describe('text folding and tokens', () => {
  it('folds case, accents and curly apostrophes without changing the length', () => {
    const s = 'Perché NO? Lo siento muchísimo — I’m «sure».';
    const f = foldText(s);
    assert.equal(f.length, s.length);
    assert.equal(f, 'perche no? lo siento muchisimo - i\'m "sure".');
  });

  it("keeps apostrophes inside words and drops them from the key (I’m, Im and I'm are one token)", () => {
    assert.deepEqual(phraseKeys('I’m sorry'), ['im', 'sorry']);
    assert.deepEqual(phraseKeys('Im sorry'), ['im', 'sorry']);
    assert.deepEqual(phraseKeys("Te l'avevo detto"), ['te', 'lavevo', 'detto']);
  });

  it('treats "perché" as one word (no ASCII \\b trap)', () => {
    const t = tokenize('ma perché no');
    assert.equal(t.count, 3);
    assert.equal('ma perché no'.slice(t.start[1], t.end[1]), 'perché');
  });

  it('gives equal hashes to the folded and unfolded forms of a word', () => {
    const a = tokenize('MUCHÍSIMO');
    const b = tokenize('muchisimo');
    assert.equal(a.hash[0], b.hash[0]);
  });

  it('tokenizes text with emoji and non-Latin scripts without losing positions', () => {
    const s = 'Ok 👍 привет, 東京 done';
    const t = tokenize(s);
    const words = Array.from({ length: t.count }, (_, k) => s.slice(t.start[k], t.end[k]));
    assert.deepEqual(words, ['Ok', 'привет', '東京', 'done']);
  });
});

describe('phrase patterns', () => {
  it('expands alternatives and optional groups', () => {
    assert.deepEqual(expandPattern('as I (already|) (said|told you)').sort(), [
      'as i already said',
      'as i already told you',
      'as i said',
      'as i told you',
    ]);
    assert.deepEqual(expandPattern('sorry [so] much').sort(), ['sorry much', 'sorry so much']);
  });

  it('adds uncontracted English variants', () => {
    assert.ok(expandPattern("it's not my fault", 'en').includes('it is not my fault'));
    assert.ok(expandPattern("I won't charge you", 'en').includes('i will not charge you'));
  });

  it('adds contracted English variants of long forms, as people type them', () => {
    assert.ok(expandPattern('I would have told you', 'en').includes('id have told you'));
    assert.ok(expandPattern('you have not sent it', 'en').includes('you havent sent it'));
    assert.ok(expandPattern('you have not sent it', 'en').includes('youve not sent it'));
    assert.ok(expandPattern('it is not my fault', 'en').includes('its not my fault'));
    assert.ok(expandPattern('it is not my fault', 'en').includes('it isnt my fault'));
    assert.ok(expandPattern('we did not agree', 'en').includes('we didnt agree'));
    assert.deepEqual(expandPattern('I would', 'es'), ['i would']);
  });

  it('rejects broken patterns and patterns that explode', () => {
    assert.throws(() => expandPattern('(a|b'), /unclosed/);
    assert.throws(() => expandPattern('a)'), /unexpected/);
    const huge = Array.from({ length: 8 }, () => '(a|b|c|d)').join(' ');
    assert.throws(() => expandPattern(huge), new RegExp(String(MAX_EXPANSIONS)));
  });
});

describe('decoding file bytes', () => {
  it('strips a UTF-8 byte-order mark', () => {
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text, 'hi');
  });
  it('reads UTF-16 big-endian with a BOM', () => {
    const d = decodeText(new Uint8Array([0xfe, 0xff, 0, 0x68, 0, 0x69]));
    assert.equal(d.text, 'hi');
    assert.equal(d.encoding, 'utf-16be');
  });
  it('falls back to Windows-1252 for invalid UTF-8', () => {
    const d = decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    assert.equal(d.text, 'café');
    assert.equal(d.encoding, 'windows-1252');
  });
  it('recognises binary content', () => {
    assert.equal(decodeText(new Uint8Array([1, 2, 0, 4])).binary, true);
  });
  it('decodes each file on its own: UTF-8 after a Windows-1252 file and after a binary one', () => {
    const cases: Array<[number[], string, string]> = [
      [[0x63, 0x61, 0x66, 0xe9], 'café', 'windows-1252'],
      [[0x63, 0x61, 0x66, 0xc3, 0xa9], 'café', 'utf-8'],
      [[0xe9, 0x74, 0xe9], 'été', 'windows-1252'],
      [[0xc3, 0xa9, 0x74, 0xc3, 0xa9], 'été', 'utf-8'],
    ];
    for (const [bytes, text, encoding] of cases) {
      const d = decodeText(new Uint8Array(bytes));
      assert.deepEqual([d.text, d.encoding], [text, encoding]);
    }
  });
});

describe('offsets to lines (one helper for the linter, the note reader, settings and the CLI)', () => {
  const text = 'one\ntwo\r\nthree\rfour';
  const expected: Array<[number, number, number]> = [
    // [offset, line, character]
    [0, 0, 0],
    [3, 0, 3],
    [4, 1, 0],
    [7, 1, 3], // the CR of a CRLF belongs to its line
    [8, 1, 4], // and so does its LF
    [9, 2, 0],
    [14, 2, 5], // a lone CR ends a line, as in the editor
    [15, 3, 0],
    [19, 3, 4],
  ];
  for (const [offset, line, character] of expected) {
    it(`puts offset ${offset} of a text with LF, CRLF and lone CR ends on line ${line}, character ${character}`, () => {
      assert.deepEqual(new LineIndex(text).position(offset), { line, character });
      assert.equal(lineAtOffset(lineStarts(text), offset), line);
      assert.equal(lineOfOffset(text, offset), line);
    });
  }

  it('names the line of a JSON error in a settings file with CRLF line ends', () => {
    const r = parseJsoncObject('{\r\n  "a": 1,\r\n  "b": ]\r\n}');
    assert.ok('error' in r && /on line 3\)/.test(r.error), JSON.stringify(r));
  });
});

describe('sentences: one-sentence texts skip Intl.Segmenter', () => {
  const segments = (t: string) => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(t)].length;

  it('reads a text with no terminal mark or line break before its end as one sentence, as Intl.Segmenter does', () => {
    for (const t of [
      'I will send it soon.',
      'Te mando la factura “lo antes posible”!! ',
      "Ti mando la fattura a breve, d'accordo?\n",
      '¿Me confirmas la fecha de pago – el lunes – antes del 12/11?',
      'PLEASE DO NOT edit the live homepage!!!',
      '',
    ]) {
      assert.ok(isOneSentence(t), t);
      assert.ok(segments(t) <= 1, t);
    }
  });

  it('asks Intl.Segmenter whenever a mark, a line break or another script could end a sentence inside', () => {
    for (const t of ['Done. Next', 'Why? Because', 'Wait… what', 'line one\nline two', 'Fatto。好', 'Really‼ Yes', 'Ok 😀 fine'])
      assert.ok(!isOneSentence(t), t);
  });
});
