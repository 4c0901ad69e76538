// /sok/ by keyboard and through the history: Enter searches in place (the page is not loaded
// again, so the focus stays in the field and the history gets no second entry for the same search),
// the skip link leads to the field, and Back from a result finds the list as it was left.
import { expect, test } from './fixtures';

test('Enter in the search field searches in place: the focus stays in the field and the history gains no entry', async ({ page }) => {
  await page.goto('/ekonomi/');
  await page.goto('/sok/');
  const entries = await page.evaluate(() => history.length);
  // Gone if the page is loaded again.
  await page.evaluate(() => Object.assign(window, { sameSokPage: true }));
  const field = page.getByRole('searchbox', { name: 'Vad letar du efter?' });
  await field.focus();
  // Enter before the typing pause is over: the search runs on Enter, not only after the pause.
  await page.keyboard.type('styrelse');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('på ”styrelse”');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  await expect(field).toBeFocused();
  await expect(page).toHaveURL(/\/sok\/\?q=styrelse$/);
  expect(await page.evaluate(() => (window as unknown as { sameSokPage?: boolean }).sameSokPage)).toBe(true);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // Enter again on a changed search runs that one, still in place.
  await field.fill('revision');
  await field.press('Enter');
  await expect(page.getByRole('status')).toContainText('på ”revision”');
  await expect(field).toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // One step back leaves /sok/.
  await page.goBack();
  await expect(page).toHaveURL(/\/ekonomi\/$/);
});

test('Enter after ticking a filter box keeps the filter and searches in place', async ({ page }) => {
  await page.goto('/sok/?q=styrelse');
  await expect(page.getByRole('status')).toContainText(/träff/);
  await page.evaluate(() => Object.assign(window, { sameSokPage: true }));
  await page.locator('[data-search-filters] summary').click();
  await page.getByRole('group', { name: 'Kapitel' }).getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/[?&]kapitel=/);
  const field = page.getByRole('searchbox', { name: 'Vad letar du efter?' });
  await field.fill('revision');
  await field.press('Enter');
  await expect(page.getByRole('status')).toContainText('på ”revision”');
  await expect(page).toHaveURL(/\?q=revision&kapitel=/);
  await expect(field).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { sameSokPage?: boolean }).sameSokPage)).toBe(true);
});

test('the skip link on /sok/ leads to the search field: the next Tab is in it', async ({ page }) => {
  await page.goto('/sok/?q=styrelse');
  await expect(page.getByRole('status')).toContainText(/träff/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till innehåll' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Vad letar du efter?' })).toBeFocused();
});

test('Back from a result shown by "Visa fler träffar" finds as many results, the same place and the result opened', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/sok/');
  // Typed, not submitted: the address follows the typing in place.
  await page.getByRole('searchbox', { name: 'Vad letar du efter?' }).fill('styrelse');
  await expect(page.getByRole('status')).toContainText('på ”styrelse”');
  const items = page.locator('[data-search-results] > li');
  await expect(items).toHaveCount(5);
  await page.getByRole('button', { name: 'Visa fler träffar' }).click();
  await expect(items).toHaveCount(10);
  const ninth = items.nth(8).locator('a').first();
  const href = await ninth.getAttribute('href');
  await ninth.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const scrolled = await page.evaluate(() => Math.round(scrollY));
  expect(scrolled).toBeGreaterThan(500);
  await ninth.click();
  await expect(page).not.toHaveURL(/\/sok\//);
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Vad letar du efter?' })).toHaveValue('styrelse');
  await expect(items).toHaveCount(10);
  await expect(items.nth(8).locator('a').first()).toHaveAttribute('href', href!);
  await expect(items.nth(8).locator('a').first()).toBeFocused();
  await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(scrolled);
  // A new search typed afterwards starts at its first five: the place kept was the old search's.
  await page.getByRole('searchbox', { name: 'Vad letar du efter?' }).fill('revision');
  await expect(page.getByRole('status')).toContainText('på ”revision”');
  // Where the shorter list left the page: the browser's own place for the reload. It was 0 only while
  // the old search's status line was short enough for the emptied list to leave nothing to scroll.
  const typed = await page.evaluate(() => Math.round(scrollY));
  expect(typed).toBeLessThan(scrolled);
  await page.reload();
  await expect(page.getByRole('status')).toContainText('på ”revision”');
  // Its first batch: five, or all when only one or two more would remain.
  const total = Number((await page.getByRole('status').textContent())?.match(/(\d+) (?:bästa )?träff/)?.[1]);
  await expect(items).toHaveCount(total <= 7 ? total : 5);
  expect(await page.evaluate(() => Math.round(scrollY))).toBe(typed);
});

test('while typing, the status line announces the count once the typing pauses, not for every half-typed word; Enter at once', async ({
  page,
}) => {
  await page.goto('/sok/');
  // Every text the live region is given, and whether the results were on screen when it was.
  await page.evaluate(() => {
    const status = document.querySelector('[data-search-status]')!;
    const texts: string[] = [];
    Object.assign(window, { statusTexts: texts });
    new MutationObserver(() => texts.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const field = page.getByRole('searchbox', { name: 'Vad letar du efter?' });
  // Slower than the results' typing pause (each part of the word is searched), faster than the status line's.
  await field.pressSequentially('styrelse', { delay: 250 });
  await expect(page.getByRole('status')).toContainText('på ”styrelse”');
  const texts = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
  expect(texts.filter((t) => /träff/.test(t))).toEqual([expect.stringContaining('på ”styrelse”')]);
  // Enter: the count is in the live region by the time the results are drawn, not 700 ms later.
  await page.evaluate(() => {
    const status = document.querySelector('[data-search-status]')!;
    const list = document.querySelector('[data-search-results]')!;
    new MutationObserver(() => {
      if (list.textContent?.toLowerCase().includes('revision'))
        Object.assign(window, {
          statusAtResults: (window as unknown as { statusAtResults?: string }).statusAtResults ?? status.textContent,
        });
    }).observe(list, { childList: true });
  });
  await field.fill('revision');
  await field.press('Enter');
  await expect(page.getByRole('status')).toContainText('på ”revision”');
  expect(await page.evaluate(() => (window as unknown as { statusAtResults?: string }).statusAtResults)).toContain('på ”revision”');
});
