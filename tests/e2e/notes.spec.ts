// Sources as numbered notes: every citation in the MDX reaches the notes of the built page (no
// claim loses its source), markers are keyboard links with a name and a visible focus, a Kort svar
// box has at most one marker, and notes lead to the source's own page and back to the text.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { citationsIn, type CitationLookups } from '../../src/lib/citations';
import type { Ref } from '../../src/lib/notes';
import { builtHtml, guidancePages } from './helpers';

const root = join(import.meta.dirname, '../..');
const yamlIn = (folder: string) =>
  new Map(
    readdirSync(join(root, 'content', folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(root, 'content', folder, f), 'utf8'))]),
  );
const series = yamlIn('statistik');
const processes = yamlIn('processer');
const lookups: CitationLookups = {
  stat: (id, year, kategori) => {
    const v = series
      .get(id)
      ?.varden.find((x: { ar: number; kategori?: string }) => x.ar === year && (x.kategori ?? '') === (kategori ?? ''));
    return v && { id: v.kalla, plats: v.plats };
  },
  series: (id) => series.get(id)?.varden.map((v: { kalla: string }) => v.kalla) ?? [],
  process: (id) => processes.get(id)?.steg.map((s: { plats: string }) => ({ id: processes.get(id).kalla, plats: s.plats })) ?? [],
  ordlista: () => [...yamlIn('ordlista').values()].map((t) => ({ id: t.kalla, plats: t.plats })),
  insatskategorier: () => [...yamlIn('insatskategorier').values()].map((k) => ({ id: k.kalla, plats: k.plats })),
};

/** content/docs/<path>.mdx for a page path; undefined for pages built from data (the vägvisare). */
function pageFile(path: string): string | undefined {
  const docs = join(root, 'content/docs');
  const slug = path.replace(/^\/|\/$/g, '');
  const candidates = slug === '' ? ['index.mdx'] : [`${slug}.mdx`, `${slug}/index.mdx`];
  return candidates.map((c) => join(docs, c)).find((f) => existsSync(f));
}

/** A note's place as the content gives it: data-plats where the shown words differ, else the text. */
const contentPlace = (p: Element) => p.getAttribute('data-plats') ?? p.textContent!.trim();

const key = (r: Ref) => `${r.id} | ${r.plats}`;

/** The (source, place) pairs the built page's notes name, read from the visible text of each note. */
function notedRefs(html: string): Ref[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('.noter li .not-kalla')].flatMap((span) => {
    const link = span.querySelector('a')!;
    const id = /\/kallor\/([^/]+)\/$/.exec(link.getAttribute('href')!)![1];
    return [...span.querySelectorAll('.not-plats')].map((p) => ({ id, plats: contentPlace(p) }));
  });
}

for (const path of guidancePages()) {
  test(`${path}: every citation in the text is a note, and every note a citation`, () => {
    const file = pageFile(path);
    const html = builtHtml(path);
    // Pages generated from data have no MDX to compare with; their markers and notes are still checked below.
    if (file) expect(new Set(notedRefs(html).map(key))).toEqual(new Set(citationsIn(readFileSync(file, 'utf8'), lookups).refs.map(key)));
    expect(html).not.toContain('<!--kalla:');
    const { document } = parseHTML(html);
    // Markers lead to notes that exist, and each note leads back to a marker.
    const markers = [...document.querySelectorAll('sup.not a')];
    for (const a of markers) expect(document.getElementById(a.getAttribute('href')!.slice(1)), a.outerHTML).not.toBeNull();
    for (const li of document.querySelectorAll('.noter li'))
      expect(document.getElementById(li.querySelector('.not-tillbaka')!.getAttribute('href')!.slice(1))).not.toBeNull();
    // Every lettered way back is named for the note and the place it leads to, with its letter.
    for (const a of document.querySelectorAll('.not-tillbaka-alla a')) {
      const n = a.closest('li')!.id.replace('not-', '');
      expect(a.getAttribute('aria-label'), a.outerHTML).toBe(`Tillbaka till texten vid not ${n}, ställe ${a.textContent!.trim()}`);
    }
    // No parenthesised citation is left in the text.
    expect(document.querySelectorAll('.sl-markdown-content .kalla').length).toBe(0);
    for (const box of document.querySelectorAll('aside[aria-label="Kort svar"]'))
      expect(box.querySelectorAll('sup.not').length).toBeLessThanOrEqual(1);
  });
}

