import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartRows, tableColumns } from '../../src/lib/charts/rows.ts';
import { renderBarChart } from '../../src/lib/charts/plot.ts';
import type { Serie } from '../../src/lib/statistik/types.ts';

const split: Serie = {
  titel: 'Insatser',
  beskrivning: 'Test',
  enhet: 'insatser',
  kategorier: [{ id: 'a', namn: 'Grupp A' }, { id: 'b', namn: 'Grupp B' }],
  varden: [
    { ar: 2025, varde: 30, kalla: 'r', plats: 's. 1' },
    { ar: 2025, kategori: 'b', varde: 20, kalla: 'r', plats: 's. 1' },
    { ar: 2025, kategori: 'a', varde: 10, kalla: 'r', plats: 's. 1', harledd: 'x' },
  ],
};
const text = { labelledBy: 't', describedBy: 'd', valueLabel: 'Antal', derivedSuffix: ' (beräknad)' };

test('a split series draws its parts in category order, the total only in the table', () => {
  assert.deepEqual(chartRows(split).map((r) => [r.kategori, r.varde, r.harledd]), [['Grupp A', 10, true], ['Grupp B', 20, false]]);
  assert.deepEqual(tableColumns(split, 'Totalt').map((c) => c.namn), ['Grupp A', 'Grupp B', 'Totalt']);
});

test('a year with only a total is drawn as its total', () => {
  const mixed: Serie = { ...split, varden: [...split.varden, { ar: 2021, varde: 25, kalla: 'r', plats: 's. 1' }] };
  assert.deepEqual(chartRows(mixed, 'Totalt').map((r) => [r.ar, r.kategori, r.varde]), [
    [2021, 'Totalt', 25],
    [2025, 'Grupp A', 10],
    [2025, 'Grupp B', 20],
  ]);
});

test('the SVG is one labelled image without inline styles or inner aria-labels', () => {
  const svg = renderBarChart(chartRows(split), text, ['Grupp A', 'Grupp B']);
  assert.match(svg, /^<svg[^>]* role="img"/);
  assert.match(svg, /aria-labelledby="t"/);
  assert.match(svg, /aria-describedby="d"/);
  assert.doesNotMatch(svg, /<style/);
  assert.doesNotMatch(svg, /<g[^>]*aria-label=/);
  assert.match(svg, />10 \(beräknad\)</);
  assert.match(svg, />20</);
});
