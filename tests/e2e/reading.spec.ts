// Reading without stumbling (#16): what a reader meets on the built site that the other specs do
// not cover. One visit per page checked.
import { expect, test } from './fixtures';
import { parseHTML } from 'linkedom';
import { printChapters } from '../../src/config/print.mjs';
import { builtHtml } from './helpers';

test('a note used in several places leads back to the marker the reader followed, and names every place', async ({ page }) => {
  await page.goto('/roller/styrelsen/');
  const second = page.locator('#not-ref-2-2');
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#not-2$/);
  const note = page.locator('#not-2');
  await note.getByRole('link', { name: 'Tillbaka till texten vid not 2', exact: true }).click();
  await expect(page).toHaveURL(/#not-ref-2-2$/);
  // Without the script the numbered places still lead to each one.
  await expect(
    note.locator('.not-tillbaka-alla').getByRole('link', { name: 'Tillbaka till texten vid not 2, ställe b', exact: true }),
  ).toHaveAttribute('href', '#not-ref-2-2');
});

test('the chapter print view nests headings: chapter h1, each page h2, its sections h3 and below', () => {
  for (const chapter of printChapters) {
    const { document } = parseHTML(builtHtml(`/skriv-ut/${chapter.id}/`));
    expect(document.querySelectorAll('h1').length).toBe(1);
    const articles = [...document.querySelectorAll('article.utskrift-sida')];
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const headings = [...article.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
      expect(headings[0], chapter.id).toBe(2);
      expect(
        headings.slice(1).every((level) => level >= 3),
        `${article.getAttribute('data-sida')}: ${headings}`,
      ).toBe(true);
    }
  }
});

test('printed, each page of a chapter starts on a new sheet; a guidance page says how to print it alone', async ({ page }) => {
  await page.goto('/roller/styrelsen/');
  // A page of a chapter prints alone with a button (review 11 found only the browser's menu named)…
  await expect(page.locator('.utskrift-lank').getByRole('button', { name: 'Skriv ut sidan eller spara som PDF' })).toBeVisible();
  // …and links the chapter's print view.
  await expect(page.locator('.utskrift-lank').getByRole('link', { name: 'Skriv ut hela kapitlet: Organisation och roller' })).toBeVisible();
  await page.goto('/skriv-ut/roller/');
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('article.utskrift-sida').evaluateAll((as) => as.map((a) => getComputedStyle(a).breakBefore));
  expect(new Set(breaks)).toEqual(new Set(['page']));
});

test('printed, /statistik/ shows every table whole within the sheet and no "Visa tabell" buttons', async ({ page }) => {
  // About the width of A4 inside the browser's print margins.
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto('/statistik/');
  await page.emulateMedia({ media: 'print' });
  const tables = await page.locator('main table').evaluateAll((ts) =>
    ts.map((t) => ({
      caption: t.querySelector('caption')?.textContent,
      overflow: t.scrollWidth - t.closest('main')!.clientWidth,
      height: t.getBoundingClientRect().height,
    })),
  );
  expect(tables.length).toBeGreaterThan(5);
  for (const t of tables) {
    expect(t.overflow, t.caption!).toBeLessThanOrEqual(0);
    expect(t.height, t.caption!).toBeGreaterThan(0);
  }
  await expect(page.locator('.diagram-tabell summary').first()).toBeHidden();
});

// The charts are measured in chart-text-size.spec.ts; the process diagram is a drawing too, and
// once rendered at 5.9 px on a 320 px phone.
for (const width of [320, 360, 412]) {
  test(`at ${width} px the process diagram's text is at least 11 px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/esf/');
    const sizes = await page.locator('.process-bild svg').evaluate((svg: SVGSVGElement) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    });
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });
}

test("the start page's latest changes are changes to the guidance; the full log marks changes to the site itself", () => {
  const listed = (path: string) =>
    [...parseHTML(builtHtml(path)).document.querySelectorAll('ul.andringar > li')].map((li) => li.textContent ?? '');
  const home = listed('/');
  expect(home.length).toBeGreaterThan(1);
  expect(home.filter((l) => /Startsidan har nu en meny|\(om webbplatsen\)/.test(l))).toEqual([]);
  const all = listed('/om-webbplatsen/andringar/');
  expect(all.filter((l) => l.includes('Startsidan har nu en meny'))).toEqual([
    expect.stringContaining('(ändrat hur webbplatsen fungerar eller ser ut, inte vad vägledningen säger)'),
  ]);
  // That corrections of facts lead their day, so the short list never leaves them out, is tested in
  // tests/unit/changes.test.ts: the log may have no correction on its newest day.
});

test("search's answer box for a glossary term links on with words that fit a term, not a question", async ({ page }) => {
  // A term explained in one section of the guidance (content/ordlista/sus.yaml's sida) reads on
  // there, named by the page and the heading, not by the glossary that repeats it.
  await page.goto('/sok/?q=SUS');
  const box = page.locator('.sok-svar');
  await expect(box).toContainText('Ordlistan');
  const more = box.getByRole('link');
  await expect(more).toHaveText(/^Läs mer på sidan Uppföljning, under Hur fungerade SUS\?$/);
  await expect(more).toHaveAttribute('href', /\/uppfoljning\/#hur-fungerade-sus$/);
  // A term whose entry links to a page of the guidance reads on there, named by the page.
  await page.goto('/sok/?q=verkställighet');
  await expect(box.getByRole('link')).toHaveText(/^Läs mer på sidan Styrelsen$/);
});
