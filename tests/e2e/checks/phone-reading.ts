// What a reader on a phone needs from notes and wide tables (issue #16): note links a finger can hit,
// and tables that show they scroll, keep their caption in view and have no blank gaps between rows.
import { expect, type Page } from '@playwright/test';

/** Note markers and the links back to the text are at least 24 × 24 CSS px (WCAG 2.5.8). */
export async function expectNoteTargetsLargeEnough(page: Page): Promise<void> {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('sup.not a, .noter a.not-tillbaka, .not-tillbaka-alla a')]
      .map((a) => ({ text: a.textContent?.trim(), ...a.getBoundingClientRect().toJSON() }))
      .filter((r) => r.width < 24 || r.height < 24)
      .map((r) => `${r.text}: ${Math.round(r.width)} × ${Math.round(r.height)} px`),
  );
  expect(small).toEqual([]);
}

/** With every chart table open: a table wider than its box says so, and every row is one line high. */
export async function expectWideTablesShowTheyScroll(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details.diagram-tabell').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  // A scroll-state query answers after the next frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.tabell-rulla')].map((box) => {
      const hint = box.querySelector('.tabell-rulla-tips')!;
      const caption = box.querySelector('caption > span');
      const rows = [...box.querySelectorAll('tbody tr')].map((tr) => Math.round(tr.getBoundingClientRect().height));
      return {
        name: box.getAttribute('aria-label'),
        focusable: box.tabIndex === 0,
        scrolls: box.scrollWidth > box.clientWidth,
        hint: getComputedStyle(hint).display !== 'none',
        shadows: getComputedStyle(box).backgroundImage.includes('gradient'),
        captionFits: !caption || caption.getBoundingClientRect().right <= box.getBoundingClientRect().right + 1,
        rowHeights: box.closest('.diagram-tabell') ? new Set(rows).size : 1,
      };
    }),
  );
  expect(
    boxes.some((b) => b.scrolls),
    'at 320 px some table is wider than its box',
  ).toBe(true);
  for (const b of boxes) {
    expect(b.name, 'a scrolling region has a name').toBeTruthy();
    expect(b, `${b.name}`).toMatchObject({ focusable: true, hint: b.scrolls, shadows: true, captionFits: true, rowHeights: 1 });
  }
}
