import { expect, test } from './fixtures';

test('the ESF+ diagram and list show the same steps in the same order', async ({ page }) => {
  await page.goto('/esf/');
  const diagram = page.locator('figure.process svg[role="img"]');
  await expect(diagram).toHaveAccessibleName(/.+/);
  const drawn = await diagram
    .locator('g.steg')
    .evaluateAll((groups) => groups.map((g) => [...g.querySelectorAll('.steg-rubrik')].map((t) => t.textContent).join(' ')));
  const listed = await page.locator('ol.process-lista > li .process-steg-rubrik').allTextContents();
  expect(listed.length).toBeGreaterThanOrEqual(3);
  expect(drawn).toEqual(listed.map((rubrik, i) => `${i + 1}. ${rubrik.trim()}`));
});
