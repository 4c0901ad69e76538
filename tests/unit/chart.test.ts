import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chartRows, chartTitle, partsBesideTotals, tableColumns } from '../../src/lib/charts/rows.ts';
import { seriesInSource } from '../../src/lib/charts/page-series.ts';
import { NAMES_A_SERIES } from '../../src/lib/statistik/notes.ts';
import { renderBarChart } from '../../src/lib/charts/plot.ts';
import type { Serie } from '../../src/lib/statistik/types.ts';

const statistikDir = join(import.meta.dirname, '../../content/statistik');
const allSeries: [string, Serie][] = readdirSync(statistikDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => [f, parse(readFileSync(join(statistikDir, f), 'utf8')) as Serie]);

const split: Serie = {
  // The fields the schema fills in with defaults.
  summa: false,
  uppfoljningssystem: false,
  undantag: [],
  anmarkningar: [],
  relaterade: [],
  titel: 'Insatser',
  beskrivning: 'Test',
  enhet: 'insatser',
  kategorier: [
    { id: 'a', namn: 'Grupp A' },
    { id: 'b', namn: 'Grupp B' },
  ],
  varden: [
    { ar: 2025, varde: 30, kalla: 'r', plats: 's. 1' },
    { ar: 2025, kategori: 'b', varde: 20, kalla: 'r', plats: 's. 1' },
    { ar: 2025, kategori: 'a', varde: 10, kalla: 'r', plats: 's. 1', harledd: 'x' },
  ],
};
const text = {
  labelledBy: 't',
  describedBy: 'd',
  derivedSuffix: ' (beräknad)',
  missingText: 'ingen uppgift',
  shareText: (andel: number) => `${andel} % av totalen`,
};

test('a split series draws its parts in category order, the total only in the table', () => {
  assert.deepEqual(
    chartRows(split).map((r) => [r.kategori, r.varde, r.harledd]),
    [
      ['Grupp A', 10, true],
      ['Grupp B', 20, false],
    ],
  );
  assert.deepEqual(
    tableColumns(split, 'Totalt').map((c) => c.namn),
    ['Grupp A', 'Grupp B', 'Totalt'],
  );
});

test('where some years give only a total, every total is drawn and the parts are named as parts', () => {
  const mixed: Serie = { ...split, varden: [...split.varden, { ar: 2021, varde: 25, kalla: 'r', plats: 's. 1' }] };
  const part = (n: string) => `varav ${n}`;
  assert.deepEqual(
    chartRows(mixed, 'Totalt', part).map((r) => [r.ar, r.kategori, r.varde, r.farg]),
    [
      [2021, 'Totalt', 25, 'totalt'],
      [2025, 'Totalt', 30, 'totalt'],
      [2025, 'varav Grupp A', 10, 0],
      [2025, 'varav Grupp B', 20, 1],
    ],
  );
  assert.deepEqual(partsBesideTotals(mixed), [2025]);
  assert.deepEqual(
    tableColumns(mixed, 'Totalt', part).map((c) => c.namn),
    ['Totalt', 'varav Grupp A', 'varav Grupp B'],
  );
  // Without the mix, nothing is marked and the total stays out of the chart.
  assert.deepEqual(partsBesideTotals(split), []);
  assert.deepEqual(
    chartRows(split, 'Totalt', part).map((r) => r.kategori),
    ['Grupp A', 'Grupp B'],
  );
});

test('no drawn series puts a part where another year shows a total, unless the parts are marked', () => {
  for (const [file, serie] of allSeries) {
    const rows = chartRows(serie, 'Totalt', (n) => `varav ${n}`);
    const totals = rows.filter((r) => r.farg === 'totalt').map((r) => r.ar);
    const parts = rows.filter((r) => typeof r.farg === 'number');
    if (totals.length === 0) continue;
    // A year drawn as a total: every year with a total is drawn as one, and its parts say so.
    const yearsWithTotal = new Set(serie.varden.filter((v) => v.kategori === undefined).map((v) => v.ar));
    assert.deepEqual(new Set(totals), yearsWithTotal, file);
    for (const p of parts) assert.match(p.kategori ?? '', /^varav /, `${file}: ${p.ar} ${p.kategori}`);
  }
});

