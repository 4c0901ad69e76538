// Every page of the built site, visited once per browser state it needs, with every check that visit
// can show. One test per address: a failing check is named by its step and does not stop the
// checks after it, so a page's report lists all its problems at once.
//
// On one page, in order: loaded in the light theme (what axe light, the outline, sources, chart
// notes and chart contrast need); switched to the dark theme the way Starlight follows the reader's
// setting (chart contrast; axe's colour rules, once the page is shown to differ in nothing else);
// back to light at 320 px (sideways scrolling, axe on guide pages) and at 412 px (chart text); then,
// with JavaScript off in a context of its own, read again.
// The checks themselves live in ./checks/, one file each.
import type { Page } from '@playwright/test';
import { expect, origin, test } from './fixtures';
import { allPages, guidancePages, pagesContaining } from './helpers';
import { COLOUR_RULES, expectNoAxeViolations } from './checks/axe';
import { expectCategoryColoursContrast, expectChartContrast } from './checks/chart-contrast';
import { expectChartNotesNameOnlyChartsOnPage } from './checks/chart-notes';
import { expectChartTextReadable } from './checks/chart-text-size';
import { expectReadableWithoutJavaScript } from './checks/no-javascript';
import { expectHeadingOutline } from './checks/outline';
import { expectNoSidewaysScroll } from './checks/overflow';
import { expectNoteTargetsLargeEnough, expectTableWordsWhole, expectWideTablesShowTheyScroll } from './checks/phone-reading';
import { watchPolicyAndRequests } from './checks/security';
import { expectSourcesAndReviewDate } from './checks/sources';
import { expectOnlyColoursChanged, whatAxeSeesBesidesColour } from './checks/theme-changes-only-colours';

const pages = allPages();
const guidance = new Set(guidancePages());
const chartPages = new Set(pagesContaining('class="diagram-bild"'));
const drawingPages = new Set([...chartPages, ...pagesContaining('class="process-bild"')]);
const tablePages = new Set(pagesContaining('<table'));
const isGuidePage = (path: string) => path.startsWith('/vagvisare/');

/** /sok/ with what only appears after a search: results and filters, a glossary answer, an FAQ answer with the word-by-word note, results labelled by their kind of page. */
const SEARCH_STATES = ['styrelse', 'beredningsgrupp', 'kan styrelsen delegera beslut om finansiering', 'läsväg ny styrelseledamot'].map(
  (q) => `/sok/?q=${encodeURIComponent(q)}`,
);
/** The 404 page is not in the sitemap but is where every broken link lands. */
const NOT_FOUND = '/finns-inte/';

test('the pages these checks need are found', () => {
  expect(pages.length).toBeGreaterThan(20);
  expect(guidance.size).toBeGreaterThan(3);
  expect([...chartPages]).toContain('/statistik/');
  expect(chartPages.size).toBeGreaterThanOrEqual(5);
  expect([...drawingPages]).toContain('/esf/');
  expect(pages.filter(isGuidePage).length).toBeGreaterThan(10);
  // The dark theme's axe run (axe's colour category) covers text contrast and links told apart by colour.
  expect(COLOUR_RULES).toEqual(expect.arrayContaining(['color-contrast', 'link-in-text-block']));
});

/** Switches the colour scheme as a reader's system setting does; Starlight follows it on the open page. */
async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  // A colour that eases into the new theme is read at its end, where a page loaded in this theme starts.
  await page.evaluate(() => document.getAnimations().forEach((a) => a instanceof CSSTransition && a.finish()));
}

for (const path of [...pages, NOT_FOUND, ...SEARCH_STATES]) {
  const inSitemap = path !== NOT_FOUND && !path.startsWith('/sok/?');
  const isSearch = path.startsWith('/sok/?');

  test(path, async ({ page, noScriptPage }) => {
    test.setTimeout(120_000);
    const failures: string[] = [];
    /** A named check: its failure is kept for the end, and the visit goes on with the next one. */
    const check = async (name: string, body: () => Promise<void>) => {
      try {
        await test.step(name, body);
      } catch (error) {
        // The message, and where in ./checks/ it failed.
        const at = (error as Error).stack
          ?.split('\n')
          .find((line) => line.includes('/checks/'))
          ?.trim();
        failures.push(`✘ ${name}\n${(error as Error).message}${at ? `\n${at}` : ''}`);
      }
    };

    const security = watchPolicyAndRequests(page, origin);
    await page.goto(path);
    if (isSearch) await expect(page.locator('[data-search-results] li').first()).toBeVisible();

    // Light theme, laptop width.
    await check('the light theme is applied', () => expect(page.locator('html')).toHaveAttribute('data-theme', 'light'));
    if (inSitemap) await check('headings form an outline', () => expectHeadingOutline(page));
    if (guidance.has(path)) await check('shows its sources and review date', () => expectSourcesAndReviewDate(page));
    if (chartPages.has(path))
      await check('notes under charts name only charts on the page', () => expectChartNotesNameOnlyChartsOnPage(page, path));
    if (path === '/statistik/')
      await check('light: every chart category colour reaches 3:1 against the page', () => expectCategoryColoursContrast(page));
    if (drawingPages.has(path)) await check('light: chart contrast', () => expectChartContrast(page));
    await check('light: axe', () => expectNoAxeViolations(page));
    let lightView: string[] = [];
    await check('light: what axe reads besides colours', async () => void (lightView = await whatAxeSeesBesidesColour(page)));

    // Dark theme.
    await check('dark: the dark theme is applied', () => useTheme(page, 'dark'));
    if (path === '/statistik/')
      await check('dark: every chart category colour reaches 3:1 against the page', () => expectCategoryColoursContrast(page));
    if (drawingPages.has(path)) await check('dark: chart contrast', () => expectChartContrast(page));
    // Only colours may change with the theme; then only axe's colour rules can find anything new.
    await check('dark: nothing but colours changed', async () => expectOnlyColoursChanged(lightView, await whatAxeSeesBesidesColour(page)));
    await check('dark: axe (rules that read colours)', () => expectNoAxeViolations(page, { rules: COLOUR_RULES }));
    await check('back to the light theme', () => useTheme(page, 'light'));

    // Phone widths.
    await page.setViewportSize({ width: 320, height: 700 });
    if (inSitemap || isSearch) await check('at 320 px wide the page does not scroll sideways', () => expectNoSidewaysScroll(page));
    if (isGuidePage(path)) await check('at 320 px: axe', () => expectNoAxeViolations(page));
    if (guidance.has(path)) await check('at 320 px note links are at least 24 × 24 px', () => expectNoteTargetsLargeEnough(page));
    if (tablePages.has(path)) await check('at 320 px no word in a table is broken mid-word', () => expectTableWordsWhole(page));
    if (path === '/statistik/')
      await check('at 320 px a wide table shows it scrolls, its caption wraps, rows have no gaps', () =>
        expectWideTablesShowTheyScroll(page),
      );
    if (drawingPages.has(path)) {
      for (const width of [320, 412]) {
        await page.setViewportSize({ width, height: 800 });
        await check(`at ${width} px chart text is at least 11 px and inside the screen`, () => expectChartTextReadable(page, width));
      }
    }

    if (inSitemap) await check('no policy violation and no request to another site', () => security.expectClean());

    // JavaScript off: its own context, one per worker.
    if (inSitemap)
      await check('without JavaScript the page can be read', () =>
        expectReadableWithoutJavaScript(noScriptPage, path, { guidance: guidance.has(path) }),
      );

    if (failures.length) throw new Error(`${failures.length} check(s) failed on ${path}:\n\n${failures.join('\n\n')}`);
  });
}
