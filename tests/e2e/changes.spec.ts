import { expect, test } from '@playwright/test';
import { siteHref } from './helpers';

test('the start page links the reading paths and shows the five latest changes', async ({ page }) => {
  await page.goto('/');
  for (const path of ['/lasvagar/ny-styrelseledamot/', '/lasvagar/ny-forbundschef/', '/lasvagar/beredningsgruppen/']) {
    await expect(page.locator(`main a[href="${siteHref(path)}"]`).first()).toBeVisible();
  }
  await expect(page.locator('main ul.andringar > li')).toHaveCount(5);
});

test('the change log lists changes newest first and links the feed', async ({ page, request }) => {
  await page.goto('/om-webbplatsen/andringar/');
  const dates = await page.locator('ul.andringar time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(5);
  expect(dates).toEqual([...dates].sort().reverse());
  const feed = await request.get('/andringar.xml');
  expect(feed.ok()).toBe(true);
  expect((await feed.text()).match(/<entry>/g)?.length).toBe(dates.length);
});
