import { test } from 'node:test';
import assert from 'node:assert/strict';
import { derivations, sourceLines } from '../../src/lib/charts/sources.ts';
import type { Serie } from '../../src/lib/statistik/types.ts';

const names: Record<string, string> = { a: 'Rapport A', b: 'Rapport B' };
const name = (id: string) => names[id] ?? id;
const serie = (varden: Partial<Serie['varden'][number]>[], kategorier?: Serie['kategorier']) =>
  ({ titel: 'T', beskrivning: 'B', enhet: 'st', kategorier, varden }) as unknown as Serie;

test('a report is named once a year, however many of its places that year uses', () => {
  const s = serie([
    { ar: 2017, varde: 3, kalla: 'a', plats: 'avsnitt 3.1, s. 9' },
    { ar: 2017, kategori: 'x', varde: 1, kalla: 'a', plats: 'tabell 1, s. 11; procentandelen i avsnitt 3.1, s. 9' },
    { ar: 2017, kategori: 'y', varde: 2, kalla: 'a', plats: 'tabell 2, s. 12; procentandelen i avsnitt 3.1, s. 9' },
    { ar: 2021, varde: 4, kalla: 'b', plats: 'avsnitt 2' },
  ]);
  assert.deepEqual(sourceLines(s, name), {
    report: undefined,
    lines: [
      { ar: 2017, text: 'Rapport A, avsnitt 3.1, s. 9; tabell 1, s. 11; procentandelen i avsnitt 3.1, s. 9; tabell 2, s. 12' },
      { ar: 2021, text: 'Rapport B, avsnitt 2' },
    ],
  });
});

test('where one report holds every year, it is named once above the lines', () => {
  const s = serie([
    { ar: 2021, varde: 4, kalla: 'a', plats: 'avsnitt 2' },
    { ar: 2020, varde: 5, kalla: 'a', plats: 'avsnitt 1' },
  ]);
  assert.deepEqual(sourceLines(s, name), {
    report: 'Rapport A',
    lines: [
      { ar: 2020, text: 'avsnitt 1' },
      { ar: 2021, text: 'avsnitt 2' },
    ],
  });
});

test('two reports in one year are both named', () => {
  const s = serie([
    { ar: 2024, varde: 4, kalla: 'a', plats: 'avsnitt 2' },
    { ar: 2024, kategori: 'x', varde: 1, kalla: 'b', plats: 's. 3' },
  ]);
  assert.equal(sourceLines(s, name).lines[0].text, 'Rapport A, avsnitt 2. Rapport B, s. 3');
});

test('each derived value says how it was worked out, by year and category, without a repeated "Beräknat"', () => {
  const s = serie(
    [
      { ar: 2025, kategori: 'x', varde: 89, kalla: 'a', plats: 's. 1' },
      { ar: 2024, kategori: 'x', varde: 79, kalla: 'a', plats: 's. 1', harledd: 'Beräknat: 89 minus 10.' },
      { ar: 2024, varde: 240, kalla: 'a', plats: 's. 1', harledd: 'Beräknat: 262 minus 22.' },
    ],
    [{ id: 'x', namn: 'Sjukskrivna' }],
  );
  assert.deepEqual(
    derivations(s, (k) => (k === 'x' ? 'Sjukskrivna' : 'Totalt')),
    ['2024, Sjukskrivna: 89 minus 10.', '2024, Totalt: 262 minus 22.'],
  );
  assert.deepEqual(
    derivations(serie([{ ar: 2016, varde: 82, kalla: 'a', plats: 's. 5', harledd: 'Lika många som 2017.' }]), () => ''),
    ['2016: Lika många som 2017.'],
  );
});

test('years in a row with the same places share one line; a gap in the years starts a new one', () => {
  const s = serie([2016, 2017, 2018, 2020, 2021].map((ar) => ({ ar, varde: 1, kalla: 'a', plats: ar === 2021 ? 'tabell 2' : 'tabell 1' })));
  assert.deepEqual(sourceLines(s, name).lines, [
    { ar: 2016, till: 2018, text: 'tabell 1' },
    { ar: 2020, text: 'tabell 1' },
    { ar: 2021, text: 'tabell 2' },
  ]);
});
