// The tillgänglighetsredogörelse says every page reads at 320 px without scrolling sideways (WCAG
// 1.4.10); wide tables and charts scroll within themselves.
import { expect, type Page } from '@playwright/test';

export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
