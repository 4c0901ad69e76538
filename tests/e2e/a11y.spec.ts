// axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every built page, in light and dark theme.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPages } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of allPages()) {
      test(`axe: ${path}`, async ({ page }) => {
        await page.goto(path);
        // Open every <details> so tables inside are checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`);
        expect(report, report.join('\n')).toEqual([]);
      });
    }
  });
}
