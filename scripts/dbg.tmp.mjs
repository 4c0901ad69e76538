import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { serveDist } from '/work/wt-17/scripts/serve-dist.mjs';
const PORT = 20000 + Math.floor(Math.random() * 20000);
const server = await serveDist("/work/wt-17/dist", PORT);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const q of process.argv.slice(2)) {
  await page.goto(`http://127.0.0.1:${PORT}/sok/?debug&q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => window.sokDebug);
  const d = await page.evaluate(() => window.sokDebug);
  console.log('\n#', q, JSON.stringify(d.query.terms.map((t) => [t.typed, t.alternatives.map((a) => a.words.join('+') + (a.local ? '(l)' : ''))])), d.query.questionKeys.join(','));
  for (const h of d.hits.slice(0, 5)) console.log(h.score.toFixed(2), h.url, h.section ?? '', 'cov', h.cov.toFixed(2), 'title', h.title.toFixed(2), 'sec', h.section_ ?? '', JSON.stringify(Object.fromEntries(Object.entries(h).filter(([k]) => ['section'].includes(k) === false && typeof h[k] === 'number').map(([k, v]) => [k, +v.toFixed(2)]))));
}
await browser.close(); server.close();
