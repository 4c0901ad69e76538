import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copiedRuns, runIndex, words } from '../../src/lib/copied-text.ts';

const report =
  'Samordningsförbundet ska besluta om mål och riktlinjer för den finansiella samordningen och stödja samverkan mellan parterna i förbundet.';
const index = runIndex([report]);

test('words joins hyphenated line breaks and lowercases', () => {
  assert.deepEqual(words('Samordnings-\nförbund ÄR'), ['samordningsförbund', 'är']);
});

test('a run of ten words from a report is found, once, with its line', () => {
  const lines = [
    'Egen text.',
    'Styrelsen ska besluta om mål och riktlinjer för den finansiella samordningen och stödja samverkan, skriver vi.',
  ];
  const runs = copiedRuns(lines, index);
  assert.equal(runs.length, 1);
  assert.equal(runs[0].line, 2);
  assert.match(runs[0].text, /^ska besluta om mål och riktlinjer för den finansiella samordningen och stödja samverkan$/);
});

test('own words and marked quotations pass', () => {
  assert.deepEqual(copiedRuns(['Förbundet bestämmer vilka mål samordningen ska ha och hjälper parterna att samarbeta.'], index), []);
  assert.deepEqual(
    copiedRuns(
      ['Lagen säger att förbundet ska „besluta om mål och riktlinjer för den finansiella samordningen och stödja samverkan”.'],
      index,
    ),
    [],
  );
});
