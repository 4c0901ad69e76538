import { expect, test } from './fixtures';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtHtml, siteHref } from './helpers';

test('the start page is in Swedish and says what the site is', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kunskapsstöd för finansiell samordning');
  await expect(page.getByRole('link', { name: 'Hoppa till innehåll' })).toBeAttached();
});

for (const chapter of ['Samordningsförbundets uppgifter', 'Organisation och roller']) {
  test(`the start page leads to ${chapter}`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('main').getByRole('link', { name: chapter, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter);
  });
}

test('the sidebar reaches a role page', async ({ page }) => {
  await page.goto('/roller/');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Styrelsen', exact: true }).click();
  await expect(page).toHaveURL(/\/roller\/styrelsen\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Styrelsen');
});

test('a guidance page shows its sources and review date', async ({ page }) => {
  await page.goto('/samordningsforbundets-uppgifter/');
  const sources = page.getByRole('region', { name: 'Källor' });
  await expect(sources).toBeVisible();
  expect(await sources.getByRole('listitem').count()).toBeGreaterThan(0);
  await expect(sources.getByRole('listitem').first()).toContainText('Försäkringskassan');
  await expect(page.getByText(/Sidan granskades mot källorna \d+ \w+ \d{4}/)).toBeVisible();
});

test('/sok/?q=styrelse lists the board page with the word highlighted', async ({ page }) => {
  await page.goto('/sok/?q=styrelse');
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('styrelse');
  const results = page.locator('[data-search-results]');
  await expect(results.locator(`a[href^="${siteHref('/roller/styrelsen/')}"]`).first()).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/\d+ (bästa )?träff/);
});

test('searching again with the Sök button runs the new search in place, and Back leaves /sok/', async ({ page }) => {
  await page.goto('/ekonomi/');
  await page.goto('/sok/?q=styrelse');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.getByRole('main').getByRole('searchbox').fill('beredningsgrupp');
  await page.getByRole('main').getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL(/\?q=beredningsgrupp$/);
  await expect(page.locator(`[data-search-results] a[href^="${siteHref('/roller/beredningsgrupp/')}"]`).first()).toBeVisible();
  // Replaced, as typing replaces it: no entry of its own, nor a second one for the same search.
  await page.goBack();
  await expect(page).toHaveURL(/\/ekonomi\/$/);
});

test('results follow typing on /sok/, and the address follows them in place', async ({ page }) => {
  await page.goto('/sok/?q=styrelse');
  await expect(page.locator(`[data-search-results] a[href^="${siteHref('/roller/styrelsen/')}"]`).first()).toBeVisible();
  await page.getByRole('main').getByRole('searchbox').fill('revisorer');
  await expect(
    page
      .locator(
        `[data-search-results] a[href^="${siteHref('/roller/revisorerna/')}"], [data-search-results] a[href^="${siteHref('/revision/')}"]`,
      )
      .first(),
  ).toBeVisible();
  // Replaced, not added: search-results.spec.ts checks that back leaves /sok/ in one step.
  await expect(page).toHaveURL(/\?q=revisorer$/);
});

test('the theme menu switches the theme, keeps it, and names it in words with no icon that could disagree', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/roller/styrelsen/');
  const picker = page.locator('header starlight-theme-select');
  const menu = picker.getByRole('combobox', { name: 'Ljust eller mörkt läge' });
  await expect(picker.locator('svg.label-icon')).toBeHidden();
  await menu.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(menu.locator('option:checked')).toHaveText('Ljust läge');
  // On the next page the stored choice is applied before the first paint.
  await page.goto('/roller/forbundschef/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(menu).toHaveValue('light');
  await menu.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const width of [320, 412]) {
  test(`the site's name is shown whole in the header at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/roller/styrelsen/');
    const clipped = await page.locator('header .site-title span').evaluate((span) => {
      const header = span.closest('header')!.getBoundingClientRect();
      const box = span.getBoundingClientRect();
      return { sideways: span.scrollWidth > span.clientWidth, below: box.bottom > header.bottom, above: box.top < header.top };
    });
    expect(clipped).toEqual({ sideways: false, below: false, above: false });
  });
}

test('a page changed after its review says when it last changed, and only then', () => {
  const docs = join(process.cwd(), 'content/docs');
  const files = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  let later = 0;
  for (const file of files) {
    const data = parse(readFileSync(join(docs, file), 'utf8').split(/^---$/m)[1]);
    if (!data.granskad) continue;
    const changes: string[] = (data.andringar ?? [])
      .filter((a: { webbplats?: boolean }) => !a.webbplats)
      .map((a: { datum: string }) => a.datum);
    const last = changes.sort().at(-1);
    const path = `/${file.replace(/(^|\/)index\.mdx$/, '$1').replace(/\.mdx$/, '/')}`;
    const footer = builtHtml(path).match(/<p class="granskad">([\s\S]*?)<\/p>/)?.[1] ?? '';
    if (last && last > data.granskad) {
      later++;
      expect(footer, path).toContain(`Senast ändrat <time datetime="${last}">`);
    } else expect(footer, path).not.toContain('Senast ändrat');
  }
  expect(later, 'pages changed after their review exist to test with').toBeGreaterThan(0);
});
