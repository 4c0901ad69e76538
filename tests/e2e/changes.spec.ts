import { expect, test } from './fixtures';
import { distance } from 'fastest-levenshtein';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, siteHref } from './helpers';

/** The words that mark a change to the site itself, as sv.json has them. */
const siteMark: string = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/i18n/sv.json'), 'utf8'))['andringar.site'];

/** The change log's lines as readers see them, without the date. */
async function lines(page: import('@playwright/test').Page): Promise<string[]> {
  return page
    .locator('main ul.andringar > li')
    .evaluateAll((lis) => lis.map((li) => (li.textContent ?? '').replace(/^[^:]*:\s*/, '').trim()));
}

test('the start page shows at most five latest changes, the launch as one line', async ({ page }) => {
  await page.goto('/');
  const shown = await lines(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThanOrEqual(5);
  expect(new Set(shown).size).toBe(shown.length);
  await expect(page.getByRole('link', { name: 'Alla ändringar' })).toHaveAttribute('href', siteHref('/om-webbplatsen/andringar/'));
});

test('the change log tells the launch once, lists changes newest first and matches the feed', async ({ page, request }) => {
  await page.goto('/om-webbplatsen/andringar/');
  const shown = await lines(page);
  const launch = shown.filter((l) => /^Webbplatsen publicerades med \d+ sidor\.$/.test(l));
  expect(launch).toHaveLength(1);
  // The launch counts the pages published that day: at most every page of the site.
  expect(Number(launch[0].match(/\d+/)![0])).toBeLessThanOrEqual(allPages().length);
  expect(shown.filter((l) => l.includes('Sidan publicerades i det nya kunskapsstödet'))).toEqual([]);
  const dates = await page.locator('ul.andringar time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  const feed = await (await request.get('/andringar.xml')).text();
  expect(feed.match(/<entry>/g)?.length).toBe(shown.length);
  expect(feed).toContain(`<title type="html"><![CDATA[${launch[0]}]]></title>`);
});

test('no two changes read alike: each says in its own words what changed for the reader', async ({ page }) => {
  await page.goto('/om-webbplatsen/andringar/');
  const shown = (await lines(page)).map((l) => l.replace(/^[^–]*–\s*/, ''));
  expect(shown.length).toBeGreaterThan(5);
  for (const [i, a] of shown.entries())
    for (const b of shown.slice(i + 1)) {
      // Two corrections of the same fact once differed only in a list of names (a third of the letters).
      const apart = distance(a, b) / Math.max(a.length, b.length);
      expect(apart, `"${a}" and "${b}"`).toBeGreaterThan(0.4);
    }
  // Told to a reader, not noted for an editor: whole sentences, none a bare label.
  for (const l of shown) expect(l.endsWith(` ${siteMark}`) ? l.slice(0, -siteMark.length - 1) : l, l).toMatch(/^[A-ZÅÄÖ].{30,}\.$/);
});