test('insatser per typ draws the totals of all five years and the parts of 2017, 2021, 2023 and 2025, those of 2021 and 2023 as shares', () => {
  const serie = allSeries.find(([f]) => f === 'insatser-per-typ.yaml')![1];
  assert.deepEqual(
    chartRows(serie)
      .filter((r) => r.farg === 'totalt')
      .map((r) => r.ar),
    [2017, 2020, 2021, 2023, 2025],
  );
  assert.deepEqual(partsBesideTotals(serie), [2017, 2021, 2023, 2025]);
  // The reports give 2021 and 2023 only as shares: drawn as shares, never as counts worked out of them.
  const shares = chartRows(serie).filter((r) => r.andel !== undefined);
  assert.deepEqual(
    shares.map((r) => [r.ar, r.andel, r.varde]),
    [
      [2021, 54, 0],
      [2021, 46, 0],
      [2023, 52, 0],
      [2023, 48, 0],
    ],
  );
  const svg = renderBarChart(chartRows(serie), text);
  assert.match(svg, />54 % av totalen</);
  // Five totals and the four parts with counts (2017, 2025); the shares of 2021 and 2023 are words, not bars.
  assert.equal((svg.match(/<rect/g) ?? []).length, 5 + 4);
});

test('a chart title names its years once', () => {
  const base: Serie = {
    ...split,
    varden: [
      { ar: 2023, varde: 1, kalla: 'r', plats: 's' },
      { ar: 2025, varde: 2, kalla: 'r', plats: 's' },
    ],
  };
  assert.equal(chartTitle({ ...base, titel: 'Förbund' }), 'Förbund (2023–2025)');
  assert.equal(chartTitle({ ...base, titel: 'Förbund efter antal revisorer 2023' }), 'Förbund efter antal revisorer 2023');
  for (const [file, serie] of allSeries) {
    const title = chartTitle(serie);
    const named = title.match(/\b(19|20)\d{2}\b/g) ?? [];
    assert.equal(new Set(named).size, named.length, `${file}: "${title}" names a year twice`);
    assert.ok(named.length > 0, `${file}: "${title}" names no year`);
  }
});

test('notes name no other series; pointers to other series are ids that exist', () => {
  const ids = new Set(allSeries.map(([f]) => f.replace(/\.yaml$/, '')));
  for (const [file, serie] of allSeries) {
    for (const note of serie.anmarkningar ?? []) assert.doesNotMatch(note, NAMES_A_SERIES, file);
    for (const id of serie.relaterade ?? []) assert.ok(ids.has(id), `${file}: relaterade ${id}`);
  }
  assert.match('Se serien om andelar per typ.', NAMES_A_SERIES);
  assert.match('Antalet finns i en egen serie.', NAMES_A_SERIES);
  assert.doesNotMatch('Serien visar antal förbund, inte belopp.', NAMES_A_SERIES);
});

test('the series on a page are read from its Diagram elements', () => {
  assert.deepEqual([...seriesInSource('<Diagram id="a" />\n\ntext <Diagram level={2} id="b-c" />')], ['a', 'b-c']);
});

test('the SVG is one labelled image without inline styles or inner aria-labels', () => {
  const svg = renderBarChart(chartRows(split), text);
  assert.match(svg, /^<svg[^>]* role="img"/);
  assert.match(svg, /aria-labelledby="t"/);
  assert.match(svg, /aria-describedby="d"/);
  assert.doesNotMatch(svg, /<style/);
  assert.doesNotMatch(svg, /<g[^>]*aria-label=/);
  assert.match(svg, />10 \(beräknad\)</);
  assert.match(svg, />20</);
});

test('each category has its own colour class and its name beside its bar where categories recur over years', () => {
  const twoYears: Serie = { ...split, varden: [...split.varden, { ar: 2024, kategori: 'a', varde: 5, kalla: 'r', plats: 's. 1' }] };
  const svg = renderBarChart(chartRows(twoYears), text);
  assert.match(svg, /class="diagram-stapel-1"/);
  assert.match(svg, /class="diagram-stapel-2"/);
  assert.match(svg, />Grupp A</);
  assert.match(svg, />Grupp B</);
  // Coordinates are whole units; a length in em (the text baseline Plot sets) keeps its decimals.
  assert.doesNotMatch(svg.replace(/"[\d.]+em"/g, ''), /\d\.\d/);
  assert.match(svg, /y="0\.32em"/);
});

