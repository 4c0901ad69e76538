import { expect, test } from '@playwright/test';
import { guidancePages } from './helpers';

test('the review list names every guidance page, oldest review first', async ({ page }) => {
  await page.goto('/om-webbplatsen/granskning/');
  const rows = page.locator('tbody tr');
  const dates = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-granskad') ?? ''));
  expect(dates).toEqual([...dates].sort());
  const linked = await rows.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const path of guidancePages()) expect(linked).toContain(path);
});
