// Every page runs under its Content-Security-Policy without a violation and asks no other site for
// anything. Listening starts before the page is loaded and lasts the whole visit, so requests made
// while other checks scroll, resize or switch theme count too.
import { expect, type Page } from '@playwright/test';

export function watchPolicyAndRequests(page: Page, origin: string): { expectClean: () => Promise<void> } {
  const violations: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
  });
  return {
    async expectClean() {
      // The network has been quiet for 500 ms since the load, as page.goto(…, { waitUntil: 'networkidle' }) waits for.
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
    },
  };
}
