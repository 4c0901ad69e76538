// Chart text on a phone, measured as a reviewer measures it: in a browser whose scroll bar takes
// its own width (a desktop browser narrowed to a phone's width, or a phone browser with a classic
// scroll bar). Headless Chromium hides scroll bars, which gave the page 288 of 320 px and hid that
// the text of charts drawn with 14-unit text read at 10.6 px once a 15 px scroll bar took its place.
// Every page with a chart or a process diagram, at 320, 360 and 412 px.
// The worker's shared tab (./fixtures.ts), in a browser of its own (the launch options below): one
// context for the file's tests in a worker, not one per test.
import { expect, test } from './fixtures';
import { pagesContaining } from './helpers';
import { expectChartTextReadable } from './checks/chart-text-size';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // Playwright adds --hide-scrollbars to headless Chromium; without it the scroll bar takes room.
    ignoreDefaultArgs: ['--hide-scrollbars'],
  },
});

const pages = [...new Set([...pagesContaining('class="diagram-bild"'), ...pagesContaining('class="process-bild"')])];

test('the list of pages with charts is found', () => {
  expect(pages).toContain('/statistik/');
  expect(pages).toContain('/esf/');
});

for (const path of pages) {
  test(`${path}: chart text is at least 11 px beside a scroll bar at 320, 360 and 412 px`, async ({ page }) => {
    // Loaded once and narrowed, as a reviewer narrows a desktop browser: chart text is laid out by CSS
    // alone (no script measures the width), so each width reads as a fresh load there would, for a
    // third of the page loads.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    for (const width of [320, 360, 412]) {
      await page.setViewportSize({ width, height: 800 });
      // The scroll bar takes room: otherwise this test measures what every-page.spec.ts measures.
      expect(await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(0);
      await expectChartTextReadable(page, width);
    }
  });
}
