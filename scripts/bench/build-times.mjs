// Build times for npm run bench: today's content (with and without drawing the charts), and the same
// content multiplied in a throw-away copy, so that it shows whether build cost grows faster than the
// number of pages.
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { makeSiteCopy, removeSiteCopy } from '../site-copy.mjs';
import { listFiles } from '../../src/lib/files.ts';

const root = resolve(import.meta.dirname, '../..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/** Runs `astro build` in `dir`; returns seconds and the number of HTML pages written. */
export function timedBuild(dir = root, env = {}) {
  const start = performance.now();
  const r = spawnSync(process.execPath, [astro, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (r.status !== 0) throw new Error(`bygget i ${dir} misslyckades:\n${r.stdout}\n${r.stderr}`);
  return { seconds: (performance.now() - start) / 1000, pages: listFiles(join(dir, 'dist'), (n) => n.endsWith('.html')).length };
}

// Pages that list or aggregate the whole site, and would not be repeated as a site grows.
const SINGLE = /^(index|om-webbplatsen\/.*)\.mdx$/;

/**
 * A copy of the site whose guidance pages appear `factor` times: each page also as
 * <name>-kopia-<n>.mdx in the same chapter folder, so chapters, the sidebar, print views and the
 * search index grow as they would with real pages.
 */
export function multipliedSite(factor) {
  const dir = makeSiteCopy(join(root, 'content'));
  const docs = join(dir, 'content/docs');
  for (const file of listFiles(docs, (n) => n.endsWith('.mdx'))) {
    if (SINGLE.test(relative(docs, file))) continue;
    for (let n = 2; n <= factor; n++) cpSync(file, file.replace(/\.mdx$/, `-kopia-${n}.mdx`));
  }
  return dir;
}

/**
 * Builds copies at ×1, ×5 and ×10, all the same way. Linear growth shows as a steady cost per added
 * page (the last column); a cost that rises from ×5 to ×10 would mean faster than linear.
 */
export function scalingFigures(factors = [1, 5, 10]) {
  const runs = factors.map((f) => {
    const dir = multipliedSite(f);
    try {
      return { f, ...timedBuild(dir) };
    } finally {
      removeSiteCopy(dir);
    }
  });
  return runs.map((run, i) => {
    const prev = runs[i - 1];
    const perAdded = prev ? (((run.seconds - prev.seconds) * 1000) / (run.pages - prev.pages)).toFixed(0) : '–';
    return { innehåll: `×${run.f}`, sidor: run.pages, sekunder: run.seconds.toFixed(1), 'ms per tillkommen sida': perAdded };
  });
}

if (import.meta.filename === process.argv[1]) console.table(scalingFigures());
