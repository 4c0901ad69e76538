// The "one round trip" figure for npm run bench: the gzipped bytes a phone needs before it can draw
// the first screen — the render-blocking CSS, and the HTML from its start up to the first heading
// that lies below the first screen (HTML is drawn as it streams in, so what follows can arrive in
// later round trips). Cutting at a heading rather than at the exact fold overstates the figure a
// little, never understates it. 14 KB is what a new TCP connection delivers in its first round trip.
import { gzipSync } from 'node:zlib';

/** Lighthouse's mobile screen (Moto G Power), so this figure and its scores describe the same phone. */
export const PHONE = { width: 412, height: 823 };

/** @param {import('@playwright/test').Browser} browser */
export async function firstScreenBytes(browser, url) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    const html = (await response?.text()) ?? '';
    const { cutId, css } = await page.evaluate((height) => {
      const below = [...document.querySelectorAll('main :is(h2, h3, h4)[id]')].find((h) => h.getBoundingClientRect().top >= height);
      const blocking = [...document.querySelectorAll('link[rel="stylesheet"]')].filter((l) => !l.media || matchMedia(l.media).matches || l.media === 'all');
      return { cutId: below?.id ?? null, css: blocking.map((l) => l.href) };
    }, PHONE.height);
    const cut = cutId ? html.indexOf(`id="${cutId}"`) : -1;
    const prefix = cut > 0 ? html.slice(0, html.lastIndexOf('<', cut)) : html;
    let cssBytes = 0;
    for (const href of css) cssBytes += gzipSync(await (await context.request.get(href)).body()).length;
    const htmlBytes = gzipSync(prefix).length;
    return { html: htmlBytes, css: cssBytes, total: htmlBytes + cssBytes, wholeHtml: gzipSync(html).length };
  } finally {
    await context.close();
  }
}
