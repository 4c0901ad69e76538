// `npm run bench`: figures, not pass/fail (budgets are read, not enforced, so a slow machine cannot
// fail a build). One table per page: what a reader's browser downloads (gzip, as a static host
// serves it, measured in Chromium up to network idle), the bytes needed for the first screen on a
// phone, and Lighthouse's mobile scores; then build times, and the search figures.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { printSearchFigures, searchFigures } from './bench/search.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { firstScreenBytes } from './bench/first-screen.mjs';
import { scalingFigures, timedBuild } from './bench/build-times.mjs';
import { countBodies } from './bench/responses.mjs';
import { citationShares } from './bench/citations.mjs';
import { freePort } from './bench/free-port.mjs';
import { allPages, guidancePages } from '../tests/e2e/helpers.ts';

const PORT = await freePort();
const BASE = `http://127.0.0.1:${PORT}`;
/** The start page, two guidance pages (one a role page), the chart page and a search. */
const PAGES = ['/', '/samordningsforbundets-uppgifter/', '/roller/styrelsen/', '/statistik/', '/sok/?q=styrelse'];
const kb = (n) => (n / 1024).toFixed(1);

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`servern svarar inte på ${url}`);
}

/** @param {import('@playwright/test').Browser} browser */
async function pageWeight(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = { html: 0, css: 0, js: 0, other: 0 };
  const counted = countBodies(page, (response, body) => {
    const type = response.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    // Pagefind's index files arrive compressed already; compressing again changes them little.
    sizes[kind] += gzipSync(body).length;
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle' });
  await counted();
  await context.close();
  return { ...sizes, total: sizes.html + sizes.css + sizes.js + sizes.other };
}

async function measurePages() {
  const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(PORT)], { stdio: 'ignore', detached: true });
  try {
    await waitFor(`${BASE}/`);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const rows = [];
    for (const path of PAGES) {
      const weight = await pageWeight(browser, path);
      const first = await firstScreenBytes(browser, `${BASE}${path}`);
      rows.push({ path, weight, first });
    }
    // The 14 KB budget holds for every page, not just the five above: a page whose first screen
    // starts with a long table of contents or paragraph shows here.
    const everyPage = [];
    for (const path of allPages()) everyPage.push({ path, ...(await firstScreenBytes(browser, `${BASE}${path}`)) });
    // The 30 KB budget for a guidance page, likewise on every guidance page.
    const guidance = [];
    for (const path of guidancePages()) guidance.push({ path, ...(await pageWeight(browser, path)) });
    // The same flag as bench:search: a tuning run of the whole bench must leave the held-out sets unopened too.
    const search = await searchFigures(browser, BASE, {
      withoutValidation: process.argv.includes('--utan-validering') || process.env.SOK_UTAN_VALIDERING === '1',
    });
    await browser.close();
    const scores = await lighthouseScores(BASE, PAGES);
    return { rows, everyPage, guidance, search, scores };
  } finally {
    process.kill(-server.pid);
  }
}

const withoutCharts = timedBuild(undefined, { KUNSKAPSSTOD_UTAN_DIAGRAM: '1' });
const withCharts = timedBuild();
const { rows, everyPage, guidance, search, scores } = await measurePages();

console.log('\nSidor: vikt (gzip, fram till nätverksvila), första skärmen på mobil och Lighthouse (mobil)');
console.log('Mål: vägledningssida ≤ 30 KB varav JS ≤ 6 KB; första skärmen ≤ 14 KB; Lighthouse 100 i alla fyra.');
console.table(
  rows.map(({ path, weight, first }) => ({
    sida: path,
    'gz KB': kb(weight.total),
    'JS KB': kb(weight.js),
    'CSS KB': kb(weight.css),
    'första skärmen KB': `${kb(first.total)} (HTML ${kb(first.html)} + CSS ${kb(first.css)})`,
    prestanda: scores[path].performance,
    tillgänglighet: scores[path].accessibility,
    'bästa praxis': scores[path]['best-practices'],
    SEO: scores[path].seo,
  })),
);
const byFirstScreen = [...everyPage].sort((a, b) => b.total - a.total);
const over = byFirstScreen.filter((p) => p.total > 14 * 1024);
console.log(
  `Första skärmen på alla ${everyPage.length} sidor: median ${kb(byFirstScreen[Math.floor(byFirstScreen.length / 2)].total)} KB, ` +
    `störst ${kb(byFirstScreen[0].total)} KB (${byFirstScreen[0].path}); över 14 KB: ${over.length ? over.map((p) => `${p.path} ${kb(p.total)}`).join(', ') : 'ingen'}.`,
);
const byWeight = [...guidance].sort((a, b) => b.total - a.total);
const heavy = byWeight.filter((p) => p.total > 30 * 1024);
console.log(
  `Vikt på alla ${guidance.length} vägledningssidor: median ${kb(byWeight[Math.floor(byWeight.length / 2)].total)} KB, ` +
    `störst ${kb(byWeight[0].total)} KB (${byWeight[0].path}, HTML ${kb(byWeight[0].html)}); ` +
    `över 30 KB: ${heavy.length ? heavy.map((p) => `${p.path} ${kb(p.total)}`).join(', ') : 'ingen'}.`,
);
const lost = Object.entries(scores).filter(([, s]) => s.lost.length);
if (lost.length)
  console.log(
    `Mätvärden under full poäng (kategorin avrundas ändå till heltal):\n${lost.map(([p, s]) => `  ${p}: ${s.lost.join(', ')}`).join('\n')}`,
  );

// Sources as notes (issue 16), read from dist/ as the last build above left it.
const shares = citationShares('dist', guidancePages()).sort((a, b) => b.share - a.share);
// An empty dist/ here means it was rebuilt or removed while the bench ran: say so rather than crash.
if (shares.length === 0)
  throw new Error(
    'Inga vägledningssidor i dist/ att mäta källhänvisningar på: byggdes dist/ om medan bänken körde? Kör npm run bench igen.',
  );
const pct = (x) => `${(x * 100).toFixed(2)} %`;
console.log('\nKällhänvisningar i löptexten (notmarkörer och kvarvarande parenteser) som andel av den synliga texten');
console.log('Mål: ≤ 2 % på varje vägledningssida. Diagrammens källrader redovisas för sig: de hör till figuren.');
console.table(shares.map((r) => ({ sida: r.path, 'i texten': pct(r.share), 'under diagram': pct(r.chartShare), tecken: r.total })));
const worst = shares[0];
console.log(
  `Högst: ${pct(worst.share)} (${worst.path}); över 2 %: ${
    shares
      .filter((r) => r.share > 0.02)
      .map((r) => r.path)
      .join(', ') || 'ingen'
  }.`,
);

console.log('\nByggtid');
console.table([
  { bygge: 'dagens innehåll, utan diagram', sidor: withoutCharts.pages, sekunder: withoutCharts.seconds.toFixed(1) },
  { bygge: 'dagens innehåll, med diagram', sidor: withCharts.pages, sekunder: withCharts.seconds.toFixed(1) },
]);
console.log('Byggtid när innehållet mångfaldigas (i en tillfällig kopia):');
console.table(scalingFigures());

printSearchFigures(search);
