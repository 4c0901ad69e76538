// Reading without stumbling (#16): what a reader meets on the built site that the other specs do
// not cover. One visit per page checked.
import { expect, test } from '@playwright/test';

test('a note used in several places leads back to the marker the reader followed, and names every place', async ({ page }) => {
  await page.goto('/roller/styrelsen/');
  const second = page.locator('#not-ref-2-2');
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#not-2$/);
  const note = page.locator('#not-2');
  await note.getByRole('link', { name: 'Tillbaka till texten vid källa 2' }).click();
  await expect(page).toHaveURL(/#not-ref-2-2$/);
  // Without the script the letters still lead to each place.
  await expect(note.getByRole('link', { name: 'Tillbaka till ställe b med källa 2' })).toHaveAttribute('href', '#not-ref-2-2');
});
