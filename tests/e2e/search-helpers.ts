import type { Page } from '@playwright/test';

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
  const answer = await page.locator('[data-search-answer]:not([hidden]) a').first().getAttribute('href', { timeout: 100 }).catch(() => null);
  return { results: hrefs.map((h) => h.split('#')[0]), answer: answer?.split('#')[0] };
}
