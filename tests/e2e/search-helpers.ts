import type { Page } from '@playwright/test';

/** The page paths (without #section) of the results /sok/ shows for a query, in order. */
export async function topResults(page: Page, q: string): Promise<string[]> {
  await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status !== '' && !status.includes('Söker');
  });
  const hrefs = await page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.split('#')[0]);
}
