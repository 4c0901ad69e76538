// /sok/'s status line from its sentences in content/i18n/sv.json: it names the ticked filters (review
// 20: after ticking a box it read as if the results were all there were), and the announced part stays
// short.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filterSentence, statusLine, type FilterTexts } from '../../src/lib/search/status-line.ts';
import { fill } from '../../src/lib/search/render.ts';

const sv: Record<string, string> = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/i18n/sv.json'), 'utf8'));
const FILTERS = ['kapitel', 'roll', 'typ'] as const;
const texts: FilterTexts = {
  sentence: sv['sok.filtered'],
  groups: { kapitel: sv['sok.filtered.kapitel'], roll: sv['sok.filtered.roll'], typ: sv['sok.filtered.typ'] },
};
const count = fill(sv['sok.countSome'], { shown: 5, count: 8, q: 'styrelsen' });

test('no ticked filter: no filter sentence', () => {
  assert.equal(filterSentence({}, FILTERS, texts), '');
  assert.equal(filterSentence({ roll: [] }, FILTERS, texts), '');
});

test('one ticked box is named with its group', () => {
  assert.equal(filterSentence({ roll: ['Styrelsen'] }, FILTERS, texts), 'Filtrerat på roll ”Styrelsen”.');
});

test('boxes in one group read as alternatives, groups as all applying, in the order the panel shows them', () => {
  assert.equal(
    filterSentence(
      { typ: ['Vägledning'], roll: ['Styrelsen', 'Kommunen', 'Regionen'], kapitel: ['Organisation och roller'] },
      FILTERS,
      texts,
    ),
    'Filtrerat på kapitel ”Organisation och roller”, roll ”Styrelsen”, ”Kommunen” eller ”Regionen” och typ av sida ”Vägledning”.',
  );
});

test('a filter the page does not name (the page filter "sida") is left out', () => {
  assert.equal(
    filterSentence({ sida: ['/ekonomi/'], kapitel: ['Insatser'] }, [...FILTERS, 'sida'], texts),
    'Filtrerat på kapitel ”Insatser”.',
  );
});

test('the status line: the count and the filters are announced, each a sentence; the rest follows outside the live region', () => {
  const filters = filterSentence({ roll: ['Styrelsen'] }, FILTERS, texts);
  assert.deepEqual(statusLine({ count, filters }), {
    live: 'Visar 5 av 8 träffar på ”styrelsen”. Filtrerat på roll ”Styrelsen”.',
    rest: '',
  });
  // A count without a full stop gets one before what follows, and none when it stands alone.
  const plain = fill(sv['sok.count_other'], { count: 4, q: 'budget' });
  assert.deepEqual(statusLine({ count: plain }), { live: '4 träffar på ”budget”', rest: '' });
  assert.equal(statusLine({ count: plain, filters }).live, '4 träffar på ”budget”. Filtrerat på roll ”Styrelsen”.');
  assert.deepEqual(statusLine({ count: plain, filters, note: 'Ordet ”x” finns inte på någon sida.', more: sv['sok.showMore'] }), {
    live: '4 träffar på ”budget”. Filtrerat på roll ”Styrelsen”.',
    rest: 'Ordet ”x” finns inte på någon sida. Visa fler med knappen under listan.',
  });
});

test('a long list: the count says how many of all results are shown, the button is named outside the live region', () => {
  const line = statusLine({
    count: fill(sv['sok.countSome'], { shown: 5, count: 25, q: 'uppföljning finsam' }),
    filters: filterSentence({ roll: ['Försäkringskassan'] }, FILTERS, texts),
    more: sv['sok.showMore'],
  });
  assert.deepEqual(line, {
    live: 'Visar 5 av 25 träffar på ”uppföljning finsam”. Filtrerat på roll ”Försäkringskassan”.',
    rest: 'Visa fler med knappen under listan.',
  });
  // A polite announcement stays short: the count, the query and the filters in a few words.
  assert.ok(line.live.split(' ').length <= 12);
  // One number for the results: the sentence about a list kept to the best 15 is gone (u23).
  assert.equal(sv['sok.mayBeMore'], undefined);
});
