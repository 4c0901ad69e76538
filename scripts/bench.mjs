// `npm run bench`: figures, not pass/fail. Build time with and without chart drawing, and what a
// reader's browser downloads for key pages (gzip-compressed, as a static host would serve it),
// measured in Chromium up to network idle.
import { spawnSync, spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { searchFigures } from './bench-search.mjs';

const PORT = 4323;
const PAGES = ['/', '/samordningsforbundets-uppgifter/', '/roller/styrelsen/', '/statistik/', '/sok/?q=styrelse'];

function timedBuild(env = {}) {
  const start = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bygget misslyckades:\n${r.stdout}\n${r.stderr}`);
  return (performance.now() - start) / 1000;
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`servern svarar inte på ${url}`);
}

async function pageWeights() {
  const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(PORT)], { stdio: 'ignore', detached: true });
  try {
    await waitFor(`http://127.0.0.1:${PORT}/`);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const rows = [];
    for (const path of PAGES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes = { html: 0, css: 0, js: 0, other: 0 };
      const pending = [];
      page.on('response', (response) =>
        pending.push(
          response.body().then(
            (body) => {
              const type = response.request().resourceType();
              const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
              sizes[kind] += gzipSync(body).length;
            },
            () => {},
          ),
        ),
      );
      await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      const kb = (n) => (n / 1024).toFixed(1);
      const total = sizes.html + sizes.css + sizes.js + sizes.other;
      rows.push({ sida: path, 'totalt gz KB': kb(total), 'HTML KB': kb(sizes.html), 'CSS KB': kb(sizes.css), 'JS KB': kb(sizes.js), 'övrigt KB': kb(sizes.other) });
      await context.close();
    }
    const search = await searchFigures(browser, `http://127.0.0.1:${PORT}`);
    await browser.close();
    return { rows, search };
  } finally {
    process.kill(-server.pid);
  }
}

const withoutCharts = timedBuild({ KUNSKAPSSTOD_UTAN_DIAGRAM: '1' });
const withCharts = timedBuild();
console.log('\nByggtid');
console.table([
  { bygge: 'utan diagram', sekunder: withoutCharts.toFixed(1) },
  { bygge: 'med diagram', sekunder: withCharts.toFixed(1) },
]);
const { rows, search } = await pageWeights();
console.log('\nVikt per sida (gzip, fram till nätverksvila)');
console.table(rows);
console.log('\nSökning: träffsäkerhet på tests/search/queries.json');
console.table(search.rows);
console.log('\nSökning: tid till resultat');
console.table([search.timing]);
