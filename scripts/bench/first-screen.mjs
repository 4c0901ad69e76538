// The "one round trip" figure for npm run bench: the gzipped bytes a phone needs before it can draw
// the first screen — the render-blocking CSS, and the HTML from its start to the end of the last
// element drawn on the first screen (HTML is drawn as it streams in, so what follows can arrive in
// later round trips). Hidden elements before that point (the closed menu, the table of contents
// list) are counted: the browser must receive them to get past them. 14 KB is what a new TCP
// connection delivers in its first round trip.
import { gzipSync } from 'node:zlib';

/** Lighthouse's mobile screen (Moto G Power), so this figure and its scores describe the same phone. */
export const PHONE = { width: 412, height: 823 };

const RAW_TEXT = /<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)/g;

/**
 * The page with each start tag marked with its offset in the original HTML, so that the element
 * the browser drew last can be traced back to a byte position. Raw text (scripts, styles) and
 * comments are skipped; the attribute changes neither layout nor the scripts' CSP hashes.
 */
export function markOffsets(html) {
  return html.replace(RAW_TEXT, (match, _rawTag, tag, offset) => {
    if (tag) return `<${tag} data-fs-at="${offset}"`;
    // A raw-text element still gets its own start tag marked; its content is left alone.
    return match.replace(/^<([a-zA-Z][\w:-]*)/, (_, name) => `<${name} data-fs-at="${offset}"`);
  });
}

/** In the page: the offset where the HTML after the last element on the first screen begins. */
function cutAfterFirstScreen(viewport) {
  const marked = [...document.querySelectorAll('[data-fs-at]')];
  const onScreen = (el) => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < viewport.height && r.right > 0 && r.left < viewport.width;
  };
  let last = -1;
  marked.forEach((el, i) => {
    if (onScreen(el)) last = i;
  });
  if (last < 0) return null;
  const next = marked.slice(last + 1).find((el) => !marked[last].contains(el));
  return next ? Number(next.dataset.fsAt) : null;
}

/** @param {import('@playwright/test').Browser} browser */
export async function firstScreenBytes(browser, url) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  try {
    let html = '';
    await page.route(url, async (route) => {
      const response = await route.fetch();
      html = await response.text();
      const headers = { ...response.headers() };
      delete headers['content-length'];
      delete headers['content-encoding'];
      await route.fulfill({ response, headers, body: markOffsets(html) });
    });
    await page.goto(url, { waitUntil: 'load' });
    const cut = await page.evaluate(cutAfterFirstScreen, PHONE);
    const css = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="stylesheet"]')].filter((l) => !l.media || matchMedia(l.media).matches).map((l) => l.href),
    );
    let cssBytes = 0;
    for (const href of css) cssBytes += gzipSync(await (await context.request.get(href)).body()).length;
    const htmlBytes = gzipSync(cut === null ? html : html.slice(0, cut)).length;
    return { html: htmlBytes, css: cssBytes, total: htmlBytes + cssBytes, wholeHtml: gzipSync(html).length };
  } finally {
    await context.close();
  }
}
