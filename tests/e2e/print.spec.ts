import { expect, test } from './fixtures';
import { parseHTML } from 'linkedom';
import { builtHtml, sitePath } from './helpers';
import { printChapters } from '../../src/config/print.mjs';
import { chapters } from '../../src/lib/chapters';
import { sidebar } from '../../src/config/sidebar.mjs';

test('each chapter has a print view with every page of its folder in the menu, in order', async ({ page }) => {
  for (const chapter of printChapters) {
    await page.goto(`/${chapter.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const sidebarPaths = await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .locator('details:has(a[aria-current="page"]) ul a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await page.getByRole('link', { name: new RegExp(`Skriv ut hela kapitlet: ${chapter.label}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/skriv-ut/${chapter.id}/$`));
    // A chapter's print view is long and streams in: count its pages once all of it has arrived.
    await page.waitForLoadState('load');
    await expect(page.locator('article.utskrift-sida').first()).toBeVisible();
    const printed = await page.locator('article.utskrift-sida').evaluateAll((as) => as.map((a) => a.getAttribute('data-sida')));
    // A chapter is a folder: its group in the menu, or the pages under a chapter page in a larger
    // group (/lagstiftning/ and /lagstiftning/forslag/ within "Styrning, pengar och uppföljning").
    expect(printed).toEqual(sidebarPaths.map(sitePath).filter((p) => p.startsWith(`/${chapter.id}/`)));
  }
});

test('printed, a chapter shows its text and sources but no navigation or search', async ({ page }) => {
  await page.goto('/skriv-ut/roller/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Om webbplatsen' })).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.getByRole('search')).toHaveCount(0);
  await expect(page.locator('article.utskrift-sida').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Källor' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // Several A4 pages of text: a chapter of twelve pages does not fit on a few.
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(5);
});

test("a chapter's print view says about how many A4 sheets it prints on, near what a print gives", async ({ page }) => {
  for (const chapter of printChapters) {
    await page.goto(`/skriv-ut/${chapter.id}/`);
    const said = Number((await page.locator('.utskrift-ingress').textContent())?.match(/omkring (\d+) A4-sidor/)?.[1]);
    expect(said, chapter.id).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // An estimate from the source text (src/lib/print-sheets.ts): within a third of the real print.
    expect(Math.abs(said - sheets) / sheets, `${chapter.id}: said ${said}, printed ${sheets}`).toBeLessThanOrEqual(1 / 3);
  }
});

test('printed, no heading is left alone at the foot of a sheet: each is kept with the text after it', async ({ page }) => {
  await page.goto('/skriv-ut/roller/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('article.utskrift-sida').first()).toBeVisible();
  // Starlight puts each heading and its anchor link in a wrapper: the break that matters is after it.
  const loose = await page.locator('.sl-markdown-content :is(h2, h3, h4)').evaluateAll((headings) =>
    headings
      .map((h) => (h.parentElement?.classList.contains('sl-heading-wrapper') ? h.parentElement : h))
      .filter((box) => getComputedStyle(box).breakAfter !== 'avoid')
      .map((box) => box.textContent?.trim()),
  );
  expect(loose).toEqual([]);
});

// Every page at 320 px without sideways scrolling: every-page.spec.ts (checks/overflow.ts).

test('a guidance page printed alone shows its own web address, and only on paper', async ({ page }) => {
  await page.goto('/roller/styrelsen/');
  const address = page.locator('.sidans-adress');
  await expect(address).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(address).toBeVisible();
  await expect(address).toContainText(canonical ?? 'kanonisk adress saknas');
});

test("the chapter print view puts each page's notes right after that page, numbered from 1, linked both ways within it", () => {
  for (const chapter of printChapters) {
    const { document } = parseHTML(builtHtml(`/skriv-ut/${chapter.id}/`));
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size, `${chapter.id}: duplicate ids`).toBe(ids.length);
    // No notes gathered at the end of the chapter: every notes list belongs to one page.
    expect(document.querySelectorAll('.noter').length).toBe(document.querySelectorAll('article.utskrift-sida .noter').length);
    let pagesWithNotes = 0;
    for (const article of document.querySelectorAll('article.utskrift-sida')) {
      const where = article.getAttribute('data-sida');
      const markers = [...article.querySelectorAll('sup.not a')];
      const notes = article.querySelector('.noter');
      if (!markers.length) {
        expect(notes, where!).toBeNull();
        continue;
      }
      pagesWithNotes += 1;
      // After the page's text, named for the page.
      expect(notes!.nextElementSibling?.tagName ?? 'SCRIPT', where!).toBe('SCRIPT');
      expect(notes!.querySelector('h3')!.textContent).toBe(`Noter till ${article.querySelector('h2')!.textContent!.trim()}`);
      const numbers = [...notes!.querySelectorAll('ol > li')].map((li) => li.querySelector('.not-tillbaka')!.getAttribute('aria-label'));
      expect(numbers[0], where!).toBe('Tillbaka till texten vid not 1');
      for (const a of markers) expect(article.querySelector(a.getAttribute('href')!), `${where}: ${a.outerHTML}`).not.toBeNull();
      for (const back of notes!.querySelectorAll('a[href^="#"]'))
        expect(article.querySelector(`sup.not ${back.getAttribute('href')}`), `${where}: ${back.outerHTML}`).not.toBeNull();
    }
    expect(pagesWithNotes, chapter.id).toBeGreaterThan(0);
  }
});

test('in the chapter print view a marker leads to its note on the same page and back', async ({ page }) => {
  await page.goto('/skriv-ut/roller/');
  const article = page.locator('article.utskrift-sida[data-sida$="/roller/styrelsen/"]');
  await article.getByRole('link', { name: 'Not 2', exact: true }).first().click();
  await expect(page).toHaveURL(/#sida-roller-styrelsen__not-2$/);
  await expect(article.getByRole('region', { name: 'Noter till Styrelsen' }).locator('li:target')).toHaveCount(1);
  await page.locator(':target').getByRole('link', { name: 'Tillbaka till texten vid not 2', exact: true }).click();
  await expect(page).toHaveURL(/#sida-roller-styrelsen__not-ref-2$/);
});

test('printed from the dark theme, charts take the colours made for white paper, and their source list prints without a toggle arrow', async ({
  page,
}) => {
  const barColours = () =>
    page.locator('.diagram-bild [class*="diagram-stapel-"]').evaluateAll((bars) => bars.map((b) => getComputedStyle(b).fill));
  await page.goto('/statistik/');
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  const light = await barColours();
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  const dark = await barColours();
  expect(dark, 'the dark theme has colours of its own on screen').not.toEqual(light);
  await page.emulateMedia({ media: 'print' });
  expect(await barColours()).toEqual(light);
  const summary = page.locator('details.diagram-kallor > summary').first();
  await expect(summary).toBeVisible();
  expect(await summary.evaluate((s) => getComputedStyle(s, '::before').display)).toBe('none');
});

test("a chapter's print view has a button that opens the print dialog, not printed itself, and links each page", async ({ page }) => {
  await page.goto('/skriv-ut/roller/');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // Each page's web address is a link to that page, for a reader who wants to print only one.
  const first = page.locator('article.utskrift-sida').first();
  const path = await first.getAttribute('data-sida');
  await first.locator('.utskrift-adress a').click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await page.goBack();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut eller spara som PDF' })).toBeHidden();
});

// A reader on one reading path who printed through "Skriv ut hela kapitlet: Läsvägar" got every path.
test('a reading path offers printing that path alone; the reading paths start page still offers the whole chapter', async ({ page }) => {
  await page.goto('/lasvagar/ny-styrelseledamot/');
  const footer = page.locator('footer.sidfot');
  await expect(footer.getByRole('link', { name: /Skriv ut hela kapitlet/ })).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  const button = footer.getByRole('button', { name: 'Skriv ut läsvägen eller spara som PDF' });
  // With the button, the advice to use the browser's menu goes: one instruction at a time.
  await expect(footer.getByText('Den här läsvägen skriver du ut')).toBeHidden();
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(button).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/lasvagar/');
  await expect(page.locator('footer.sidfot').getByRole('link', { name: 'Skriv ut hela kapitlet: Läsvägar' })).toBeVisible();
});

test.describe('without JavaScript, a reading path', () => {
  test.use({ javaScriptEnabled: false });
  test("points to the browser's menu to print that path, with no button that cannot work", async ({ page }) => {
    await page.goto('/lasvagar/beredningsgruppen/');
    const footer = page.locator('footer.sidfot');
    await expect(footer.getByText('Den här läsvägen skriver du ut eller sparar som PDF från webbläsarens meny.')).toBeVisible();
    await expect(footer.getByRole('button')).toHaveCount(0);
    await expect(footer.getByRole('link', { name: /Skriv ut hela kapitlet/ })).toHaveCount(0);
  });
});

// The start page says every chapter prints from the foot of its pages; review 10 found no way to print
// the chapters of one page (Ekonomi, Revision, ESF+, Statistik…).
test('every chapter in the menu offers printing at the foot of its page: its print view, or the page itself', async ({ page }) => {
  // The vägvisare is a set of questions to click through, not text to take to a meeting.
  const all = chapters(sidebar as never).filter((c) => !['sok', 'om-webbplatsen', 'vagvisare'].includes(c.id));
  const single = all.filter((c) => !printChapters.some((p) => p.id === c.id));
  expect(single.map((c) => c.id)).toEqual(expect.arrayContaining(['ekonomi', 'revision', 'esf', 'statistik']));
  for (const chapter of all) {
    await page.goto(`/${chapter.id}/`);
    const footer = page.locator('footer.sidfot');
    const offer = single.includes(chapter)
      ? footer.getByRole('button', { name: 'Skriv ut sidan eller spara som PDF' })
      : footer.getByRole('link', { name: `Skriv ut hela kapitlet: ${chapter.label}` });
    await expect(offer, chapter.id).toBeVisible();
  }
});
