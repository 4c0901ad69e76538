// `node scripts/bench-search-ab.mjs DIST_A DIST_B [--varv=N] [--bara=set.json,…]`: the warm time to
// results of npm run bench ("skrivande median ms (varm)") for two builds of the site, measured in
// turn on the same queries, so that both see the same load on a shared machine. Each query is typed
// into an open /sok/ of A and of B, alternately first, and timed as the bench times it (the `sok-…`
// measure of src/lib/search/page.ts); after each, the bench's plain Pagefind search runs too, as in
// npm run bench. Prints each build's median and 95th percentile per round and over all rounds, and
// the queries whose listed results differ between A and B (none, when a change is only faster).
// The held-out sets (VALIDATION_SETS) are never opened.
import { chromium } from '@playwright/test';
import { serveDist } from './serve-dist.mjs';
import { percentile, plainResults, questionSets, typed } from './bench/search.mjs';
import { freePort } from './bench/free-port.mjs';
import { CHROMIUM } from './ensure-chromium.mjs';

const [distA, distB] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!distA || !distB) {
  console.error('Ange två byggen: node scripts/bench-search-ab.mjs DIST_A DIST_B [--varv=N] [--bara=fil.json,…]');
  process.exit(1);
}
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const rounds = Number(option('varv') ?? 1);
const only = option('bara')?.split(',') ?? [];
const queries = questionSets({ withoutValidation: true, only }).flatMap((s) => s.entries.map((e) => e.query));

/** An open /sok/ of one build, which types a query and says how long results took and which were listed. */
async function openSearch(browser, dist) {
  const port = await freePort();
  const server = await serveDist(dist, port);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/sok/?q=${encodeURIComponent(queries[0])}`);
  await page.waitForFunction(() => performance.getEntriesByName('sok-klar').length > 0);
  // Timed and listed as npm run bench does (bench/search.mjs), and then, as it does, Pagefind alone.
  const type = async (query) => {
    const { ms, hrefs } = await typed(page, query);
    await plainResults(page, query);
    return { ms, hrefs: hrefs.join(' ') };
  };
  return { type, close: () => Promise.all([context.close(), new Promise((done) => server.close(done))]) };
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const a = await openSearch(browser, distA);
  const b = await openSearch(browser, distB);
  const all = { A: [], B: [] };
  const differ = new Set();
  for (let round = 1; round <= rounds; round++) {
    const times = { A: [], B: [] };
    for (const [i, query] of queries.entries()) {
      const order = i % 2 ? [b, a] : [a, b];
      const [first, second] = [await order[0].type(query), await order[1].type(query)];
      const [ra, rb] = i % 2 ? [second, first] : [first, second];
      times.A.push(ra.ms);
      times.B.push(rb.ms);
      if (ra.hrefs !== rb.hrefs) differ.add(query);
    }
    const row = (k) => `median ${percentile(times[k], 50).toFixed(1)} ms, 95:e percentil ${percentile(times[k], 95).toFixed(1)} ms`;
    console.log(`Varv ${round} (${queries.length} frågor): A ${row('A')}; B ${row('B')}`);
    all.A.push(...times.A);
    all.B.push(...times.B);
  }
  const row = (k) => `median ${percentile(all[k], 50).toFixed(1)} ms, 95:e percentil ${percentile(all[k], 95).toFixed(1)} ms`;
  console.log(`Alla varv: A (${distA}) ${row('A')}\n           B (${distB}) ${row('B')}`);
  console.log(
    differ.size ? `Olika resultat i A och B (${differ.size}):\n  ${[...differ].join('\n  ')}` : 'Samma resultat i A och B för varje fråga.',
  );
  await a.close();
  await b.close();
} finally {
  await browser.close();
}
