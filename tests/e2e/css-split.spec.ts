// The build splits Starlight's stylesheet into a file for every screen, one for wide screens and
// one for paper (src/lib/css-split.ts). Moving those rules after the others could change which rule
// wins, so this test styles pages both ways — with the split files, and with the original single
// file the build leaves beside them — and compares every element's computed style, at a phone's
// width, between the two breakpoints and on a wide screen, each on screen and in print.
// The original is what Astro and Starlight linked: Starlight's print.css (media="print") ahead of the
// page stylesheet, whose rules the split files now carry (src/lib/css-print-merge.ts). Custom
// properties are compared where the split files declare them: the build leaves out those nothing
// reads (src/lib/css-unused-properties.ts), which style nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtHtml, siteHref } from './helpers';

const STARLIGHT_PRINT = readdirSync(join(import.meta.dirname, '../../dist/_astro')).find((f) => /^print\.[\w-]+\.css$/.test(f));

// The accessibility statement has links to other websites in its text, whose printed address comes from a print rule.
const PAGES = [
  '/',
  '/roller/styrelsen/',
  '/statistik/',
  '/esf/',
  '/fragor-och-svar/',
  '/om-webbplatsen/tillganglighet/',
  '/sok/?q=styrelse',
];
const WIDTHS = [412, 960, 1280];
// Paper is styled once, at the width where the most rules apply (every-width, wide and print ones):
// a print rule placed after the others can only change what it competes with, and all of it is there.
const PRINT_WIDTH = 960;
const SPLIT =
  /<link rel="stylesheet" href="(\/_astro\/[^"]+)-smal\.css"><link rel="stylesheet" href="[^"]+-bred\.css" media="[^"]+"><link rel="stylesheet" href="[^"]+-utskrift\.css" media="print">/;

test('the build links the split stylesheet on every page it tests here, and no longer Starlight’s print sheet', () => {
  expect(STARLIGHT_PRINT, 'Starlight’s print.css is left in dist/_astro for this test').toBeTruthy();
  for (const path of PAGES) {
    const html = builtHtml(path.replace(/\?.*$/, ''));
    expect(html, path).toMatch(SPLIT);
    expect(html, path).not.toContain(`/_astro/${STARLIGHT_PRINT}`);
  }
});

/**
 * Every element's computed style, once the page has settled: tag, id and a hash of all its
 * properties, one line per element. The hash is computed in the page, so that a few kilobytes cross
 * to the test instead of every property of every element (megabytes on a long page).
 *
 * The properties are read by name rather than by walking each element's declaration (`[...style]`):
 * in Chromium every `style[i]` rebuilds the element's list of custom properties, which made one long
 * page take 10–25 s here. The names are the ones that walk yields: the engine's standard properties
 * (one fixed list, read from the root element) and every custom property that the page's stylesheets,
 * `@property` rules or style attributes declare, kept where the element has a value for it.
 */
async function computedStyles(page: Page, path: string, width: number, customNames: string[]): Promise<string[]> {
  // A search page draws its results after loading; compare the finished page, not a moment of it.
  if (path.includes('?q=')) await expect(page.locator('[data-search-status]')).toHaveText(/träff/);
  const screen = await stylesNow(page, customNames);
  if (width !== PRINT_WIDTH) return screen.map((line) => `screen ${line}`);
  await page.emulateMedia({ media: 'print' });
  const print = await stylesNow(page, customNames);
  await page.emulateMedia({ media: null });
  return [...screen.map((line) => `screen ${line}`), ...print.map((line) => `print ${line}`)];
}

/**
 * The custom properties that the page's stylesheets, `@property` rules or style attributes declare.
 * The names are the ones that walking each element's declaration yields (see computedStyles).
 */
function customPropertyNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const custom = new Set<string>();
    const declared = (style: CSSStyleDeclaration) => {
      for (let i = 0; i < style.length; i++) if (style[i].startsWith('--')) custom.add(style[i]);
    };
    const collect = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSPropertyRule) custom.add(rule.name);
        if ('style' in rule) declared((rule as CSSStyleRule).style);
        if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) collect(sheet.cssRules);
    document.querySelectorAll<HTMLElement>('[style]').forEach((el) => declared(el.style));
    return [...custom].sort();
  });
}

