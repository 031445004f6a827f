import * as assert from 'node:assert/strict';
import { fdOutput, type OutputStream } from '../../src/cli/node-io';
import { encodePack, lazyPack, packFileName } from '../../src/core/lint/build-files';
import { COMPILED_LANGS, type MatcherSource } from '../../src/core/lint/compiled';
import { Linter } from '../../src/core/lint/linter';
import { PACKS } from '../../src/core/lint/packs';
import { readMatcherData, withSource } from './helpers/matcher-data';

describe('phrase packs the bundles read from the build (lazy packs)', () => {
  for (const pack of PACKS)
    it(`the ${pack.lang} pack written by the build is the pack itself, plain data that JSON keeps whole`, () => {
      const built = readMatcherData(packFileName(pack.lang));
      assert.ok(built, `no ${packFileName(pack.lang)}: run npm run compile-tests`);
      assert.equal(new TextDecoder().decode(built), encodePack(pack), `${packFileName(pack.lang)} is stale: run npm run compile-tests`);
      assert.deepStrictEqual(JSON.parse(encodePack(pack)), pack);
    });

  it('reads a pack only when a field other than its language is first read, and once', () => {
    const reads: string[] = [];
    const source: MatcherSource = (name) => {
      reads.push(name);
      return readMatcherData(name);
    };
    withSource(source, () => {
      const packs = COMPILED_LANGS.map(lazyPack);
      assert.deepEqual(
        packs.map((p) => p.lang),
        COMPILED_LANGS,
      );
      assert.deepEqual(reads, []);
      const es = packs[COMPILED_LANGS.indexOf('es')];
      const real = PACKS.find((p) => p.lang === 'es');
      assert.deepEqual(es.rewrites, real?.rewrites);
      assert.deepEqual(es.phrases, real?.phrases);
      assert.deepEqual({ ...es }, { ...real });
      assert.ok('allow' in es);
      assert.deepEqual(reads, [packFileName('es')]);
    });
  });

  it('says which file is missing when a pack is read without the build', () => {
    withSource(undefined, () => {
      assert.throws(() => lazyPack('it').rewrites, /pack-it\.json/);
    });
  });

  it('lints the same from the files of the build, reading only those of the language a draft needs', () => {
    const text = 'Como ya te dije, te mando la factura lo antes posible.';
    const expected = new Linter().lint(text, { lang: 'es' }).findings;
    assert.ok(expected.length >= 2 && expected.some((f) => f.suggestions.length > 0));
    const reads = new Set<string>();
    const lazy = withSource(
      (name) => {
        reads.add(name);
        return readMatcherData(name);
      },
      () => new Linter().lint(text, { lang: 'es' }).findings,
    );
    assert.deepEqual(lazy, expected);
    assert.ok(![...reads].some((name) => /-(en|it)\./.test(name)), `read ${[...reads].join(', ')}`);
  });
});

describe('standard output written without a stream (fdOutput)', () => {
  /** A stream that records what it is given. */
  const recorder = () => {
    const chunks: string[] = [];
    const stream: OutputStream = {
      write: (chunk) => chunks.push(Buffer.from(chunk).toString('utf8')),
      on: () => undefined,
    };
    return { chunks, stream };
  };
  const errno = (code: string) => Object.assign(new Error(code), { code });

  it('writes the whole text with synchronous writes, however short each write is', () => {
    const written: string[] = [];
    const out = fdOutput(1, (_fd, bytes, offset, length) => {
      const n = Math.min(length, 3);
      written.push(Buffer.from(bytes.subarray(offset, offset + n)).toString('latin1'));
      return n;
    });
    out('héllo wörld\n');
    assert.equal(Buffer.from(written.join(''), 'latin1').toString('utf8'), 'héllo wörld\n');
  });

  it('hands the rest, and everything after it, to the stream when the descriptor would block', () => {
    const { chunks, stream } = recorder();
    let calls = 0;
    const out = fdOutput(
      1,
      (_fd, _bytes, _offset, length) => {
        if (++calls > 1) throw errno('EAGAIN');
        return Math.min(length, 4);
      },
      () => stream,
    );
    out('first line\n');
    out('second line\n');
    assert.deepEqual(chunks, ['t line\n', 'second line\n']);
    assert.equal(calls, 2);
  });

  for (const code of ['EPIPE', 'ECONNRESET'])
    it(`stops quietly when the reader has gone away (${code})`, () => {
      let calls = 0;
      const out = fdOutput(1, () => {
        calls++;
        throw errno(code);
      });
      out('one\n');
      out('two\n');
      assert.equal(calls, 1);
    });

  it('throws any other write error', () => {
    const out = fdOutput(1, () => {
      throw errno('EIO');
    });
    assert.throws(() => out('x'), /EIO/);
  });
});
