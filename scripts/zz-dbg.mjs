import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const q = process.argv[2];
await page.goto(`http://127.0.0.1:4599/sok/?q=${encodeURIComponent(q)}&debug`);
await page.waitForFunction(() => performance.getEntriesByName('sok-klar').length > 0);
const out = await page.evaluate(() => JSON.stringify((window).__sokRanking ?? (window).sokDebug ?? null));
console.log(out);
await browser.close();
