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
const fragmentData = new Map(
  readdirSync(join(dist, 'pagefind/fragment')).map((name) => {
    const bytes = gunzipSync(readFileSync(join(dist, 'pagefind/fragment', name)));
    const data = JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as {
      url: string;
      content: string;
      anchors: { element: string; id: string; location: number }[];
    };
    return [data.url, data];
  }),
);
const fragments = new Map([...fragmentData].map(([url, { content }]) => [url, content]));
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

/** Each result's link and snippet text for a query. */
async function snippets(page: import('@playwright/test').Page, query: string): Promise<[string, string][]> {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(/träff/);
  return page
    .locator('[data-search-results] > li')
    .evaluateAll((items) =>
      items.map((li) => [li.querySelector('a')!.getAttribute('href')!, li.querySelector('.sok-excerpt')!.textContent!]),
    );
}

/** Abbreviations whose full stop ends no sentence (excerpt.ts). */
const ABBREVIATION = /(?:^|\s)(?:kap|st|p|nr|ca|bl\.a|t\.ex|m\.fl|dvs|enl|jfr|s|prop)\.$/i;

// Review of /sok/: snippets ended at a colon ("… lika på:"), at "11 kap.", and read list items and
// bold labels as sentences ("ändamål. förbundets organisation.").
for (const query of ['vem betalar', 'budget i balans', 'budget', 'förbundsordning', 'vad får styrelsen delegera till mig']) {
  test(`the snippets for "${query}" end neither at a colon nor at an abbreviation, and hold no false sentence`, async ({ page }) => {
    const results = await snippets(page, query);
    expect(results.length).toBeGreaterThan(1);
    for (const [href, snippet] of results) {
      const text = snippet.replace(/\s*…$/, '').trim();
      expect(text, `${href}: "${snippet}"`).not.toMatch(/:$/);
      if (ABBREVIATION.test(text)) expect(snippet, href).toMatch(/…$/);
      // A full stop before a small letter is Pagefind's end of a list item, unless after an abbreviation.
      for (const m of text.matchAll(/(\S+)\. (?=\p{Ll})/gu)) expect(ABBREVIATION.test(` ${m[1]}.`), `${href}: "${snippet}"`).toBe(true);
    }
  });
}

test('Pagefind reads separators between list items and cells and after bold labels; the pages keep their own text', () => {
  expect(fragments.get('/lagstiftning/')).toContain('medlemmar och ändamål; förbundets organisation;');
  expect(fragments.get('/roller/nns/')).toMatch(/ESF\+; det bör prövas/);
  expect(fragments.get('/insatser/inriktningar/')).toContain('Rehabilitering för arbete/utbildning; Individinriktad;');
  expect(fragments.get('/samordningsforbundets-uppgifter/')).toContain('Vad lagen kräver: Uppgiften');
  // A process step's title above its text.
  expect(fragments.get('/esf/')).toContain('Kom överens om projektägare och medfinansiärer: Parterna bestämmer');
  const html = readFileSync(join(dist, 'samordningsforbundets-uppgifter/index.html'), 'utf8');
  expect(html).toContain('<strong>Vad lagen kräver.</strong>');
  expect(html).not.toContain('data-sok-tecken');
});

test('a result links to the section whose text its snippet quotes, or to the page top', async ({ page }) => {
  const results = await snippets(page, 'vad får styrelsen delegera till mig');
  const path = (href: string) => sitePath(decodeURIComponent(href.split('#')[0]));
  const ledamot = results.find(([href]) => path(href) === '/lasvagar/ny-styrelseledamot/');
  expect(ledamot, 'Ny styrelseledamot among the results').toBeDefined();
  for (const [href, snippet] of results) {
    const data = fragmentData.get(path(href));
    if (!data) continue;
    const words = data.content.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());
    const run = snippet
      .replace(/^(Förslag, inte gällande lag:)?\s*…?/, '')
      .split(/\s+/)
      .map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase())
      .filter(Boolean)
      .slice(0, 5);
    const at = words.findIndex((_, i) => run.every((w, k) => words[i + k] === w));
    const anchor = decodeURIComponent(href.split('#')[1] ?? '');
    if (at < 0 || !anchor) continue;
    const starts = data.anchors.filter((a) => /^h[2-6]$/.test(a.element)).sort((a, b) => a.location - b.location);
    const holder = [...starts].reverse().find((a) => a.location <= at);
    expect(holder?.id, `${href}: "${snippet}"`).toBe(anchor);
  }
});

/** The snippet of the result that links to `path` (any section), for a query. */
async function snippetFor(page: import('@playwright/test').Page, query: string, path: string): Promise<string> {
  const results = await snippets(page, query);
  const found = results.find(([href]) => sitePath(decodeURIComponent(href.split('#')[0])) === path);
  expect(found, `${path} among the results for "${query}"`).toBeDefined();
  return found![1];
}

// Review 27 (S-1, S-4 to S-8): snippets that were a proposal box's label, a pronoun without what it
// points back to, one list item as if the only one, a paragraph glued on after a colon, or without the
// sentence that holds the searched word.
test("a snippet from a section about proposals shows the proposal, named as one, not the box's label", async ({ page }) => {
  const results = await snippets(page, 'förslag lagändring budget i balans');
  for (const [href, snippet] of results) {
    expect(snippet, href).not.toContain('Inget i det här avsnittet gäller i dag');
    expect(snippet, href).not.toContain('inte gällande lag.');
  }
  const styrelsen = results.find(([href]) => href.includes('vilka-f%C3%B6rslag-fr%C3%A5n-2024'));
  expect(styrelsen, 'Styrelsen, Vilka förslag från 2024 berör styrelsen?').toBeDefined();
  expect(styrelsen![1]).toMatch(new RegExp(`^${PROPOSAL} .*föreslår Försäkringskassan`));
});

test('a snippet that opens with a pronoun shows the short sentence it points back to', async ({ page }) => {
  // Review 27: "De får också betalt …" on /roller/styrelsen/, with the parties it means left out.
  const styrelsen = await snippetFor(page, 'styrelsledamot ansvar', '/roller/styrelsen/');
  expect(styrelsen).not.toMatch(/^(…\s*)?De\b/);
  expect(styrelsen).toMatch(/parterna[^.]*\. De får också betalt/);
});

test('a snippet shows the sentence with the searched word, and no paragraph glued on after a colon', async ({ page }) => {
  expect(await snippetFor(page, 'forteckning lokala insatser', '/roller/forsakringskassan/')).toContain('förteckning över lokala insatser');
  const roller = await snippetFor(page, 'mitt ansvar som ledamot', '/roller/');
  expect(roller).not.toMatch(/förra: Vid sidan/);
});

test('the first item after a colon that announces several says that more follow', async ({ page }) => {
  const sus = await snippetFor(page, 'hur stort eget kapital får vi ha', '/uppfoljning/');
  expect(sus).toMatch(/på tre sätt: Med personuppgifter, om deltagaren lämnade sitt samtycke\. …$/);
});
