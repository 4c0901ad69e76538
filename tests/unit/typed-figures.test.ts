import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { typedFigures } from '../../src/lib/typed-figures.ts';
import { listFiles } from '../../src/lib/files.ts';
import type { Serie } from '../../src/lib/statistik/types.ts';

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

// Every figure on a guidance page that exists in a statistics series must come from the series.
const root = join(import.meta.dirname, '../..');
const series = readdirSync(join(root, 'content/statistik'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace('.yaml', ''), serie: parse(readFileSync(join(root, 'content/statistik', f), 'utf8')) as Serie }));
/** Values worth binding: counts large enough not to collide with ordinary small numbers in prose. */
const seriesValues = new Map<number, string>();
for (const { id, serie } of series) {
  if (serie.enhet === 'procent') continue;
  for (const v of serie.varden) if (v.varde >= 50 && !seriesValues.has(v.varde)) seriesValues.set(v.varde, `${id} ${v.ar}`);
}


test('no guidance page types a figure that a statistics series holds', () => {
  const problems: string[] = [];
  for (const file of listFiles(join(root, 'content/docs'), (n) => n.endsWith('.mdx'))) {
    for (const f of typedFigures(readFileSync(file, 'utf8'))) {
      const inSeries = seriesValues.get(f.value);
      if (inSeries) problems.push(`${relative(root, file)}:${f.line}: "${f.text}" finns i serien ${inSeries}; använd <Stat>.`);
    }
  }
  assert.deepEqual(problems, []);
});
