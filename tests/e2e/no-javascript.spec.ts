// The tillgänglighetsredogörelse promises that all content can be read without JavaScript: every
// page shows its heading and text, guidance pages their sources, and /sok/ says why it shows no results.
import { expect, test } from '@playwright/test';
import { allPages, guidancePages } from './helpers';

test.use({ javaScriptEnabled: false });

const guidance = new Set(guidancePages());

for (const path of allPages()) {
  test(`without JavaScript ${path} can be read`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const text = (await page.locator('main').innerText()).trim();
    expect(text.length).toBeGreaterThan(path === '/sok/' ? 50 : 300);
    if (guidance.has(path)) await expect(page.getByRole('region', { name: 'Källor' })).toBeVisible();
    if (path === '/sok/') await expect(page.getByText(/JavaScript/)).toBeVisible();
  });
}
