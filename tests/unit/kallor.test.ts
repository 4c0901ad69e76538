import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortLabel } from '../../src/lib/kallor.ts';

const published = (year: number) => `utgiven ${year}`;

test('a short name whose year differs from the publication year is shown with that year', () => {
  assert.equal(shortLabel({ kortnamn: 'Återrapport 2025', ar: 2026 }, published), 'Återrapport 2025, utgiven 2026');
  assert.equal(shortLabel({ kortnamn: 'Uppföljning 2017', datum: new Date('2018-02-27') }, published), 'Uppföljning 2017, utgiven 2018');
});

test('a short name that already ends in the publication year is not repeated', () => {
  assert.equal(shortLabel({ kortnamn: 'Lagöversyn 2024', datum: new Date('2024-12-02') }, published), 'Lagöversyn 2024');
});
