import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkSeries, crossesSystemChange } from '../../src/lib/statistik/checks.ts';
import type { KallaYears, Serie } from '../../src/lib/statistik/types.ts';

const kallor = new Map<string, KallaYears>([
  ['rapport-a', { fran: 2020, till: 2022 }],
  ['rapport-b', { fran: 2023, till: 2025 }],
]);
const load = (name: string) => parse(readFileSync(new URL(`fixtures/statistik/${name}.yaml`, import.meta.url), 'utf8')) as Serie;

test('a consistent series passes', () => {
  assert.deepEqual(checkSeries(load('ok'), kallor), []);
});

test('parts that do not add up to the total fail, naming the year and both sums', () => {
  const [error, ...rest] = checkSeries(load('fel-summa'), kallor);
  assert.equal(rest.length, 0);
  assert.match(error, /delarna för 2021 summerar till 101, men totalen är 100/);
});

test('a documented exception lets the source figures stand', () => {
  assert.deepEqual(checkSeries(load('undantag-summa'), kallor), []);
});

test('an exception that is no longer needed fails', () => {
  assert.match(checkSeries(load('onodigt-undantag'), kallor).join('\n'), /undantaget \(kontroll: summa, ar: 2021\) behövs inte/);
});

test('a stated share that does not match the count fails', () => {
  assert.match(checkSeries(load('fel-andel'), kallor).join('\n'), /andelen för 2021, a anges som 43 %, men 32 av totalen ger 23 %/);
});

test('a year the cited source does not cover fails', () => {
  assert.match(checkSeries(load('fel-ar'), kallor).join('\n'), /"rapport-a", som bara omfattar åren 2020–2022/);
});

test('an unknown source id fails', () => {
  assert.match(checkSeries(load('fel-kalla'), kallor).join('\n'), /källan "rapport-x", som inte finns i content\/kallor/);
});

test('the SUS / Uppföljning Finsam caveat applies only across January 2023', () => {
  assert.equal(crossesSystemChange(load('ok')), true);
  assert.equal(crossesSystemChange({ ...load('ok'), uppfoljningssystem: false }), false);
  const before = load('ok');
  before.varden = before.varden.filter((v) => v.ar < 2023);
  assert.equal(crossesSystemChange(before), false);
});

test('a part the source gives only as a share passes without a count, and no count is worked out of it', () => {
  const serie = load('andel-utan-antal');
  assert.deepEqual(checkSeries(serie, kallor), []);
  assert.equal(serie.varden.find((v) => v.ar === 2021 && v.kategori === 'a')!.varde, undefined);
});

test('shares given without counts must make up the whole total', () => {
  assert.match(
    checkSeries(load('fel-andelssumma'), kallor).join('\n'),
    /andelarna för 2021 summerar till 90 %, men delarna ska tillsammans vara hela totalen/,
  );
});

test('a value without varde needs a share, and a share without a count needs a category', () => {
  const errors = checkSeries(load('utan-varde'), kallor).join('\n');
  assert.match(errors, /värdet för 2022, a saknar varde\. Skriv siffran som rapporten anger i varde/);
  assert.match(errors, /värdet för 2021 har andel men inget varde och ingen kategori/);
});
