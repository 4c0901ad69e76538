import { expect, test } from './fixtures';
import { guidancePages } from './helpers';

test('the review list names every guidance page, oldest review first', async ({ page }) => {
  await page.goto('/om-webbplatsen/granskning/');
  const rows = page.locator('tbody tr');
  const dates = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-granskad') ?? ''));
  expect(dates).toEqual([...dates].sort());
  const linked = await rows.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  // A vägvisare is reviewed as one file: the list names its start page, which stands for its question
  // and outcome pages and for the list of guides at /vagvisare/.
  const reviewed = guidancePages().filter((p) => p !== '/vagvisare/' && !/^\/vagvisare\/[^/]+\/.+/.test(p));
  expect(reviewed).toContain('/vagvisare/finansiera-insats/');
  for (const path of reviewed) expect(linked).toContain(path);
});
