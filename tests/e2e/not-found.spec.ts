// An address that does not exist answers 404 with a Swedish page that offers search and every chapter.
import { expect, test } from './fixtures';

test('a missing page says so in Swedish and offers search and the chapters', async ({ page }) => {
  const response = await page.goto('/roller/finns-inte/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await expect(page).toHaveTitle(/^Sidan finns inte \| /);
  const main = page.getByRole('main');
  for (const name of ['Organisation och roller', 'Ekonomi', 'Frågor och svar', 'Statistik'])
    await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
  await main.getByRole('searchbox', { name: 'Sök i kunskapsstödet' }).fill('styrelse');
  await main.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL(/\/sok\/\?q=styrelse$/);
});

test('the 404 page keeps the menu on a laptop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/finns-inte/');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Styrelsen', exact: true })).toBeVisible();
});
