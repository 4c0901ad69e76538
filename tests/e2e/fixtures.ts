// The `test` every browser spec imports: Playwright's, with one tab per worker instead of a new
// browser context and tab for each test. Creating a context cost about a second on a busy machine, and
// a new tab starts a renderer process (about half a second of CPU per page here); the ~250 browser
// tests paid both each time.
//
// Two contexts per worker, each with one tab: JavaScript on, and JavaScript off (what
// `test.use({ javaScriptEnabled: false })` asks for). After each test its tab is brought back to what
// a new tab would be: blank, laptop size, screen media in the light theme, no storage or cookies left
// by the last page (such as Starlight's sidebar state or a chosen theme), no route and no listener of
// the last test, the pointer outside the page. A failed test ends its worker, so the next test starts
// in a new browser. A test that needs a context of its own (other options, other headers) makes one
// from `browser`.
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** The test server (playwright.config.ts picks its port). */
export const origin = `http://127.0.0.1:${process.env.E2E_PORT}`;

/** What Playwright gives a new tab here (playwright.config.ts does not change the viewport). */
const VIEWPORT = { width: 1280, height: 720 };

async function openTab(browser: import('@playwright/test').Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled,
    locale: 'sv-SE',
    colorScheme: 'light',
    viewport: VIEWPORT,
    baseURL: origin,
  });
  return context.newPage();
}

/** Undoes what a test may have changed in its tab, so the next test finds it as a new one. */
async function reset(page: Page): Promise<void> {
  page.removeAllListeners();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  if (page.url().startsWith(origin)) await page.evaluate(() => (sessionStorage.clear(), localStorage.clear()));
  await page.context().clearCookies();
  await page.goto('about:blank');
  // Out of the page: a pointer left over an element would show it hovered on the next page.
  await page.mouse.move(-1, -1);
  await page.setViewportSize(VIEWPORT);
  await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: null, forcedColors: null });
}

export const test = base.extend<{ page: Page }, { scriptPage: Page; noScriptPage: Page }>({
  scriptPage: [
    async ({ browser }, use) => {
      const page = await openTab(browser, true);
      await use(page);
      await page.context().close();
    },
    { scope: 'worker' },
  ],
  noScriptPage: [
    async ({ browser }, use) => {
      const page = await openTab(browser, false);
      await use(page);
      await page.context().close();
    },
    { scope: 'worker' },
  ],
  page: async ({ scriptPage, noScriptPage, javaScriptEnabled }, use) => {
    const page = javaScriptEnabled === false ? noScriptPage : scriptPage;
    await use(page);
    await reset(page);
  },
});
