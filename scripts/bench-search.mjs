// `npm run bench:search`: only the search figures of npm run bench (scripts/bench/search.mjs), on
// the built site, with every query that is not first listed; a few minutes instead of the whole bench.
// `npm run bench:search -- --snabb` measures hit rates and warm times only (for tuning).
// `npm run bench:search -- --utan-validering` (or SOK_UTAN_VALIDERING=1) leaves the held-out sets
// (VALIDATION_SETS in bench/search.mjs) unopened: every tuning run must use it, so that the validation
// figures stay unseen until the tuning is done. A held-out set's misses are never listed.
// `-- --bara=extra-check-12.json[,…]` measures only the sets named (a new set's first, untuned figures).
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveDist } from './serve-dist.mjs';
import { printSearchFigures, searchFigures } from './bench/search.mjs';
import { newerThanBuild } from './bench/stale-dist.mjs';
import { freePort } from './bench/free-port.mjs';

const stale = newerThanBuild(join(import.meta.dirname, '..'));
if (stale) {
  console.error(`Bygget i dist/ är äldre än ${stale}: sökningen som mäts vore den gamla. Kör npm run build först.`);
  process.exit(1);
}

const port = await freePort();
const server = await serveDist(join(import.meta.dirname, '../dist'), port);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  printSearchFigures(
    await searchFigures(browser, `http://127.0.0.1:${port}`, {
      verbose: true,
      quick: process.argv.includes('--snabb'),
      withoutValidation: process.argv.includes('--utan-validering') || process.env.SOK_UTAN_VALIDERING === '1',
      only: process.argv.flatMap((a) => (a.startsWith('--bara=') ? a.slice('--bara='.length).split(',') : [])),
    }),
  );
} finally {
  await browser.close();
  server.close();
}
