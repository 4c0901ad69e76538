// The start page leads: the menu on every screen, entries by role and task, and every chapter
// one click away.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { allPages, builtHtml } from './helpers';
import { chapters } from '../../src/lib/chapters';
import { sidebar } from '../../src/config/sidebar.mjs';

for (const width of [800, 1024, 1152, 1280]) {
  test(`on a ${width} px laptop the theme menu says what it switches and the site's name is whole`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/roller/styrelsen/');
    // "Som enheten" alone in the header did not say it was the light or dark setting (review 11).
    const header = page.locator('header.header');
    await expect(header.getByText('Ljust eller mörkt läge', { exact: true })).toBeVisible();
    const select = await header.locator('starlight-theme-select select').boundingBox();
    expect(select!.height, 'a target a finger can hit').toBeGreaterThanOrEqual(24);
    // Starlight's title wrapper hides what overflows: the name's last letter must lie inside it.
    const cut = await header.locator('.title-wrapper').evaluate((wrapper) => {
      const range = document.createRange();
      range.selectNodeContents(wrapper.querySelector('.site-title span')!);
      return range.getBoundingClientRect().right - wrapper.getBoundingClientRect().right;
    });
    expect(cut, "the site's name runs past its box").toBeLessThanOrEqual(0.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('on a laptop the start page shows the menu beside the content', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(menu.getByRole('link', { name: 'Styrelsen', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Meny' })).toBeHidden();
});

for (const width of [320, 412]) {
  test(`on a ${width} px phone the start page has the menu button and the theme menu`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Meny' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ekonomi', exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Ljust eller mörkt läge' }).filter({ visible: true })).toHaveCount(1);
    // On a phone the switch's label is shown, not only read out: "Auto" alone did not say what it switches.
    await expect(page.locator('.mobile-preferences').getByText('Ljust eller mörkt läge', { exact: true })).toBeVisible();
    // …at the top of the menu, without scrolling past the chapters (review 9 did not find it at the foot).
    const theme = await page.locator('.mobile-preferences').boundingBox();
    const firstLink = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').first().boundingBox();
    expect(theme!.y).toBeLessThan(firstLink!.y);
    expect(theme!.y + theme!.height).toBeLessThan(800);
    // …and whole on a 320 px screen: its choice and arrow ran past the edge (review 10).
    const choice = await page.locator('.mobile-preferences select').boundingBox();
    expect(choice!.x + choice!.width).toBeLessThanOrEqual(width);
  });
}

test('every chapter in the menu is one click from the start page', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  const expected = chapters(sidebar as never).filter((c) => !['sok', 'om-webbplatsen'].includes(c.id));
  for (const id of ['fragor-och-svar', 'statistik', 'ekonomi', 'esf', 'revision', 'lagstiftning'])
    expect(expected.map((c) => c.id)).toContain(id);
  for (const chapter of expected) await expect(main.locator(`a[href="/${chapter.id}/"]`).first(), chapter.label).toBeVisible();
});

/** Text of built HTML as a reader sees it: no soft hyphens, the entities this site writes decoded. */
const text = (html: string) => html.replace(/\u00ad|&shy;/g, '').replace(/&amp;/g, '&');

test('the search filter names each chapter as the start page and the menu do', () => {
  // Readers saw "Ekonomi" on the start page and "Styrning, pengar och uppföljning" in the chapter
  // filter on /sok/, and could not tell they were the same chapter (review u24).
  const list = /<ul class="kapitellista"[^>]*>(.*?)<\/ul>/s.exec(builtHtml('/'))![1];
  const listed = [...list.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: m[1], label: text(m[2]) }));
  expect(listed.map((c) => c.label)).toContain('Ekonomi');
  const problems: string[] = [];
  for (const path of allPages()) {
    const html = builtHtml(path);
    const filter = /data-pagefind-filter="kapitel:([^"]+)"/.exec(html);
    if (!filter || !html.includes('data-pagefind-body')) continue;
    const value = text(filter[1]);
    // The menu's own names: its top-level entries and the links in its groups.
    const menu = [...html.matchAll(/class="large[^"]*">(?:<span[^>]*>)?([^<]+)</g)].map((m) => text(m[1]));
    const chapter = listed.filter((c) => path.startsWith(c.href)).sort((a, b) => b.href.length - a.href.length)[0];
    if (chapter && value !== chapter.label) problems.push(`${path}: filtret säger ”${value}”, startsidan ”${chapter.label}”`);
    if (!chapter && path !== '/' && !menu.includes(value)) problems.push(`${path}: filtret säger ”${value}”, som menyn inte har`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the three most used chapters come first, as chapters rather than visit figures', async ({ page }) => {
  await page.goto('/');
  const first = page.getByRole('main').locator('.kapitelkort a');
  await expect(first).toHaveText(['Samordningsförbundets uppgifter', 'Organisation och roller', 'Målgrupper']);
  await expect(page.getByRole('main')).not.toContainText('Mest besökta');
});

test('each role is led to its reading path and its role page', async ({ page }) => {
  await page.goto('/');
  const roles = page.getByRole('main').locator('.rollval');
  for (const path of [
    '/lasvagar/ny-styrelseledamot/',
    '/roller/styrelsen/',
    '/lasvagar/ny-forbundschef/',
    '/roller/forbundschef/',
    '/lasvagar/beredningsgruppen/',
    '/roller/beredningsgrupp/',
    '/lasvagar/tjansteperson-hos-en-part/',
    '/roller/arbetsformedlingen/',
    '/roller/forsakringskassan/',
    '/roller/kommunen/',
    '/roller/regionen/',
  ]) {
    await expect(roles.locator(`a[href="${path}"]`)).toBeVisible();
  }
  await roles.getByRole('link', { name: 'läsvägen för nya styrelseledamöter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny styrelseledamot');
});

test('common tasks lead to the page that answers them', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Förstå budgeten och det egna kapitalet' }).click();
  await expect(page).toHaveURL(/\/ekonomi\/#vad-g%C3%A4ller-f%C3%B6r-eget-kapital-och-budget-i-balans$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Vad gäller för eget kapital och budget i balans?' })).toBeInViewport();
});

test("the pages for editors are not in the reader's menu", async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).locator('a[href="/om-webbplatsen/granskning/"]')).toHaveCount(0);
  await page.goto('/om-webbplatsen/granskning/');
  await expect(page.getByRole('main')).not.toContainText('pull request');
});

// A reading path added to content/docs/lasvagar/ is offered where readers choose one: by role on the
// start page, and on the page that lists the paths.
const readingPaths = readdirSync(join(import.meta.dirname, '../../content/docs/lasvagar'))
  .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
  .map((f) => `/lasvagar/${f.replace(/\.mdx$/, '')}/`);

test('every reading path is offered by role on the start page and on the list of reading paths', async ({ page }) => {
  expect(readingPaths).toContain('/lasvagar/tjansteperson-hos-en-part/');
  await page.goto('/');
  for (const path of readingPaths)
    await expect(page.getByRole('main').locator('.rollval').locator(`a[href="${path}"]`), path).toBeVisible();
  await page.goto('/lasvagar/');
  for (const path of readingPaths) await expect(page.getByRole('main').locator(`a[href="${path}"]`).first(), path).toBeVisible();
});
