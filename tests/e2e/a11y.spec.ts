// axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every built page, in light and dark theme.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPages } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** /sok/ with what only appears after a search: results and filters, a glossary answer, an FAQ answer with the word-by-word note. */
const SEARCH_STATES = ['styrelse', 'beredningsgrupp', 'kan styrelsen delegera beslut om finansiering'];

async function expectNoViolations(page: import('@playwright/test').Page) {
  // Open every <details> so tables and filters inside are checked too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`);
  expect(report, report.join('\n')).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of allPages()) {
      test(`axe: ${path}`, async ({ page }) => {
        await page.goto(path);
        // The page really is in the theme under test (Starlight follows the reader's setting).
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoViolations(page);
      });
    }
    // The 404 page is not in the sitemap but is where every broken link lands.
    test('axe: the 404 page', async ({ page }) => {
      await page.goto('/finns-inte/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoViolations(page);
    });
    for (const q of SEARCH_STATES) {
      test(`axe: /sok/?q=${q}`, async ({ page }) => {
        await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
        await expect(page.locator('[data-search-results] li').first()).toBeVisible();
        await expectNoViolations(page);
      });
    }
  });
}
