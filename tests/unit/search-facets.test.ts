import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetCounts, narrows, orderedEntries, withAliases } from '../../src/lib/search/facets.ts';

const GROUPS = ['kapitel', 'roll'] as const;
const pages = [
  { kapitel: ['Roller'], roll: ['Styrelsen'] },
  { kapitel: ['Roller'], roll: ['Förbundschef och kansli'] },
  { kapitel: ['Läsvägar'], roll: ['Styrelsen'] },
  { kapitel: ['Ekonomi'], roll: [] },
];

test('without ticked boxes each value counts the results that have it', () => {
  assert.deepEqual(facetCounts(pages, {}, GROUPS), {
    kapitel: { Roller: 2, Läsvägar: 1, Ekonomi: 1 },
    roll: { Styrelsen: 2, 'Förbundschef och kansli': 1 },
  });
});

test("a ticked role leaves the role group's counts as they were: a second role adds its pages", () => {
  const counts = facetCounts(pages, { roll: ['Styrelsen'] }, GROUPS);
  assert.deepEqual(counts.roll, { Styrelsen: 2, 'Förbundschef och kansli': 1 });
  // The other group counts among the pages for the ticked role.
  assert.deepEqual(counts.kapitel, { Roller: 1, Läsvägar: 1 });
});

test('a ticked value no result has stays listed at 0, so that it can be unticked', () => {
  const counts = facetCounts(pages, { kapitel: ['Ekonomi'], roll: ['Styrelsen'] }, GROUPS);
  assert.deepEqual(counts.kapitel, { Ekonomi: 0, Roller: 1, Läsvägar: 1 });
  assert.deepEqual(counts.roll, { Styrelsen: 0 });
  assert.deepEqual(facetCounts(pages, { roll: ['Revisorerna'] }, GROUPS).roll, {
    Revisorerna: 0,
    Styrelsen: 2,
    'Förbundschef och kansli': 1,
  });
});

test("a value's former name in the address is read as its name now, once", () => {
  const aliases = { roll: { 'Nationella nätverket för samordningsförbund (NNS)': 'Nationella nätverket (NNS)' } };
  assert.deepEqual(
    withAliases({ roll: ['Nationella nätverket för samordningsförbund (NNS)', 'Styrelsen'], kapitel: ['Roller'] }, aliases),
    {
      roll: ['Nationella nätverket (NNS)', 'Styrelsen'],
      kapitel: ['Roller'],
    },
  );
  // The old and the new name together tick one box.
  assert.deepEqual(withAliases({ roll: ['Nationella nätverket (NNS)', 'Nationella nätverket för samordningsförbund (NNS)'] }, aliases), {
    roll: ['Nationella nätverket (NNS)'],
  });
  assert.deepEqual(withAliases({ roll: ['Styrelsen'] }, {}), { roll: ['Styrelsen'] });
});

test('a group is shown only when a box in it would narrow the results, or one is ticked', () => {
  const counts = facetCounts(pages, {}, GROUPS);
  // Every result is in one of three chapters: ticking any leaves some out.
  assert.equal(narrows(counts.kapitel, [], pages.length), true);
  // One kind of page for all four results: its box would change nothing.
  assert.equal(narrows({ Vägledning: 4 }, [], 4), false);
  assert.equal(narrows({ Vägledning: 4 }, undefined, 4), false);
  // Once ticked it stays, so that it can be unticked.
  assert.equal(narrows({ Vägledning: 4 }, ['Vägledning'], 4), true);
  assert.equal(narrows({}, [], 0), false);
});

test('chapter boxes follow the menu, not the counts, and a value the menu lacks comes after them by count', () => {
  const menu = ['Läsvägar', 'Roller', 'Ekonomi', 'Ordlista'];
  const counts = { Ordlista: 9, Ekonomi: 2, Okänd: 1, Roller: 5, Annan: 3 };
  assert.deepEqual(
    orderedEntries(counts, menu).map(([v]) => v),
    ['Roller', 'Ekonomi', 'Ordlista', 'Annan', 'Okänd'],
  );
  // The order does not change as the counts do.
  assert.deepEqual(
    orderedEntries({ Ordlista: 1, Roller: 9, Ekonomi: 4 }, menu).map(([v]) => v),
    ['Roller', 'Ekonomi', 'Ordlista'],
  );
});

test('without an order, boxes go by count and then by name', () => {
  assert.deepEqual(orderedEntries({ Kommunen: 2, Styrelsen: 5, Arbetsförmedlingen: 2 }), [
    ['Styrelsen', 5],
    ['Arbetsförmedlingen', 2],
    ['Kommunen', 2],
  ]);
});
