// Runs every question in tests/search/queries.json through /sok/ and measures how often one of the
// pages that answer it is among the first three results. Fails below 90 %, printing every miss. The
// first question loads /sok/?q=…, the others are typed into the same page's search box (the same
// search code, without loading Pagefind again for each).
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { topResultsTyped } from './search-helpers';

const { fragor } = JSON.parse(readFileSync(new URL('../search/queries.json', import.meta.url), 'utf8')) as {
  fragor: { q: string; svar: string[]; slag: string }[];
};

test('at least 90 % of the question set finds an answering page in the top three', async ({ page }) => {
  test.setTimeout(180_000);
  const misses: string[] = [];
  let top1 = 0;
  let answered = 0;
  for (const { q, svar } of fragor) {
    const { results, answer } = await topResultsTyped(page, q);
    if (svar.includes(results[0])) top1 += 1;
    // The gate counts the result list only; a direct answer above it is reported beside it.
    if (!results.slice(0, 3).some((u) => svar.includes(u)))
      misses.push(
        `  "${q}" → ${results.slice(0, 3).join(', ') || '(inga träffar)'}; väntat ${svar.join(' eller ')}${answer ? ` (direktsvar: ${answer})` : ''}`,
      );
    if (answer && svar.includes(answer)) answered += 1;
  }
  const rate = (fragor.length - misses.length) / fragor.length;
  const pct = (n: number) => `${((n / fragor.length) * 100).toFixed(1)} %`;
  console.log(
    `Sökträffar: topp 3 ${(rate * 100).toFixed(1)} %, topp 1 ${pct(top1)} av ${fragor.length} frågor; rätt direktsvar ovanför listan: ${pct(answered)}.`,
  );
  if (misses.length) console.log(`Missar (${misses.length}):\n${misses.join('\n')}`);
  expect(rate, `missar:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
});
