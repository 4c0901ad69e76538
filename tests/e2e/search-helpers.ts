import type { Page } from '@playwright/test';
import { sitePath } from './helpers';

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
  const hrefs = await page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  // The answer is drawn before the status line changes, so it is there or absent by now; no timeout
  // (a short one made busy runs report a missing answer).
  const answerLink = page.locator('[data-search-answer]:not([hidden]) a').first();
  const answer = (await answerLink.count()) ? await answerLink.getAttribute('href') : null;
  return { results: hrefs.map((h) => sitePath(h.split('#')[0])), answer: answer ? sitePath(answer.split('#')[0]) : undefined };
}
