// A guidance page shows its sources and the date its content was last reviewed.
import { expect, type Page } from '@playwright/test';

export async function expectSourcesAndReviewDate(page: Page): Promise<void> {
  const sources = page.getByRole('region', { name: 'Källor' });
  await expect(sources).toBeVisible();
  expect(await sources.getByRole('listitem').count()).toBeGreaterThan(0);
  await expect(page.locator('.granskad time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
}
