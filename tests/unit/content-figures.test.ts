// Calculated figures marked, one word and one number format, the same value printed one way, and no
// proposal's wording cited to today's paragraph (issue 15). The check over the real content runs in
// the build (src/integrations/content-guards.mjs), where an editor sees it with file and line; here it
// runs on the minimal fixture site, unchanged and with a mistake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  contentFigureProblems,
  derivedIn,
  sharesThatDisagree,
  unnotedContradictions,
  type SeriesFigures,
} from '../../src/lib/content-figures.ts';

test('the figure checks pass the unchanged fixture and name file and line of a figure written another way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-figures-'));
  try {
    cpSync(join(import.meta.dirname, '../fixtures/minimal'), dir, { recursive: true });
    assert.deepEqual(contentFigureProblems(dir), []);
    appendFileSync(join(dir, 'content/docs/index.mdx'), '\nDet var 22857 deltagare.\n');
    const problems = contentFigureProblems(dir);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^content\/docs\/index\.mdx:13: "22857" är skrivet på ett annat sätt än webbplatsens siffror\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a total whose parts do not add up needs a note in every other series that repeats it', () => {
  const v = (varde: number, kategori?: string) => ({ ar: 2017, varde, kategori, kalla: 'r', plats: 's. 1' });
  const split: SeriesFigures = {
    enhet: 'deltagare',
    anmarkningar: [],
    kategorier: [
      { id: 'a', namn: 'A' },
      { id: 'b', namn: 'B' },
    ],
    varden: [v(100), v(60, 'a'), v(41, 'b')],
    undantag: [{ kontroll: 'summa', ar: 2017, forklaring: 'Totalen 100 går inte ihop med delarna.' }],
  };
  const total = (anmarkningar: string[]): SeriesFigures => ({ enhet: 'deltagare', varden: [v(100)], undantag: [], anmarkningar });
  const [problem, ...rest] = unnotedContradictions(
    new Map([
      ['delad', split],
      ['total', total([])],
    ]),
  );
  assert.equal(rest.length, 0);
  assert.match(problem, /total\.yaml: värdet 100 för 2017 går inte ihop i källan \(se undantaget i delad\.yaml\)/);
  assert.deepEqual(
    unnotedContradictions(
      new Map([
        ['delad', split],
        ['total', total(['Totalen 100 går inte ihop med delarna 101.'])],
      ]),
    ),
    [],
  );
  // Another unit is another measure, even with the same number.
  assert.deepEqual(
    unnotedContradictions(
      new Map([
        ['delad', split],
        ['total', { ...total([]), enhet: 'procent' }],
      ]),
    ),
    [],
  );
});

test('a value the series derives, or a share the report does not state, counts as calculated', () => {
  const serie: SeriesFigures = {
    enhet: 'deltagare',
    undantag: [],
    anmarkningar: [],
    varden: [
      { ar: 2024, varde: 10, kalla: 'r', plats: 's', harledd: 'Beräknat: …' },
      { ar: 2025, varde: 20, kalla: 'r', plats: 's' },
      { ar: 2025, varde: 12, kategori: 'k', kalla: 'r', plats: 's' },
      { ar: 2024, varde: 6, kategori: 'k', andel: 60, kalla: 'r', plats: 's' },
    ],
  };
  const isDerived = derivedIn(new Map([['s', serie]]));
  const use = (year: number, kategori?: string, visa: 'antal' | 'andel' = 'antal') => ({
    id: 's',
    year,
    kategori,
    visa,
    line: 1,
    marked: false,
    unit: '',
  });
  assert.equal(isDerived(use(2024)), true);
  assert.equal(isDerived(use(2025)), false);
  assert.equal(isDerived(use(2025, 'k', 'andel')), true, 'share worked out from 12 of 20');
  assert.equal(isDerived(use(2024, 'k', 'andel')), false, 'share stated as 60');
});

test('a share stated in two series must be the same figure', () => {
  const part = (andel: number): SeriesFigures => ({
    enhet: 'insatser',
    anmarkningar: [],
    undantag: [],
    relaterade: ['andel'],
    varden: [
      { ar: 2021, varde: 1023, kalla: 'r' },
      { ar: 2021, kategori: 'a', andel, kalla: 'r' },
    ],
  });
  const percent: SeriesFigures = {
    enhet: 'procent',
    anmarkningar: [],
    undantag: [],
    relaterade: [],
    varden: [{ ar: 2021, kategori: 'a', varde: 54, kalla: 'r' }],
  };
  assert.deepEqual(
    sharesThatDisagree(
      new Map([
        ['antal', part(54)],
        ['andel', percent],
      ]),
    ),
    [],
  );
  // A series in percent that is not related measures something else (shares of costs): no comparison.
  assert.deepEqual(
    sharesThatDisagree(
      new Map([
        ['antal', { ...part(53), relaterade: [] }],
        ['andel', percent],
      ]),
    ),
    [],
  );
  const [problem, ...rest] = sharesThatDisagree(
    new Map([
      ['antal', part(53)],
      ['andel', percent],
    ]),
  );
  assert.equal(rest.length, 0);
  assert.match(problem, /andel\.yaml: andelen för 2021, a är 54 procent, men antal\.yaml anger 53 procent \(andel\) ur samma rapport/);
});
