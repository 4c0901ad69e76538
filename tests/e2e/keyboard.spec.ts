import { expect, test } from './fixtures';

// One page of each kind of control: start cards, a guidance page, charts with tables and <details>,
// the process diagram, and search with results, filters and 'show more'.
for (const path of ['/', '/roller/styrelsen/', '/statistik/', '/esf/', '/sok/?q=styrelse']) {
  test(`keyboard: ${path} — skip link first, every control reachable with visible focus, no trap`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    if (path.startsWith('/sok/')) await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 15_000 });
    const reachable = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button:not([disabled]), input:not([type=hidden]), select, summary, [tabindex="0"]',
        ),
      ]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.offsetParent !== null)
        // (checkVisibility also drops what sits in a closed <details>, where offsetParent is still set.)
        // A stable key: attributes such as aria-current change as the page scrolls.
        .map((el) => `${el.tagName} ${el.getAttribute('href') ?? el.id ?? ''} ${el.textContent?.trim().slice(0, 60) ?? ''}`),
    );
    // Each focus the Tab key gives is recorded in the page as it happens, with whether the focus is
    // visible at that moment: one round trip per key press instead of two.
    await page.evaluate(() => {
      const log: { html: string; text: string; visibleFocus: boolean }[] = [];
      (window as unknown as { focusLog: typeof log }).focusLog = log;
      document.addEventListener('focusin', (event) => {
        const el = event.target as HTMLElement;
        const style = getComputedStyle(el);
        log.push({
          html: `${el.tagName} ${el.getAttribute('href') ?? el.id ?? ''} ${el.textContent?.trim().slice(0, 60) ?? ''}`,
          text: el.textContent?.trim() ?? '',
          visibleFocus: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
        });
      });
    });
    // Enough presses to go round once and come back to the start: a trap would keep focus in one place.
    for (let i = 0; i < reachable.length + 10; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => (window as unknown as { focusLog: { html: string; text: string; visibleFocus: boolean }[] }).focusLog,
    );
    expect(focused[0]?.text).toBe('Hoppa till innehåll');
    const seen: string[] = [];
    for (const info of focused) {
      expect(info.visibleFocus, `no visible focus on ${info.html}`).toBe(true);
      if (seen.includes(info.html) && info.html === seen[0]) break;
      seen.push(info.html);
    }
    for (const html of reachable) expect(seen, `not reachable by Tab: ${html}`).toContain(html);
  });
}

// Headings forming an outline: checked on every page by every-page.spec.ts (checks/outline.ts).
