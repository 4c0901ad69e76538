import { expect, test } from '@playwright/test';

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
    const seen: string[] = [];
    for (let i = 0; i < reachable.length * 2 + 20; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visibleFocus = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return {
          html: `${el.tagName} ${el.getAttribute('href') ?? el.id ?? ''} ${el.textContent?.trim().slice(0, 60) ?? ''}`,
          text: el.textContent?.trim() ?? '',
          visibleFocus,
        };
      });
      if (!info) break;
      if (i === 0) expect(info.text).toBe('Hoppa till innehåll');
      expect(info.visibleFocus, `no visible focus on ${info.html}`).toBe(true);
      if (seen.includes(info.html) && info.html === seen[0]) break;
      seen.push(info.html);
    }
    for (const html of reachable) expect(seen, `not reachable by Tab: ${html}`).toContain(html);
  });
}

// Headings forming an outline: checked on every page by every-page.spec.ts (checks/outline.ts).
