// The tillgänglighetsredogörelse: reachable from every page's footer, with what DIGG's rules ask
// for (status in DIGG's wording, reporting route, DIGG's complaint link, assessment and update dates).
import { expect, test } from './fixtures';
import { allPages, builtHtml, siteHref } from './helpers';

const STATEMENT = '/om-webbplatsen/tillganglighet/';

test('every built page links to the statement from its footer', () => {
  const missing = [...allPages(), '/404.html'].filter((path) => {
    const footerNav = builtHtml(path).match(/<nav class="webbplats-lankar[^"]*"[^>]*>[\s\S]*?<\/nav>/)?.[0] ?? '';
    return !footerNav.includes(`href="${siteHref(STATEMENT)}"`);
  });
  expect(missing).toEqual([]);
});

test('the footer link is reachable and named on a guidance page', async ({ page }) => {
  await page.goto('/roller/styrelsen/');
  const link = page.getByRole('navigation', { name: 'Om webbplatsen' }).getByRole('link', { name: 'Tillgänglighet' });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${STATEMENT}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillgänglighetsredogörelse');
});

test('the statement has the parts DIGG requires', async ({ page }) => {
  await page.goto(STATEMENT);
  const headings = await page.locator('main h2').allTextContents();
  for (const h of [
    'Hur tillgänglig är webbplatsen?',
    'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    'Rapportera brister i webbplatsens tillgänglighet',
    'Tillsyn',
    'Teknisk information om webbplatsens tillgänglighet',
    'Hur vi testat webbplatsen',
  ]) {
    expect(headings.map((x) => x.trim())).toContain(h);
  }
  await expect(page.locator('main h3', { hasText: 'Innehåll som inte är tillgängligt' })).toHaveCount(1);
  // The organisation and the compliance status in DIGG's own wording (one of three).
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toContain('Nationella rådet för finansiell samordning står bakom den här webbplatsen');
  // The site's own address, as the build knows it.
  await expect(page.locator('main p').first().locator('.webbplatsadress')).toHaveText(/^[\w.-]+(:\d+)?(\/\S*)?$/);
  const statuses =
    main.match(/Den här webbplatsen är (helt|delvis|inte) förenlig med lagen om tillgänglighet till digital offentlig service/g) ?? [];
  expect(statuses).toHaveLength(1);
  // DIGG's complaint route, at the address DIGG gives for it.
  await expect(page.getByRole('link', { name: /anmäla bristande tillgänglighet till DIGG/ })).toHaveAttribute(
    'href',
    'https://www.digg.se/tdosanmalan',
  );
  // A way to report a problem that works without a known repository: the publisher's website.
  await expect(page.getByRole('link', { name: /finsam\.se/ })).toHaveAttribute('href', 'https://www.finsam.se/');
  // The text promises no more ways to get in touch than the page offers (one without a repository).
  expect(main).not.toMatch(/något av sätten/);
  // When and how it was assessed; dates are real and not in the future.
  for (const label of ['Senaste bedömningen gjordes den', 'Redogörelsen uppdaterades senast den']) {
    const m = main.match(new RegExp(`${label} (\\d{1,2}) (\\p{L}+) (\\d{4})`, 'u'));
    expect(m, label).not.toBeNull();
    const month = [
      'januari',
      'februari',
      'mars',
      'april',
      'maj',
      'juni',
      'juli',
      'augusti',
      'september',
      'oktober',
      'november',
      'december',
    ].indexOf(m![2]);
    expect(month, `${label}: month`).toBeGreaterThanOrEqual(0);
    const date = new Date(Date.UTC(Number(m![3]), month, Number(m![1])));
    expect(date.getUTCDate(), `${label}: day`).toBe(Number(m![1]));
    expect(date.getTime(), `${label}: not in the future`).toBeLessThanOrEqual(Date.now());
  }
  expect(main).toMatch(/självskattning/);
});
