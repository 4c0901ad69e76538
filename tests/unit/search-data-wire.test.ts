import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromWire, frontCoded, frontDecoded, toWire } from '../../src/lib/search/data-wire.ts';
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

test('data.json sends a term anchor that is its term in ASCII, and a FAQ anchor that is its question slugged, as nothing', () => {
  const full: SearchData = {
    ...data,
    terms: [
      ['aktivitetsersattning', 'Aktivitetsersättning', '/malgrupper/unga-med-aktivitetsersattning/'],
      ['esf-plus', 'ESF+', '/esf/'],
      ['forbundschef', 'Förbundschef'],
    ],
    faqs: [
      ['vad-är-ett-samordningsförbund', 'Vad är ett samordningsförbund?'],
      ['vad-är-ett-samordningsförbund-1', 'Vad är ett samordningsförbund?'],
    ],
  };
  const wire = toWire(full);
  assert.deepEqual(wire.terms, [
    ['', 'Aktivitetsersättning', '/malgrupper/unga-med-aktivitetsersattning/'],
    ['esf-plus', 'ESF+', '/esf/'],
    ['', 'Förbundschef'],
  ]);
  assert.deepEqual(wire.faqs, [['Vad är ett samordningsförbund?'], ['Vad är ett samordningsförbund?', 'vad-är-ett-samordningsförbund-1']]);
  assert.deepEqual(fromWire(JSON.parse(JSON.stringify(wire))), full);
});

test('the vocabulary goes front-coded: each key as how many letters it shares with the one before (at most 9) and the rest', () => {
  assert.equal(frontCoded('styr styrelse styrelseledamot styrelseledamoter'), '0styr4else8ledamot9edamoter');
  const vocabulary = 'aa accessibility administration administrativt samordningsforbund samordningsforbundet x';
  assert.equal(frontDecoded(frontCoded(vocabulary)), vocabulary);
  assert.equal(frontDecoded(frontCoded('')), '');
  assert.throws(() => frontCoded('a1 b'), /siffra/);
  const wire = toWire({ ...data, vocabulary });
  assert.equal(fromWire(JSON.parse(JSON.stringify(wire))).vocabulary, vocabulary);
});
