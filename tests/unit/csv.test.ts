import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, toCsv, type CsvText } from '../../src/lib/statistik/csv.ts';
import type { Serie } from '../../src/lib/statistik/types.ts';

const serie: Serie = {
  // The fields the schema fills in with defaults.
  summa: false,
  uppfoljningssystem: false,
  undantag: [],
  anmarkningar: [],
  relaterade: [],
  titel: 'Test',
  beskrivning: 'Test',
  enhet: 'insatser',
  kategorier: [{ id: 'a', namn: 'Unga; med "citat"' }],
  varden: [
    { ar: 2025, varde: 262, kalla: 'r', plats: 'avsnitt 2.1' },
    { ar: 2021, kategori: 'a', varde: 12.5, andel: 47, kalla: 'r', plats: 's. 3', harledd: 'Beräknat.' },
  ],
};

// Headers as the site's strings give them: here each column's name in capitals, one with a semicolon.
const text: CsvText = {
  headers: { ...Object.fromEntries(CSV_COLUMNS.map((c) => [c, c.toUpperCase()])), harledd: 'Beräknat; så här' } as CsvText['headers'],
  total: 'Totalt',
};

test('a BOM, a header and one line per value, sorted by year, with CRLF line ends', () => {
  const csv = toCsv('test', serie, text, (id) => `Rapport ${id}`);
  assert.ok(csv.startsWith('\ufeffSERIE;AR;KATEGORI;VARDE;ANDEL_PROCENT;ENHET;KALLA;PLATS;TIDPUNKT;"Beräknat; så här"\r\n'));
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(lines.length, 3);
  assert.equal(lines[1], 'test;2021;"Unga; med ""citat""";12,5;47;insatser;Rapport r;s. 3;;Beräknat.');
  assert.equal(lines[2], 'test;2025;Totalt;262;;insatser;Rapport r;avsnitt 2.1;;');
});
