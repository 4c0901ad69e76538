// Takes a full-page screenshot of a URL in Debian's Chromium, to look at a page as a reader would.
// Usage: npm run screenshot -- <url> <out.png> [width] [css selector of one element, or ''] [light|dark]
import { chromium } from '@playwright/test';

const [url, out, width = '1280', selector, theme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// Starlight follows the system theme until a reader picks one, so the colour scheme sets the theme.
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
await page.goto(url, { waitUntil: 'networkidle' });
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
