import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromWire, toWire } from '../../src/lib/search/data-wire.ts';
import type { SearchData } from '../../src/lib/search/data.ts';

const data: SearchData = {
  synonyms: [],
  concepts: [],
  intents: [],
  terms: [],
  faqs: [],
  vocabulary: '',
  pages: [
    {
      url: '/roller/styrelsen/',
      title: 'Styrelsen',
      sections: [
        ['Vad får styrelsen inte delegera?', 'vad-får-styrelsen-inte-delegera'],
        ['2 § – Syfte och målgrupp', '2---syfte-och-målgrupp'],
        ['Förslag', 'förslag'],
        ['Förslag', 'förslag-1'],
      ],
    },
    { url: '/ordlista/', title: 'Ordlista', entries: 'terms' },
  ],
};

test('data.json leaves out the anchors that are their heading slugged, and /sok/ puts them back', () => {
  const wire = toWire(data);
  assert.deepEqual(wire.pages[0].sections, [
    ['Vad får styrelsen inte delegera?'],
    ['2 § – Syfte och målgrupp'],
    ['Förslag'],
    ['Förslag', 'förslag-1'],
  ]);
  assert.deepEqual(fromWire(JSON.parse(JSON.stringify(wire))), data);
});