test('a marker is a keyboard link named "Källa n" with a visible focus, leading to its note and back', async ({ page }) => {
  await page.goto('/roller/styrelsen/');
  const marker = page.getByRole('main').getByRole('link', { name: 'Not 2', exact: true }).first();
  await expect(marker).toHaveText('2');
  await marker.focus();
  await expect(marker).toBeFocused();
  const outline = await marker.evaluate((a) => getComputedStyle(a).outlineStyle + ' ' + getComputedStyle(a).outlineWidth);
  expect(outline).toMatch(/^solid [1-9]/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#not-2$/);
  const note = page.locator('#not-2');
  await expect(note).toContainText(/\S/);
  await note.getByRole('link', { name: 'Tillbaka till texten vid not 2', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#not-ref-2$/);
  // Back at the marker, its ring and highlight frame the number, not the finger-sized box around it,
  // which reaches over the figure before it (review 9: the highlight covered that figure).
  const back = page.locator('#not-ref-2');
  const { before, ring, paint } = await back.evaluate((a) => {
    // The right edge of the last character before the marker: what the ring and highlight must not cover.
    const prev = a.parentElement!.previousSibling!;
    const range = document.createRange();
    range.setStart(prev, prev.textContent!.length - 1);
    range.setEnd(prev, prev.textContent!.length);
    const r = a.getBoundingClientRect();
    const cs = getComputedStyle(a);
    if (cs.outlineStyle === 'none') throw new Error('the marker read back to has no focus ring');
    const grow = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth);
    const painted = cs.backgroundClip === 'content-box' ? r.left + parseFloat(cs.paddingLeft) : r.left;
    return { before: range.getBoundingClientRect().right, ring: r.left - grow, paint: painted };
  });
  expect(ring, 'the focus ring starts after the text before the marker').toBeGreaterThanOrEqual(before - 0.5);
  expect(paint, 'the highlight starts after the text before the marker').toBeGreaterThanOrEqual(before);
});

test('a note says in words how to go back to the text, and where one note serves several places it says how many and links each', async ({
  page,
}) => {
  await page.goto('/roller/styrelsen/');
  const notes = page.getByRole('region', { name: 'Noter' });
  // A note used once: one link back, named for what it does.
  const uses = (n: number) => page.locator(`main sup.not a[href="#not-${n}"]`).count();
  const count = await notes.locator('ol > li').count();
  const counts = await Promise.all(Array.from({ length: count }, (_, i) => uses(i + 1)));
  const once = counts.indexOf(1) + 1;
  const several = counts.findIndex((c) => c > 1) + 1;
  expect(once, 'a note used once').toBeGreaterThan(0);
  expect(several, 'a note used in several places').toBeGreaterThan(0);
  const single = page.locator(`#not-${once}`);
  await expect(single.getByRole('link', { name: `Tillbaka till texten vid not ${once}`, exact: true })).toHaveText('Tillbaka till texten');
  await expect(single).not.toContainText('Används på');
  // A note used in several places: the count in words, then one numbered link per place.
  const note = page.locator(`#not-${several}`);
  const n = counts[several - 1];
  await expect(note.locator('.not-tillbaka-rad')).toHaveText(
    `↩ Tillbaka till texten · Används på ${n} ställen i texten: ${Array.from({ length: n }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[i]).join(' ')}`,
  );
  // By keyboard: the way back follows the source link, and the numbers follow it.
  await note.locator('.not-kalla a').last().focus();
  await page.keyboard.press('Tab');
  await expect(note.getByRole('link', { name: `Tillbaka till texten vid not ${several}`, exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  // Each letter is named for where it leads, with the letter shown in the name (WCAG 2.5.3): a screen
  // reader moving from link to link announced only "a", "b", "c" (review 20).
  const second = note
    .locator('.not-tillbaka-alla')
    .getByRole('link', { name: `Tillbaka till texten vid not ${several}, ställe b`, exact: true });
  await expect(second).toBeFocused();
  await expect(second).toHaveText('b');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#not-ref-${several}-2$`));
  // On paper a link cannot be followed: the way back is left out.
  await page.emulateMedia({ media: 'print' });
  await expect(note.locator('.not-tillbaka-rad')).toBeHidden();
  await expect(note.locator('.not-kalla').first()).toBeVisible();
});

test('a note links to the source page, which lists the pages citing it', async ({ page }) => {
  await page.goto('/esf/');
  await page
    .locator('#not-1')
    .getByRole('link', { name: /ESF\+-rapport 2025/ })
    .click();
  await expect(page).toHaveURL(/\/kallor\/fk-esf-beredningsstruktur-2025\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Källa: ESF+-rapport 2025');
  await expect(page.getByText('Dnr FK 2025/0066740')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'ESF+-projekt via beredningsgruppen' })).toHaveAttribute('href', '/esf/');
});

test('the short name of a report shows its publication year when the two differ', async ({ page }) => {
  await page.goto('/kallor/af-fk-aterrapport-2025/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Källa: Återrapport 2025, utgiven 2026');
  await page.goto('/ekonomi/');
  await expect(page.getByRole('region', { name: 'Källor' }).getByRole('link', { name: 'Återrapport 2025, utgiven 2026' })).toBeVisible();
});

const LAW =
  /^https:\/\/www\.riksdagen\.se\/sv\/dokument-och-lagar\/dokument\/svensk-forfattningssamling\/lag-20031210-om-finansiell-samordning-av_sfs-2003-1210\/$/;

test('/lagstiftning/ links the official law text near the top, and its notes link it once, not on every note citing a paragraph', async ({
  page,
}) => {
  await page.goto('/lagstiftning/');
  const top = page.getByRole('main').getByRole('link', { name: 'Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser' });
  await expect(top).toHaveAttribute('href', LAW);
  expect((await top.boundingBox())!.y).toBeLessThan(1200);
  const notes = page.getByRole('region', { name: 'Noter' });
  expect(await notes.locator('li', { hasText: '§' }).count()).toBeGreaterThan(5);
  const lawLinks = notes.getByRole('link', { name: 'Finsamlagen på riksdagen.se' });
  await expect(lawLinks).toHaveCount(1);
  await expect(lawLinks).toHaveAttribute('href', LAW);
  await expect(notes.locator('li').getByRole('link', { name: 'Finsamlagen på riksdagen.se' })).toHaveCount(0);
});

test('notes that cite no paragraph get no link to the law text', () => {
  for (const path of guidancePages()) {
    const { document } = parseHTML(builtHtml(path));
    const notes = document.querySelector('.noter');
    if (!notes) continue;
    const paragraphs = [...notes.querySelectorAll('.not-plats')].some((p) => contentPlace(p).includes('§'));
    expect(notes.querySelectorAll('.not-lag').length, path).toBe(paragraphs ? 1 : 0);
  }
});

test('printed, notes give the short name that the source list gives in full, internal links print no address and other websites print theirs', async ({
  page,
}) => {
  await page.goto('/skriv-ut/roller/');
  await page.emulateMedia({ media: 'print' });
  const note = page.locator('.noter li').first();
  const shortName = await note.locator('.not-kalla > a').first().textContent();
  const source = page.locator('.kallor li').filter({ has: page.getByRole('link', { name: shortName!, exact: true }) });
  await expect(source).toBeVisible();
  await expect(source.locator('cite')).toHaveText(/\w{20,}/);
  const internal = page.locator('.sl-markdown-content a[href^="/"]').first();
  expect(await internal.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/^(none|normal)$/);
  // A link to another website prints its address (on screen it shows ↗ instead).
  const external = page.locator('.sl-markdown-content a[href^="http"], .sidfot a[href^="http"]').first();
  const address = await external.getAttribute('href');
  expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${address})"`);
  await page.emulateMedia({ media: 'screen' });
  expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('↗');
});

/** The lowest bottom edge of whatever stays fixed at the top of the window (header, the phone's "on this page" bar). */
const coveredTop = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('body *')]
        .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position) && el.getBoundingClientRect().top <= 0 + 1)
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.height > 0 && r.height < innerHeight / 2)
        .map((r) => r.bottom),
    ),
  );
