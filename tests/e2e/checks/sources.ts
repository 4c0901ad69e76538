// A guidance page shows its sources and the date its content was last reviewed.
import { expect, type Page } from '@playwright/test';

export async function expectSourcesAndReviewDate(page: Page): Promise<void> {
  const sources = page.getByRole('region', { name: 'Källor' });
  await expect(sources).toBeVisible();
  expect(await sources.getByRole('listitem').count()).toBeGreaterThan(0);
  // The review date comes first; a page changed after its review also names that day after it.
  await expect(page.locator('.granskad time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
}
