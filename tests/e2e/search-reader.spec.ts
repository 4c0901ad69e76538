// Three things a reader review of /sok/ asked for: a calm notice when no page seems to answer the
// question, a role filter that narrows to the pages written for the role, and a section opened from a
// result that a keyboard user starts from and every reader sees marked.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { siteHref } from './helpers';

const NOTICE = 'Ingen sida verkar svara direkt på frågan.';

async function search(page: Page, query: string) {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(/träff/);
}

test('a question nothing on the site answers says so above the results, and the results stay', async ({ page }) => {
  await search(page, 'moms samordningsförbund');
  // Under the results' heading, with the rest of the status line that is not announced (status-line.ts).
  await expect(page.locator('[data-search-status-more]')).toContainText(NOTICE);
  await expect(page.getByRole('status')).not.toContainText(NOTICE);
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
});

test('a question a page answers gets no such notice', async ({ page }) => {
  for (const query of ['vad gör styrelsen i ett samordningsförbund', 'förbundsordning']) {
    await search(page, query);
    await expect(page.locator('[data-search-status-more]')).not.toContainText(NOTICE);
  }
});

test('the role filter keeps the pages written for the role, not every page that mentions it', async ({ page }) => {
  await search(page, 'förbundsordning');
  const total = Number((await page.getByRole('status').textContent())?.match(/(\d+) (?:bästa )?träff/)?.[1]);
  await page.locator('[data-search-filters] summary').click();
  const group = page.getByRole('group', { name: 'Sidor för din roll' });
  const label = group.locator('label', { hasText: /^Styrelsen \(\d+\)$/ });
  const count = Number((await label.textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(total);
  await label.click();
  await expect(page.getByRole('status')).toContainText(new RegExp(`(^|\\s)${count} (bästa )?träff`));
  const shown = Number((await page.getByRole('status').textContent())?.match(/(\d+) (?:bästa )?träff/)?.[1]);
  expect(shown).toBe(count);
  // The board's reading path is among them; a page that only concerns the board (Revision, whose
  // `roller` lists it, on no step of the path) is not.
  await expect(page.locator(`[data-search-results] a[href^="${siteHref('/lasvagar/ny-styrelseledamot/')}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-search-results] a[href^="${siteHref('/revision/')}"]`)).toHaveCount(0);
});

test('a result opened by keyboard at a section: Tab continues from its heading, which is marked', async ({ page }) => {
  await search(page, 'vad får styrelsen inte delegera');
  const first = page.locator('[data-search-results] > li > h3 > a').first();
  await expect(first).toHaveAttribute('href', /#/);
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/roller\/styrelsen\/#/);
  const heading = page.getByRole('heading', { level: 2, name: 'Vad får styrelsen inte delegera?' });
  await expect(heading).toBeInViewport();
  // Marked: an edge in the accent colour, which forced colours keep (a border, not a shadow).
  // (On the wrapper Starlight sets the heading in, so the edge runs the height of a heading that wraps.)
  const edge = await heading.evaluate(
    (h) => h.matches(':target') && parseFloat(getComputedStyle(h.closest('.sl-heading-wrapper') ?? h).borderInlineStartWidth),
  );
  expect(edge).toBeGreaterThanOrEqual(3);
  // The browser's start for Tab is the section: the next stop is the heading's own link.
  await page.keyboard.press('Tab');
  await expect(page.locator('.sl-heading-wrapper:has(#vad-får-styrelsen-inte-delegera) a.sl-anchor-link')).toBeFocused();
});