test('a split series of one year draws every bar in one colour: each category appears once, named at its bar', () => {
  const svg = renderBarChart(chartRows(split), text);
  assert.deepEqual([...new Set(svg.match(/class="diagram-stapel[^"]*"/g))], ['class="diagram-stapel"']);
  assert.match(svg, />Grupp A</);
  const revisorer = allSeries.find(([f]) => f === 'revision-2023-antal-revisorer.yaml')![1];
  assert.deepEqual(new Set(chartRows(revisorer).map((r) => r.farg)), new Set([undefined]));
});

test('a year is named on the chart as yearLabel says: bars of a series without parts, and year headings', () => {
  const yearLabel = (ar: number) => (ar >= 2023 ? `${ar} (nytt system)` : String(ar));
  const totals: Serie = {
    ...split,
    kategorier: [],
    varden: [
      { ar: 2021, varde: 40, kalla: 'r', plats: 's. 1' },
      { ar: 2023, varde: 30, kalla: 'r', plats: 's. 1' },
    ],
  };
  const plain = renderBarChart(chartRows(totals), { ...text, yearLabel });
  assert.match(plain, />2023 \(nytt system\)</);
  assert.match(plain, />2021</);
  assert.doesNotMatch(plain, /2021 \(nytt system\)/);
  const grouped: Serie = { ...split, varden: [...split.varden, { ar: 2021, kategori: 'a', varde: 5, kalla: 'r', plats: 's. 1' }] };
  const headings = renderBarChart(chartRows(grouped), { ...text, yearLabel });
  assert.match(headings, />2025 \(nytt system\)</);
  // Without yearLabel, a year is its number.
  assert.doesNotMatch(renderBarChart(chartRows(totals), text), /nytt system/);
});

test('a category a year gives no figure for is said in words in its place, not drawn as an empty bar', () => {
  const gap: Serie = {
    ...split,
    varden: [...split.varden, { ar: 2021, kategori: 'a', varde: 5, kalla: 'r', plats: 's. 1' }],
  };
  // 2021 gives Grupp A only: Grupp B gets a row that says it is missing.
  const rows = chartRows(gap).filter((r) => r.ar === 2021);
  assert.deepEqual(
    rows.map((r) => [r.kategori, r.saknas ?? false]),
    [
      ['Grupp A', false],
      ['Grupp B', true],
    ],
  );
  const svg = renderBarChart(chartRows(gap), text);
  assert.match(svg, /class="diagram-saknas"[\s\S]*>ingen uppgift</);
  // One bar per figure: the missing one has none.
  const barsDrawn = (svg.match(/<rect/g) ?? []).length;
  assert.equal(barsDrawn, chartRows(gap).filter((r) => !r.saknas).length);
  // A series whose every year gives every part has no such row.
  assert.ok(chartRows(split).every((r) => !r.saknas));
});

test('a bar named by a number of something else says what its value counts', () => {
  const byCount: Serie = {
    ...split,
    enhet: 'förbund',
    kategorier: [
      { id: 'r2', namn: '2 revisorer' },
      { id: 'r3', namn: 'Fler än 2 revisorer' },
    ],
    varden: [
      { ar: 2023, kategori: 'r2', varde: 29, kalla: 'r', plats: 's. 1' },
      { ar: 2023, kategori: 'r3', varde: 43, kalla: 'r', plats: 's. 1' },
    ],
  };
  const svg = renderBarChart(chartRows(byCount), { ...text, unit: 'förbund' });
  assert.match(svg, />29 förbund</);
  // A bar named in words needs no unit beside its value: the chart's title says it.
  assert.match(svg, />43</);
  assert.doesNotMatch(renderBarChart(chartRows(split), { ...text, unit: 'insatser' }), /insatser</);
});
