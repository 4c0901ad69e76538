// Lighthouse (mobile, its default settings: simulated slow 4G and a mid-range phone) for npm run bench,
// run with the lighthouse package against Debian's Chromium. Scores are figures to read, not a test.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @returns {Promise<Record<string, number>>} category id → score 0–100, plus the audits that cost points. */
async function audit(port, url) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse gav inget resultat för ${url}`);
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id].score ?? 0) * 100)]));
  // Name what keeps a category below 100, so the figure says where to look.
  const lost = CATEGORIES.flatMap((id) =>
    categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map((ref) => `${ref.id} (${audits[ref.id].displayValue ?? audits[ref.id].score})`),
  );
  return { ...scores, lost };
}

export async function lighthouseScores(base, paths) {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const scores = {};
    for (const path of paths) scores[path] = await audit(chrome.port, `${base}${path}`);
    return scores;
  } finally {
    chrome.kill();
  }
}

if (import.meta.filename === process.argv[1]) {
  const base = process.argv[2] ?? 'http://127.0.0.1:4322';
  const paths = process.argv.slice(3);
  console.log(JSON.stringify(await lighthouseScores(base, paths.length ? paths : ['/']), null, 2));
}
