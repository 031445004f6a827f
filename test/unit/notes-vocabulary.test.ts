import * as assert from 'node:assert/strict';
import { scoreHeading, scoreStems } from '../../src/core/notes/vocabulary';

describe('note vocabulary: scoring labels against stems', () => {
  const stems = [
    ['who', 2],
    ['action', 2],
    ['next step', 3],
    ['note', -1],
  ] as const;

  it('matches a short stem only as a whole word and a longer one as the start of a word', () => {
    assert.deepEqual(scoreStems(['who'], stems), { score: 2, first: 0 });
    assert.deepEqual(scoreStems(['whom'], stems), { score: 0, first: Infinity });
    assert.deepEqual(scoreStems(['the', 'actions'], stems), { score: 2, first: 1 });
  });

  it('matches a stem of several words only on consecutive words, and counts each stem once', () => {
    assert.deepEqual(scoreStems(['next', 'steps', 'and', 'next', 'step'], stems), { score: 3, first: 0 });
    assert.deepEqual(scoreStems(['next', 'meeting', 'step'], stems), { score: 0, first: Infinity });
    assert.deepEqual(scoreStems(['action', 'action', 'items'], stems), { score: 2, first: 0 });
  });

  it('adds negative weights without letting them mark where the label starts', () => {
    assert.deepEqual(scoreStems(['notes', 'and', 'actions'], stems), { score: 1, first: 2 });
  });

  it('gives the same answer for a heading asked twice, in any of the three languages', () => {
    for (const h of ['Action items', 'Próximos pasos', 'Prossime azioni']) {
      const first = scoreHeading(h);
      assert.equal(first.kind, 'actions', h);
      assert.deepEqual(scoreHeading(h), first);
    }
    assert.equal(scoreHeading('Decisions').kind, 'decisions');
  });
});
