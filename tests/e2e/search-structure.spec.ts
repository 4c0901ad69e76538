// How /sok/ reads to a screen reader and a keyboard (a usability review of the built page): result
// links named by page and section, headings that fit the page's outline, a named list, a direct
// answer with a heading right after the short status line, a way on when nothing is found, and a
// "Rensa filter" button while a filter box is ticked. Axe checks each state, also at 360 px.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { siteHref } from './helpers';
import { expectNoAxeViolations } from './checks/axe';

async function searchFor(page: Page, query: string) {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).not.toHaveText(/^$|Söker/);
}

/** The levels of the headings shown in <main>, in document order. */
const headingLevels = (page: Page) =>
  page
    .locator('main :is(h1, h2, h3, h4, h5, h6)')
    .evaluateAll((hs) => hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => Number(h.tagName[1])));

test('each result is a heading whose link names both the page and the section it opens, each once', async ({ page }) => {
  await searchFor(page, 'vem betalar revisionen');
  const list = page.getByRole('list', { name: 'Träffar' });
  await expect(list).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Träffar' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Revision: Vem betalar revisionen?', exact: true })).toHaveAttribute(
    'href',
    siteHref('/revision/#vem-betalar-revisionen'),
  );
  // Every result is a level-3 heading holding its one link; the section is no paragraph of its own.
  const items = list.getByRole('listitem');
  const n = await items.count();
  expect(n).toBeGreaterThan(0);
  await expect(list.getByRole('heading', { level: 3 })).toHaveCount(n);
  await expect(list.locator('li > p.sok-section')).toHaveCount(0);
  // A link's name is the page's title, a colon, and the section's heading, as shown.
  for (const item of await items.all()) {
    const link = item.getByRole('heading', { level: 3 }).getByRole('link');
    const title = (await link.locator('.sok-sida').textContent())!.replace(/:$/, '');
    const section = await link.locator('.sok-section').textContent();
    await expect(link).toHaveAccessibleName(section ? new RegExp(`^${escape(title)}:? ${escape(section)}$`) : title);
  }
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the direct answer has a heading and follows the short status line; the outline steps one level at a time', async ({ page }) => {
  await searchFor(page, 'vem betalar revisionen');
  const status = page.getByRole('status');
  // The status names the answer but does not read it out.
  await expect(status).toHaveText(/^(Visar ett|Ett) direkt svar och/);
  await expect(status).not.toContainText('Förbundet betalar');
  const answer = page.getByRole('region', { name: 'Frågor och svar: Vem betalar revisionen?' });
  await expect(answer.getByRole('heading', { level: 2, name: 'Frågor och svar: Vem betalar revisionen?' })).toBeVisible();
  await expect(answer).toContainText('Förbundet betalar arvodet');
  // Next after the status in reading order (what is hidden aside) comes the answer.
  const next = await page.evaluate(() => {
    let el = document.querySelector('[data-search-status]')!.nextElementSibling;
    while (el && (el.tagName === 'NOSCRIPT' || (el as HTMLElement).hidden)) el = el.nextElementSibling;
    return el?.getAttribute('aria-labelledby');
  });
  expect(next).toBe('sok-svar-rubrik');
  // h1, then the answer's h2, then "Träffar" (h2) and its results (h3): no level skipped.
  const levels = await headingLevels(page);
  expect(levels.slice(0, 4)).toEqual([1, 2, 2, 3]);
  levels.forEach((level, i) => i === 0 || expect(level - levels[i - 1]).toBeLessThanOrEqual(1));
});

test('"Läs mer" in the answer box names the page, and the section when it leads to one', async ({ page }) => {
  // The box's own link, after the answer's text (whose links are the FAQ page's).
  await searchFor(page, 'ansvarsfrihet styrelsen');
  await expect(page.locator('[data-search-answer] .sok-svar-mer').getByRole('link')).toHaveText(
    'Läs mer på sidan Revision, under Hur prövas ansvarsfriheten?',
  );
  await expect(page.locator('[data-search-answer]').getByRole('link').last()).toHaveText(/^Läs mer på sidan Revision/);
  await searchFor(page, 'vad gör förbundschefen');
  await expect(page.locator('[data-search-answer]').getByRole('link')).toHaveText('Läs mer på sidan Förbundschef och kansli');
});

