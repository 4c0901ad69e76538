import { expect, test } from '@playwright/test';
import { sitePath } from './helpers';
import { printChapters } from '../../src/config/print.mjs';

test('each chapter has a print view with every page of the sidebar group, in order', async ({ page }) => {
  for (const chapter of printChapters) {
    await page.goto(`/${chapter.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const sidebarPaths = await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .locator('details:has(a[aria-current="page"]) ul a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await page.getByRole('link', { name: new RegExp(`Skriv ut hela kapitlet: ${chapter.label}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/skriv-ut/${chapter.id}/$`));
    await expect(page.locator('article.utskrift-sida').first()).toBeVisible();
    const printed = await page.locator('article.utskrift-sida').evaluateAll((as) => as.map((a) => a.getAttribute('data-sida')));
    expect(printed).toEqual(sidebarPaths.map(sitePath));
  }
});

test('printed, a chapter shows its text and sources but no navigation or search', async ({ page }) => {
  await page.goto('/skriv-ut/roller/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Om webbplatsen' })).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.getByRole('search')).toHaveCount(0);
  await expect(page.locator('article.utskrift-sida').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Källor' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // Several A4 pages of text: a chapter of twelve pages does not fit on a few.
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(5);
});

// Every page at 320 px without sideways scrolling: every-page.spec.ts (checks/overflow.ts).

test('a guidance page printed alone shows its own web address, and only on paper', async ({ page }) => {
  await page.goto('/roller/styrelsen/');
  const address = page.locator('.sidans-adress');
  await expect(address).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(address).toBeVisible();
  await expect(address).toContainText(canonical ?? 'kanonisk adress saknas');
});
