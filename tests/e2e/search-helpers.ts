import type { Page } from '@playwright/test';
import { sitePath } from './helpers';

/** The results and the direct answer /sok/ shows right now, as site paths without #section. */
async function shownResults(page: Page): Promise<{ results: string[]; answer?: string }> {
  const hrefs = await page
    .locator('[data-search-results] > li > h3 > a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  // The answer is drawn before the status line changes, so it is there or absent by now; no timeout
  // (a short one made busy runs report a missing answer).
  // The box's own link on (render.ts: sok-svar-mer), not a link inside the answer's text.
  const answerLink = page.locator('[data-search-answer]:not([hidden]) .sok-svar-mer a');
  const answer = (await answerLink.count()) ? await answerLink.getAttribute('href') : null;
  return { results: hrefs.map((h) => sitePath(h.split('#')[0])), answer: answer ? sitePath(answer.split('#')[0]) : undefined };
}

/**
 * The page paths (without #section) of the results /sok/ lists for a query, in order, and the
 * page of the direct answer shown above them (a glossary term or FAQ answer), if any.
 */
export async function topResults(page: Page, q: string): Promise<{ results: string[]; answer?: string }> {
  await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status !== '' && !status.includes('Söker');
  });
  return shownResults(page);
}

/**
 * The same as topResults, for many queries: the first loads /sok/?q=…, the others are typed into
 * its search box, which runs the same search code (src/lib/search/page.ts) without loading the page
 * and Pagefind again. A search is done when /sok/ records its `sok-…` measure (as npm run bench
 * reads it) or shows its error line.
 */
export async function topResultsTyped(page: Page, q: string): Promise<{ results: string[]; answer?: string }> {
  if (sitePath(new URL(page.url()).pathname) !== '/sok/' || new URL(page.url()).searchParams.size > 1) return topResults(page, q);
  const before = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sok-')).length);
  await page.locator('#sok-q').fill(q);
  await page.waitForFunction((n) => {
    const done = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sok-')).length > n;
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return done || status === document.querySelector<HTMLElement>('[data-search-results]')?.dataset.textError;
  }, before);
  return shownResults(page);
}
