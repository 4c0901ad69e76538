// After the build: splits each page stylesheet into a file for every screen, a file for wide
// screens only and a file for paper only, leaving out components no page renders and rules naming
// classes or elements no page or script has (see src/lib/css-split.ts), and links the last two with
// a media attribute so that phones do not wait for them. The original file stays in dist/ for tests/e2e/css-split.spec.ts, which checks that the
// split files style every element exactly as the original did. It fails the
// build rather than doing nothing: a page without a stylesheet to split, or a build in which no
// stylesheet has wide rules, means the HTML or Starlight's CSS changed shape.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, rewriteFiles } from '../lib/files.ts';
import { linkSplitStylesheets, scopesIn, scriptsLoaded, splitNames, splitStylesheet, tagsIn, wordsIn } from '../lib/css-split.ts';
import { partPrintSheet } from '../lib/css-print-merge.ts';
import { dropUnreadProperties, propertiesIn } from '../lib/css-unused-properties.ts';

/**
 * Writes the split files for one stylesheet, with the rules of the print sheet linked before it
 * (`printFile`, or null) and without custom properties nothing reads; null if it has neither
 * wide-only nor print-only rules and no print sheet to take in.
 */
function writeSplit(dist, file, printFile, rendered, present, named) {
  const parts = splitStylesheet(readFileSync(join(dist, file), 'utf8'), rendered, present);
  if (!parts.wide && !parts.print && !printFile) return null;
  // The print sheet is all @media print, so all of it that survives the same pruning is in .print.
  const printSheet = printFile ? splitStylesheet(readFileSync(join(dist, printFile), 'utf8'), rendered, present).print : '';
  const { head, tail } = partPrintSheet(printSheet, parts.narrow + parts.wide);
  const [narrow, wide, print] = dropUnreadProperties([head + parts.narrow, parts.wide, tail + parts.print], named);
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
        // What the pages and the scripts they load render: components (by scope class), classes and
        // elements. Pagefind's own files name no component; scripts no page loads do not count.
        const pages = listFiles(dist, (n) => n.endsWith('.html')).map((file) => readFileSync(file, 'utf8'));
        const scripts = new Map(listFiles(dist, (n) => n.endsWith('.js')).map((file) => [basename(file), readFileSync(file, 'utf8')]));
        const texts = [...pages, ...scriptsLoaded(pages, scripts).map((name) => scripts.get(name))];
        const rendered = new Set(texts.flatMap(scopesIn));
        // Every class and element name the pages and scripts use (and every other word: see css-split.ts).
        const present = { words: new Set(texts.flatMap(wordsIn)), tags: new Set(texts.flatMap(tagsIn)) };
        // Every custom property a page or script names (an inline style, a script reading one) is kept.
        const named = new Set(texts.flatMap(propertiesIn));
        // Every page links the same few stylesheets: each is split once. A split file's name comes from
        // the page stylesheet alone, so a second page pairing it with another print sheet would overwrite it.
        const split = new Map();
        const pairedWith = new Map();
        const splitOnce = (href, print) => {
          if (pairedWith.has(href) && pairedWith.get(href) !== print)
            throw new Error(
              `css-split: stilmallen ${href} länkas med olika utskriftsmallar (${pairedWith.get(href)}, ${print}); de delade filerna skulle skriva över varandra.`,
            );
          pairedWith.set(href, print);
          const local = (h) => h.slice(prefix.length);
          if (!split.has(href)) split.set(href, writeSplit(dist, local(href), print && local(print), rendered, present, named));
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
