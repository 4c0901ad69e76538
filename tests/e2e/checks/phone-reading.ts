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

/**
 * No word in a table is split across lines except at a soft hyphen (where a hyphen is shown). Squeezed
 * tables broke "Långtidssjukskrivna" at any letter on a 360 px phone; a reader could not read them.
 */
export async function expectTableWordsWhole(page: Page): Promise<void> {
  const broken = await page.evaluate(() => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll('main table :is(th, td)')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        // Each stretch between spaces and hyphens stays on one line: its first and last letters
        // share a line.
        const top = (at: number) => {
          const range = document.createRange();
          range.setStart(node!, at);
          range.setEnd(node!, at + 1);
          // A letter just after a line break can also report a box at the end of the line before.
          return Math.round([...range.getClientRects()].filter((r) => r.width > 0).at(-1)?.top ?? 0);
        };
        // A written hyphen is a break a Swedish reader accepts ("EU-/strategi"); a date is kept whole by CSS.
        for (const match of node.data.matchAll(/\d{4}-\d\d-\d\d|[^\s\u00ad-]{2,}/g)) {
          const lines = new Set([top(match.index), top(match.index + match[0].length - 1)]);
          if (lines.size > 1) found.push(match[0]);
        }
      }
    }
    return found;
  });
  expect(broken, 'words broken across lines in a table').toEqual([]);
}
