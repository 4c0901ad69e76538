// A result's snippet is a window into the page: it must not change what the page says. It begins
// where a sentence does, or says with "…" that it does not ("28 381 deltagare … med personuppgifter"
// left out "15 035 av sammanlagt"); and one taken from a proposal box says it is a proposal, as the
// box's title does on the page (review 26).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { sitePath } from './helpers';

const dist = join(import.meta.dirname, '../../dist');

const PROPOSAL = 'Förslag, inte gällande lag:';

/** Each page's text as Pagefind holds it (its fragment), by address: what every snippet is cut from. */
const fragments = new Map(
  readdirSync(join(dist, 'pagefind/fragment')).map((name) => {
    const bytes = gunzipSync(readFileSync(join(dist, 'pagefind/fragment', name)));
    const { url, content } = JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; content: string };
    return [url, content];
  }),
);
/** The text a reader could see: without reader questions and note marks, the proposal marks kept. */
const visible = (content: string) =>
  content
    .replace(/⁅[^⁆]*⁆/g, ' ')
    .replace(/\[\d+\]/g, '')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ');

for (const query of ['personuppgifter', 'får man ge pengar till en förening', 'vad får styrelsen delegera till mig']) {
  test(`the snippets for "${query}" begin a sentence or say they do not, and name a proposal as one`, async ({ page }) => {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(/träff/);
    const results = await page
      .locator('[data-search-results] > li')
      .evaluateAll((items) =>
        items.map((li) => [li.querySelector('a')!.getAttribute('href')!, li.querySelector('.sok-excerpt')!.textContent!]),
      );
    expect(results.length).toBeGreaterThan(1);
    for (const [href, snippet] of results) {
      const text = visible(fragments.get(sitePath(decodeURIComponent(href.split('#')[0]))) ?? '');
      const own = snippet.replace(PROPOSAL, '').trim();
      if (own.startsWith('…')) continue;
      const start = own.split(' ').slice(0, 5).join(' ');
      const at = text.replace(/ ?[⸢⸣]/g, '').indexOf(start);
      expect(at, `${href}: "${start}"`).toBeGreaterThanOrEqual(0);
      const before = text
        .replace(/ ?[⸢⸣]/g, '')
        .slice(0, at)
        .trimEnd();
      expect(before, `${href}: "${snippet}" begins inside a sentence`).toMatch(/(^|[.!?:])$/);
      // From inside a proposal box (after its mark, before its end): said so.
      const marked = text.slice(0, text.indexOf(start));
      const inside = marked.lastIndexOf('⸢') > marked.lastIndexOf('⸣');
      expect(snippet.startsWith(PROPOSAL), `${href}: "${snippet}"`).toBe(inside);
    }
  });
}