test('a search with no hits offers Frågor och svar, Ordlistan and Läsvägar as links, outside the live status', async ({ page }) => {
  await searchFor(page, 'xyzzy');
  await expect(page.getByRole('status')).toHaveText(
    'Inga träffar på ”xyzzy”. Prova färre eller andra ord, eller leta vidare via länkarna nedan.',
  );
  await expect(page.getByRole('status').getByRole('link')).toHaveCount(0);
  // The empty list keeps no room for results: no screen of nothing under the ways on.
  const list = page.locator('[data-search-results]');
  expect(await list.evaluate((l) => l.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
  for (const [name, href] of [
    ['Frågor och svar', '/fragor-och-svar/'],
    ['Ordlistan', '/ordlista/'],
    ['Läsvägar', '/lasvagar/'],
  ])
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', siteHref(href));
  await expectNoAxeViolations(page);
  await page.getByRole('main').getByRole('link', { name: 'Läsvägar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/lasvagar\/$/);
  // A search that finds something shows no such links.
  await searchFor(page, 'styrelse');
  await expect(page.getByRole('main').getByRole('link', { name: 'Läsvägar', exact: true })).toHaveCount(0);
  await expect(list.locator('> li').first()).toBeVisible();
  // Typed in place after a search with no hits, the results come in the list as before.
  await page.getByRole('searchbox').fill('xyzzy');
  await expect(page.getByRole('status')).toHaveText(/^Inga träffar på ”xyzzy”/);
  expect(await list.evaluate((l) => l.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
  await page.getByRole('searchbox').fill('revision');
  await expect(list.locator('> li').first()).toBeVisible();
  expect(await list.evaluate((l) => l.getBoundingClientRect().height)).toBeGreaterThan(100);
});

test('the filters say what their counts count, name chapters as the menu does, and "Rensa filter" unticks them all', async ({ page }) => {
  await searchFor(page, 'styrelse');
  const filters = page.locator('[data-search-filters]');
  await filters.locator('summary').click();
  await expect(filters).toContainText(/Siffran efter ett val är hur många av dina träffar du får om du väljer det/);
  // Chapters carry the menu's names, in the menu's order; the start page, in no chapter, is not one
  // (review 26: "Startsida" was listed, and the boxes were ordered by count).
  const menu = (await page.locator('#starlight__sidebar').getByRole('link').allTextContents())
    .concat(await page.locator('#starlight__sidebar summary').allTextContents())
    .map((t) => t.replace(/\u00ad/g, '').trim());
  const menuInOrder = (await page.locator('#starlight__sidebar a, #starlight__sidebar summary').allTextContents()).map((t) =>
    t.replace(/\u00ad/g, '').trim(),
  );
  const chapters = (await page.getByRole('group', { name: 'Kapitel' }).locator('label').allTextContents()).map((l) =>
    l.replace(/ \(\d+\)$/, ''),
  );
  expect(chapters.length).toBeGreaterThan(3);
  expect(chapters).not.toContain('Startsida');
  for (const chapter of chapters) expect(menu).toContain(chapter);
  const places = chapters.map((c) => menuInOrder.indexOf(c));
  expect(places).toEqual([...places].sort((a, b) => a - b));

  const clear = page.getByRole('button', { name: 'Rensa filter' });
  await expect(clear).toBeHidden();
  const before = await page.getByRole('status').textContent();
  const box = page.getByRole('group', { name: 'Kapitel' }).getByRole('checkbox').first();
  // The box stays where it was when ticked: "Rensa filter" above it has its place kept (review 26).
  const top = (await box.boundingBox())!.y;
  await box.check();
  await expect(page).toHaveURL(/kapitel=/);
  await expect(page.getByRole('status')).not.toHaveText(before!);
  await expect(clear).toBeVisible();
  expect(Math.abs((await box.boundingBox())!.y - top)).toBeLessThan(2);
  await expectNoAxeViolations(page);
  // Reached by keyboard from the box, and the new count is announced in the status line.
  await box.focus();
  for (let i = 0; i < 5 && !(await clear.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(clear).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(before!);
  await expect(page).not.toHaveURL(/kapitel=/);
  await expect(page.locator('[data-search-filters] input:checked')).toHaveCount(0);
  await expect(clear).toBeHidden();
  // The focus stays in the panel, on its summary, not lost with the button.
  await expect(filters.locator('summary')).toBeFocused();
});

test('at 360 px the results, the answer and the open filters fit the screen and pass axe', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const q of ['vem betalar revisionen', 'styrelse']) {
    await searchFor(page, q);
    await page.locator('[data-search-filters] summary').click();
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    await expectNoAxeViolations(page);
  }
});
