import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundValues, typedFigureProblems, typedFigures } from '../../src/lib/typed-figures.ts';

test('typed figures are found, while years, paragraphs, sections and components are not', () => {
  const mdx = [
    '---',
    'title: 82 saker',
    '---',
    "import Stat from '~/components/Stat.astro';",
    '## Enligt 7 § finns 69 förbund',
    'Vid slutet av 2017 fanns 82 förbund med 22 857 deltagare (avsnitt 3.2, lag 2003:1210, 2021–2027).',
    'Det fanns <Stat id="antal-forbund" year={2024} /> förbund enligt [rapporten](/a/#b-12/).',
    'Andelen var 69 procent, 12 % och 1 102 färre än året innan.',
  ].join('\n');
  assert.deepEqual(
    typedFigures(mdx).map((f) => [f.value, f.line]),
    [
      [82, 6],
      [22857, 6],
    ],
  );
});

// The check over the real pages runs in the build (src/lib/content-checks.ts), where editors see it.
test('only counts of 50 or more bind, and shares never do', () => {
  const values = boundValues([
    {
      id: 'antal-forbund',
      enhet: 'förbund',
      varden: [
        { ar: 2024, varde: 69 },
        { ar: 2017, varde: 12 },
      ],
    },
    { id: 'andel', enhet: 'procent', varden: [{ ar: 2024, varde: 70 }] },
    { id: 'insatser', enhet: 'insatser', varden: [{ ar: 2021, varde: 69, kategori: 'a' }] },
  ]);
  assert.deepEqual([...values.keys()], [69]);
  const problems = typedFigureProblems('Det finns 69 förbund och 70 procent och 12 kommuner.', values);
  assert.equal(problems.length, 1);
  assert.match(
    problems[0].message,
    /talet 69 .* serien antal-forbund \(2024\), och även i insatser \(2021\)\. Skriv <Stat id="antal-forbund" year=\{2024\} \/>/,
  );
});
