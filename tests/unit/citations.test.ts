import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationsIn, type CitationLookups } from '../../src/lib/citations.ts';

const lookups: CitationLookups = {
  stat: () => ({ id: 'rapport-a', plats: 'avsnitt 2.1' }),
  series: () => [],
  process: () => [],
  ordlista: () => [],
  insatskategorier: () => [],
};

test('a figure written utanNot gets no note of its own but still counts its source', () => {
  const cited = citationsIn('<Stat id="antal" year={2024} utanNot />', lookups);
  assert.deepEqual(cited.refs, []);
  assert.deepEqual(cited.sources, ['rapport-a']);
  assert.deepEqual(citationsIn('<Stat id="antal" year={2024} />', lookups).refs, [{ id: 'rapport-a', plats: 'avsnitt 2.1' }]);
});