const topOf = (page: import('@playwright/test').Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);

for (const width of [320, 360, 412]) {
  test(`at ${width} px a followed note, the marker it leads back to and a heading land below the sticky header`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    // A guidance page, with the phone's "on this page" bar under the header, and a chapter print
    // view, whose notes follow each page and whose ids carry the page's prefix.
    for (const [path, n] of [
      ['/roller/styrelsen/', 'not-3'],
      ['/skriv-ut/roller/', 'sida-roller-styrelsen__not-3'],
    ]) {
      await page.goto(path);
      await page.locator(`a[href="#${n}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`#${n}$`));
      await expect.poll(async () => (await topOf(page, `[id="${n}"]`)) - (await coveredTop(page)), path).toBeGreaterThanOrEqual(0);
      await page.locator(`[id="${n}"] a.not-tillbaka`).click();
      const back = n.replace(/not-3$/, 'not-ref-3');
      await expect(page).toHaveURL(new RegExp(`#${back}$`));
      // The marker's padded box, not just its digit, clears the header, so the line it sits on is readable.
      await expect.poll(async () => (await topOf(page, `[id="${back}"]`)) - (await coveredTop(page)), path).toBeGreaterThanOrEqual(0);
    }
    // A heading reached from the page's table of contents, and a glossary term reached from a page.
    await page.goto('/roller/styrelsen/');
    const heading = page.locator('.sl-markdown-content h2[id]').nth(1);
    const id = await heading.getAttribute('id');
    await page.goto(`/roller/styrelsen/#${encodeURIComponent(id!)}`);
    await expect.poll(async () => (await topOf(page, `[id="${id}"]`)) - (await coveredTop(page))).toBeGreaterThanOrEqual(0);
    await page.locator('.sl-markdown-content a[href$="/ordlista/#verkstallighet"]').first().click();
    await expect(page).toHaveURL(/\/ordlista\/#verkstallighet$/);
    await expect.poll(async () => (await topOf(page, '#verkstallighet')) - (await coveredTop(page))).toBeGreaterThanOrEqual(0);
  });
}

test('a note does not repeat a place of its source, nor one that a fuller place it already shows narrows', () => {
  const repeats: string[] = [];
  for (const path of guidancePages()) {
    const { document } = parseHTML(builtHtml(path));
    for (const source of document.querySelectorAll('.noter .not-kalla')) {
      const shown = [...source.querySelectorAll('.not-plats')]
        .flatMap((p) => (p.textContent ?? '').split('; '))
        .map((part) => part.trim().replace(/\.$/, ''))
        .filter(Boolean);
      shown.forEach((part, i) => {
        // "avsnitt 4.4, fotnot 52" after "avsnitt 4.4, fotnot 52, s. 34" said nothing new to a reader.
        if (shown.some((other, j) => j !== i && (other === part ? j < i : other.startsWith(`${part}, `))))
          repeats.push(`${path}: ”${part}” i ”${shown.join('; ')}”`);
      });
    }
  }
  expect(repeats).toEqual([]);
});

test('"På den här sidan" lists the notes and the sources, and marks them as the reader reaches them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/roller/styrelsen/');
  const toc = page.locator('starlight-toc');
  await toc.getByRole('link', { name: 'Noter', exact: true }).click();
  await expect(page).toHaveURL(/#noter-rubrik$/);
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Noter');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Källor');
});

test('copied text leaves the note markers out, so a figure before a marker is pasted as the figure', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/roller/styrelsen/');
  // "573" is followed by a marker: copied with it, it read "57311".
  const paragraph = page.getByRole('main').locator('p, li').filter({ hasText: /573/ }).first();
  await expect(paragraph.locator('sup.not')).not.toHaveCount(0);
  // The whole paragraph is selected as a reader's drag would select it; a triple click selects only
  // the run of text between two markers in Chromium, so it does not reach the figure reliably.
  await paragraph.evaluate((p) => getSelection()?.selectAllChildren(p));
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/573 sådana/);
  expect(copied).not.toMatch(/573\d/);
});