function stylesNow(page: Page, customNames: string[]): Promise<string[]> {
  return page.evaluate((customNames) => {
    // The table of contents marks the heading in view, and a change of medium moves the headings:
    // the same mark on both sides keeps a scroll race from passing for a difference in styling.
    document.querySelectorAll('starlight-toc a, mobile-starlight-toc a').forEach((a, i) => a.setAttribute('aria-current', String(i === 0)));
    // The phone's table of contents names the heading in view, and a block's used width follows its text.
    document.querySelectorAll('mobile-starlight-toc .display-current').forEach((s) => (s.textContent = '–'));
    // FNV-1a: a difference in any property of an element changes its hash.
    const hash = (s: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return (h >>> 0).toString(16);
    };
    const standard = [...getComputedStyle(document.documentElement)].filter((p) => !p.startsWith('--'));
    return [...document.querySelectorAll('html, body, body *')].map((el, i) => {
      const style = getComputedStyle(el);
      // Generated text (a printed link's address, the ↗ after an external link) is part of the styling.
      const generated = ['::before', '::after'].map((pseudo) => getComputedStyle(el, pseudo).content).join(';');
      const values = standard.map((p) => `${p}:${style.getPropertyValue(p)}`);
      for (const p of customNames) {
        const value = style.getPropertyValue(p);
        if (value !== '') values.push(`${p}:${value}`);
      }
      const props = values.join(';') + generated;
      return `${i} ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} ${hash(props)}`;
    });
  }, customNames);
}

/** Every element's style at each width in WIDTHS (and in print at PRINT_WIDTH), on the page as loaded now. */
async function stylesAtEveryWidth(page: Page, path: string, customNames: string[]): Promise<Map<number, string[]>> {
  const styles = new Map<number, string[]>();
  for (const width of WIDTHS) {
    // Media queries follow the new width on the open page, as they do when a reader turns a phone.
    await page.setViewportSize({ width, height: 900 });
    // A new width can start transitions (the sidebar pane between phone and laptop): compare the
    // styles they end in, after the next frames, not a moment halfway.
    await page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    });
    styles.set(width, await computedStyles(page, path, width, customNames));
  }
  return styles;
}

// One test per page, which loads it twice (split, then original) and compares it at every width on
// each load, rather than two loads per width: the same comparisons, a third of the page loads.
for (const path of PAGES) {
  test(`${path} at ${WIDTHS.join(', ')} px and in print: the split stylesheets style every element as the original did`, async ({
    page,
  }) => {
    // Seven full style snapshots of a long page (three widths and print, split and original).
    test.slow();
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.goto(path, { waitUntil: 'networkidle' });
    const customNames = await customPropertyNames(page);
    const split = await stylesAtEveryWidth(page, path, customNames);

    await page.route(
      (url) => url.pathname === new URL(path, 'http://x').pathname,
      async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          SPLIT,
          `<link rel="stylesheet" href="${siteHref(`/_astro/${STARLIGHT_PRINT}`)}" media="print"><link rel="stylesheet" href="$1.css">`,
        );
        await route.fulfill({
          response,
          body: html,
          headers: { ...response.headers(), 'content-length': String(Buffer.byteLength(html)) },
        });
      },
    );
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(await page.locator('link[href$="-bred.css"], link[href$="-utskrift.css"]').count(), 'the original stylesheet is in use').toBe(0);
    expect(await page.locator(`link[href$="${STARLIGHT_PRINT}"]`).count(), 'Starlight’s print sheet is linked as before').toBe(1);
    const original = await stylesAtEveryWidth(page, path, customNames);

    for (const width of WIDTHS) {
      const [a, b] = [split.get(width)!, original.get(width)!];
      expect(a.length, `${width} px: as many elements`).toBe(b.length);
      const differing = a.filter((line, i) => line !== b[i]).map((line) => line.slice(0, 120));
      expect(
        differing,
        `${width} px${width === PRINT_WIDTH ? ' and print' : ''}: elements styled differently by the split stylesheet`,
      ).toEqual([]);
    }
  });
}
