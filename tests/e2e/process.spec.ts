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

test('the ESF+ diagram has a legend in words, and the borders it names are the ones drawn', async ({ page }) => {
  await page.goto('/esf/');
  const figure = page.locator('figure.process');
  await expect(
    figure.getByText(/Heldragen ram betyder att steget sker inom förbundet, streckad ram att det sker utanför förbundet/),
  ).toBeVisible();
  // The legend's promise, checked on the drawing: solid inside the förbund, dashed outside, both kinds present.
  const dashes = (selector: string) =>
    figure.locator(selector).evaluateAll((rects) => rects.map((r) => getComputedStyle(r).strokeDasharray));
  const inside = await dashes('.steg-inom rect');
  const outside = await dashes('.steg-utanfor rect');
  expect(inside.length).toBeGreaterThan(0);
  expect(outside.length).toBeGreaterThan(0);
  for (const d of inside) expect(d).toBe('none');
  for (const d of outside) expect(d).not.toBe('none');
});
