// Notes under a chart are read beside it: they may point only to charts the reader can see on
// the same page, on every page that has charts (including the chapter print views).
import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NAMES_A_SERIES } from '../../../src/lib/statistik/notes';

const statistikDir = join(import.meta.dirname, '../../../content/statistik');
const seriesTitles = new Map(
  readdirSync(statistikDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), (parse(readFileSync(join(statistikDir, f), 'utf8')) as { titel: string }).titel]),
);

export async function expectChartNotesNameOnlyChartsOnPage(page: Page, path: string): Promise<void> {
  const figures = await page.locator('figure.diagram').evaluateAll((els) =>
    els.map((el) => ({
      id: el.id.replace(/^.*__/, '').replace(/^diagram-/, ''),
      foot: el.querySelector('.diagram-fot')?.textContent ?? '',
      links: [...el.querySelectorAll('.diagram-relaterad a')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
  expect(figures.length).toBeGreaterThan(0);
  const onPage = new Set(figures.map((f) => f.id));
  for (const figure of figures) {
    expect(seriesTitles.has(figure.id), `${figure.id} is a series`).toBe(true);
    expect(figure.foot).not.toMatch(NAMES_A_SERIES);
    for (const [id, title] of seriesTitles) {
      if (onPage.has(id)) continue;
      expect(figure.foot.toLocaleLowerCase('sv'), `${figure.id} names "${title}", which is not on ${path}`).not.toContain(
        title.toLocaleLowerCase('sv'),
      );
    }
    for (const href of figure.links) {
      expect(href).toMatch(/^#/);
      await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
    }
  }
}
