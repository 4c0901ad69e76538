// Chart text must stay readable on a phone: at least 11 px as rendered, at the narrowest common
// widths, on every page that carries a chart or a process diagram. An SVG scales its text with its
// width, so the size a reader sees is the computed font size times the drawing's scale, read here
// from the layout. The page's own width (clientWidth) is what is left beside a scroll bar.
import { expect, type Page } from '@playwright/test';

export const MIN_CHART_TEXT_PX = 11;

export interface ChartText {
  text: string;
  px: number;
  right: number;
}

/** Every text in the page's charts and process diagrams, with its rendered size and right edge. */
export async function chartTexts(page: Page): Promise<ChartText[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('.diagram-bild svg, .process-bild svg')].flatMap((svg) => {
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
}

/** At the page's current viewport width (`width`), every chart text is large enough and inside the screen. */
export async function expectChartTextReadable(page: Page, width: number): Promise<void> {
  expect(page.viewportSize()?.width).toBe(width);
  const texts = await chartTexts(page);
  const visible = await page.evaluate(() => document.documentElement.clientWidth);
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) {
    expect(t.px, `"${t.text}" renders at ${t.px.toFixed(1)} px at ${width} px`).toBeGreaterThanOrEqual(MIN_CHART_TEXT_PX);
    expect(t.right, `"${t.text}" runs off the screen at ${width} px`).toBeLessThanOrEqual(visible);
  }
  // The page itself never scrolls sideways because of a chart.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(visible);
}
