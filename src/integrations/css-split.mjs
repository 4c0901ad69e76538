// After the build: splits each page stylesheet into a file for every screen, a file for wide
// screens only and a file for paper only, leaving out components no page renders and rules naming
// classes or elements no page or script has (see src/lib/css-split.ts), and links the last two with
// a media attribute so that phones do not wait for them. The original file stays in dist/ for tests/e2e/css-split.spec.ts, which checks that the
// split files style every element exactly as the original did. It fails the
// build rather than doing nothing: a page without a stylesheet to split, or a build in which no
// stylesheet has wide rules, means the HTML or Starlight's CSS changed shape.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, rewriteFiles } from '../lib/files.ts';
import { linkSplitStylesheets, scopesIn, splitNames, splitStylesheet, wordsIn } from '../lib/css-split.ts';

/** Writes the split files for one stylesheet; null if it has neither wide-only nor print-only rules. */
function writeSplit(dist, file, rendered, present) {
  const { narrow, wide, print } = splitStylesheet(readFileSync(join(dist, file), 'utf8'), rendered, present);
  if (!wide && !print) return null;
  const names = splitNames(file);
  writeFileSync(join(dist, names.narrow), narrow);
  if (wide) writeFileSync(join(dist, names.wide), wide);
  if (print) writeFileSync(join(dist, names.print), print);
  return { wide: Boolean(wide), print: Boolean(print) };
}

export function cssSplit() {
  let base = '/';
  return {
    name: 'kunskapsstod:css-split',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const prefix = base.replace(/\/+$/, '');
        // The components a page or script renders; Pagefind's own files name no component.
        const texts = listFiles(dist, (n) => n.endsWith('.html') || n.endsWith('.js')).map((file) => readFileSync(file, 'utf8'));
        const rendered = new Set(texts.flatMap(scopesIn));
        // Every class and element name the pages and scripts use (and every other word: see css-split.ts).
        const present = new Set(texts.flatMap(wordsIn));
        // Every page links the same few stylesheets: each is split once.
        const split = new Map();
        const splitOnce = (href) => {
          if (!split.has(href)) split.set(href, writeSplit(dist, href.slice(prefix.length), rendered, present));
          return split.get(href);
        };
        rewriteFiles(
          listFiles(dist, (n) => n.endsWith('.html')),
          (html, file) => linkSplitStylesheets(html, file, base, splitOnce),
        );
        const done = [...split].filter(([, files]) => files?.wide).map(([href]) => href);
        if (done.length === 0)
          throw new Error(
            `css-split: ingen av stilmallarna (${[...split.keys()].join(', ')}) har regler för breda skärmar. Kontrollera src/lib/css-split.ts mot Starlights CSS.`,
          );
        const print = [...split].filter(([, files]) => files?.print).map(([href]) => href);
        logger.info(`CSS för breda skärmar i egen fil: ${done.join(', ')}; CSS för utskrift i egen fil: ${print.join(', ') || 'ingen'}`);
      },
    },
  };
}
