// The header's magnifier (narrow screens) opens /sok/ with the cursor in the search field, so the
// reader types at once; arriving at /sok/ any other way leaves focus where the browser puts it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A phone's width, where the header shows the magnifier. Set on the worker's shared tab (./fixtures.ts,
// which ignores test.use({ viewport })) rather than in a context of its own: no new context per test,
// and no second worker with a browser of its own at the end of the run for this file's fixtures.
test.beforeEach(({ page }) => page.setViewportSize({ width: 360, height: 740 }));

/** The heading and the question above the field are in view, below the sticky header, not scrolled under it. */
async function expectQuestionInView(page: Page) {
  const headerBottom = (await page.getByRole('banner').boundingBox())!.y + (await page.getByRole('banner').boundingBox())!.height;
  for (const above of [
    page.getByRole('heading', { level: 1, name: 'Sök i kunskapsstödet' }),
    page.getByText('Vad letar du efter?', { exact: true }),
  ])
    expect((await above.boundingBox())!.y).toBeGreaterThanOrEqual(headerBottom);
}

test('the magnifier in the header lands in the search field, ready for typing', async ({ page }) => {
  await page.goto('/roller/styrelsen/');
  await page.getByRole('banner').getByRole('link', { name: 'Sök i kunskapsstödet' }).click();
  await expect(page).toHaveURL(/\/sok\/#sok-q$/);
  const field = page.getByRole('searchbox', { name: 'Vad letar du efter?' });
  await expect(field).toBeFocused();
  await expectQuestionInView(page);
  await page.keyboard.type('styrelse');
  await expect(field).toHaveValue('styrelse');
  await expect(page.getByRole('status')).toContainText(/träff/);
});

test('by keyboard too: Enter on the magnifier, then typing', async ({ page }) => {
  await page.goto('/ekonomi/');
  await page.getByRole('banner').getByRole('link', { name: 'Sök i kunskapsstödet' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Vad letar du efter?' })).toBeFocused();
});

test('arriving at /sok/ otherwise, or with a search made, leaves the focus at the top of the page', async ({ page }) => {
  for (const address of ['/sok/', '/sok/?q=styrelse']) {
    await page.goto(address);
    await expect(page.getByRole('status')).toBeAttached();
    // The script has run (a search shows its count), and the field is not focused.
    if (address.includes('q=')) await expect(page.getByRole('status')).toContainText(/träff/);
    await expect(page.getByRole('searchbox', { name: 'Vad letar du efter?' })).not.toBeFocused();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the magnifier leads to the search field, and the form searches', async ({ page }) => {
    await page.goto('/roller/styrelsen/');
    await page.getByRole('banner').getByRole('link', { name: 'Sök i kunskapsstödet' }).click();
    await expect(page).toHaveURL(/\/sok\/#sok-q$/);
    const field = page.getByRole('searchbox', { name: 'Vad letar du efter?' });
    await expect(field).toBeInViewport();
    await expectQuestionInView(page);
    await field.fill('styrelse');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=styrelse$/);
  });
});
