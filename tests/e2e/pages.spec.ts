import { expect, test } from '@playwright/test';
import { guidancePages } from './helpers';

const pages = guidancePages();

test('the sitemap lists the guidance pages', () => {
  expect(pages.length).toBeGreaterThan(3);
});

for (const path of pages) {
  test(`${path} shows its sources and review date`, async ({ page }) => {
    await page.goto(path);
    const sources = page.getByRole('region', { name: 'Källor' });
    await expect(sources).toBeVisible();
    expect(await sources.getByRole('listitem').count()).toBeGreaterThan(0);
    await expect(page.locator('.granskad time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  });
}
