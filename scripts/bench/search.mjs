// Search figures for npm run bench, on tests/search/queries.json: hit rates of /sok/ and of plain
// Pagefind with the same ranking (every word must match; no stop words, synonyms or fallback), time
// from page start to results (each query loads /sok/ anew) and from typing to results on an open
// page (warm), and what a first query downloads, for every query of the set with an empty cache.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { countBodies } from './responses.mjs';

const { fragor } = JSON.parse(readFileSync(new URL('../../tests/search/queries.json', import.meta.url), 'utf8'));

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** Waits until /sok/ has shown the results of the search in its address (or said it found none). */
function searchDone(page) {
  return page.waitForFunction(() => performance.getEntriesByName('sok-klar').length > 0 || /Inga träffar|kunde inte/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
}

/**
 * What one query costs a reader who has not searched before (empty cache): Pagefind's downloads in
 * two parts, the search program (JavaScript and the Swedish WebAssembly, the same for every query
 * and cached afterwards) and the index data this query needs (metadata, filter index, the
 * word-index chunks its words fall in, one fragment per shown result).
 */
async function coldQueryBytes(browser, base, q) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = { program: 0, index: 0 };
  const counted = countBodies(page, (response, body) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    // Index, fragment and wasm files are stored compressed; the JavaScript a host sends gzipped.
    const n = /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length;
    if (/\.js$|wasm\./.test(path)) bytes.program += n;
    else bytes.index += n;
  });
  await page.goto(`${base}/sok/?q=${encodeURIComponent(q)}`);
  await searchDone(page);
  await counted();
  await context.close();
  return bytes;
}

export async function searchFigures(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const site = { top1: 0, top3: 0 };
  const plain = { top1: 0, top3: 0 };
  const times = [];
  for (const [i, { q, svar }] of fragor.entries()) {
    await page.goto(`${base}/sok/?q=${encodeURIComponent(q)}`);
    await searchDone(page);
    const ms = await page.evaluate(() => performance.getEntriesByName('sok-klar')[0]?.startTime ?? NaN);
    times.push(ms);
    const results = await page.locator('[data-search-results] > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('#')[0]));
    if (svar.includes(results[0])) site.top1 += 1;
    if (results.slice(0, 3).some((u) => svar.includes(u))) site.top3 += 1;
    const raw = await page.evaluate(async (query) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search(query);
      return Promise.all(results.slice(0, 3).map(async (r) => (await r.data()).url.split('#')[0]));
    }, q);
    if (svar.includes(raw[0])) plain.top1 += 1;
    if (raw.some((u) => svar.includes(u))) plain.top3 += 1;
  }
  // Warm: typing into the search box of an open /sok/ page, as a reader does after the first search.
  const warm = [];
  for (const { q } of fragor) {
    const before = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sok-')).length);
    await page.fill('#sok-q', q);
    await page.waitForFunction((n) => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sok-')).length > n, before);
    warm.push(await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sok-')).at(-1).duration));
  }
  await context.close();
  const cold = [];
  for (const { q } of fragor) cold.push(await coldQueryBytes(browser, base, q));
  const kb = (n) => (n / 1024).toFixed(1);
  const indexBytes = cold.map((c) => c.index);
  const pct = (n) => `${((n / fragor.length) * 100).toFixed(1)} %`;
  const reloads = times.slice(1);
  return {
    rows: [
      { sökning: '/sok/ (stoppord, synonymer, reserv)', 'topp 1': pct(site.top1), 'topp 3': pct(site.top3) },
      { sökning: 'Pagefind med samma rankning, utan stoppord, synonymer och reserv', 'topp 1': pct(plain.top1), 'topp 3': pct(plain.top3) },
    ],
    timing: {
      frågor: fragor.length,
      'första frågan ms (sidstart → resultat)': times[0].toFixed(0),
      'ny sidladdning median ms': percentile(reloads, 50).toFixed(0),
      'skrivande median ms (varm)': percentile(warm, 50).toFixed(1),
      'skrivande 95:e percentil ms': percentile(warm, 95).toFixed(1),
    },
    firstQuery: {
      frågor: fragor.length,
      'indexdata median KB': kb(percentile(indexBytes, 50)),
      'indexdata 95:e percentil KB': kb(percentile(indexBytes, 95)),
      'indexdata största KB': kb(Math.max(...indexBytes)),
      'sökprogram KB': kb(cold[0].program),
      'totalt median KB': kb(percentile(cold.map((c) => c.index + c.program), 50)),
    },
  };
}
