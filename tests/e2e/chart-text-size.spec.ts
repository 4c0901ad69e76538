// Chart text must stay readable on a phone: at least 11 px as rendered, at the narrowest common
// widths, on every page that carries a chart. An SVG scales its text with its width, so the size a
// reader sees is the computed font size times the drawing's scale, read here from the layout.
import { expect, test } from '@playwright/test';
import { pagesContaining } from './helpers';

const pages = pagesContaining('class="diagram-bild"');
const MIN_PX = 11;

test('the pages with charts are found', () => {
  expect(pages).toContain('/statistik/');
  expect(pages.length).toBeGreaterThanOrEqual(5);
});

for (const width of [320, 412]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const path of pages) {
      test(`chart text is at least ${MIN_PX} px and inside the screen: ${path}`, async ({ page }) => {
        await page.goto(path);
        const texts = await page.evaluate(() =>
          [...document.querySelectorAll<SVGSVGElement>('.diagram-bild svg')].flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return [...svg.querySelectorAll('text')]
              .filter((t) => t.textContent?.trim())
              .map((t) => ({
                text: t.textContent!.trim(),
                px: parseFloat(getComputedStyle(t).fontSize) * scale,
                right: t.getBoundingClientRect().right,
              }));
          }),
        );
        expect(texts.length).toBeGreaterThan(0);
        for (const t of texts) {
          expect(t.px, `"${t.text}" renders at ${t.px.toFixed(1)} px`).toBeGreaterThanOrEqual(MIN_PX);
          expect(t.right, `"${t.text}" runs off the screen`).toBeLessThanOrEqual(width);
        }
        // The page itself never scrolls sideways because of a chart.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  });
}
