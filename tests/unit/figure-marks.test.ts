import { test } from 'node:test';
import assert from 'node:assert/strict';
import { derivedMarks, mixedForms, otherDerivedWords, statUses, unformattedNumbers, type StatUse } from '../../src/lib/figure-marks.ts';

// Tiny fixture: the 2020 value is calculated, the 2021 value stated.
const isDerived = (u: StatUse) => u.id === 'serie' && u.year === 2020;

test('a calculated figure without <Beraknad /> fails, naming the tag and the fix', () => {
  const [problem, ...rest] = derivedMarks('| 2020 | <Stat id="serie" year={2020} kategori="a" /> |', isDerived);
  assert.equal(rest.length, 0);
  assert.equal(problem.line, 1);
  assert.match(
    problem.message,
    /<Stat id="serie" year=\{2020\} kategori="a" \/> visar ett beräknat värde.*Skriv <Beraknad \/> direkt efter/,
  );
});

test('a marked calculated figure passes; a mark on a stated figure or on no figure fails', () => {
  assert.deepEqual(derivedMarks('<Stat id="serie" year={2020} /> <Beraknad /> insatser', isDerived), []);
  assert.match(
    derivedMarks('<Stat id="serie" year={2021} /> <Beraknad />', isDerived)[0].message,
    /värde som rapporten anger.*Ta bort märkningen/,
  );
  assert.match(derivedMarks('2024 <Beraknad />', isDerived)[0].message, /står inte direkt efter en <Stat>/);
});

test('other words for a calculated figure are found; beräknad is not', () => {
  assert.deepEqual(
    otherDerivedWords('Siffran är framräknad.\nSiffrorna är härledda.').map((p) => p.line),
    [1, 2],
  );
  assert.deepEqual(otherDerivedWords('Siffran är beräknad ur minskningen. Kostnaden beräknas.'), []);
});

test('the same series value printed with different units across pages is found', () => {
  const uses = (unit: string) => statUses(`Andelen var <Stat id="andel" year={2021} kategori="a" /> ${unit} av alla.`);
  assert.deepEqual(
    mixedForms(
      new Map([
        ['a.mdx', uses('procent')],
        ['b.mdx', uses('procent')],
      ]),
    ),
    [],
  );
  const [problem] = mixedForms(
    new Map([
      ['a.mdx', uses('procent')],
      ['b.mdx', uses('%')],
    ]),
  );
  assert.match(problem, /skrivs på olika sätt: procent \(a.mdx:1\), % \(b.mdx:1\)/);
  // A count and its share are two figures, not one figure in two forms.
  const both = statUses(
    '<Stat id="x" year={2025} kategori="a" /> insatser, det vill säga <Stat id="x" year={2025} kategori="a" visa="andel" />.',
  );
  assert.deepEqual(mixedForms(new Map([['a.mdx', both]])), []);
});

test('typed figures in another number format are found; years, sections, SFS and Swedish format are not', () => {
  assert.equal(unformattedNumbers('Det var 22857 deltagare.').length, 1);
  assert.equal(unformattedNumbers('Det var 22,857 eller 22.857 deltagare.').length, 2);
  assert.equal(unformattedNumbers('Det var 0.7 procent.').length, 1);
  assert.deepEqual(
    unformattedNumbers(
      'År 2021 deltog 22 857, 0,7 procent (avsnitt 3.1.2 och 4.2, lag 2003:1210, Dnr FK 2025/028680, 2024-10-06, WCAG 2.1).',
    ),
    [],
  );
});
