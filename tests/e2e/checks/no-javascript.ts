// The tillgänglighetsredogörelse promises that all content can be read without JavaScript: every
// page shows its heading and text, guidance pages their sources, and /sok/ says why it shows no results.
import { expect, type Page } from '@playwright/test';

/** `page` belongs to a context with JavaScript turned off. */
export async function expectReadableWithoutJavaScript(page: Page, path: string, { guidance }: { guidance: boolean }): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const text = (await page.locator('main').innerText()).trim();
  expect(text.length).toBeGreaterThan(path === '/sok/' ? 50 : 300);
  if (guidance) await expect(page.getByRole('region', { name: 'Källor' })).toBeVisible();
  if (path === '/sok/') await expect(page.getByText(/JavaScript/)).toBeVisible();
}
