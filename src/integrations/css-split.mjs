// After the build: splits each page stylesheet into a file for every screen and a file for wide
// screens only (see src/lib/css-split.ts), and links the wide one with a media attribute so that
// phones do not wait for it. The original file stays in dist/ for tests/e2e/css-split.spec.ts,
// which checks that the two files style every element exactly as the original did.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, rewriteFiles } from '../lib/files.ts';
import { splitWide, WIDE_MEDIA } from '../lib/css-split.ts';

const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/** The two files' addresses for a stylesheet's address. */
const splitNames = (href) => ({ narrow: href.replace(/\.css$/, '-smal.css'), wide: href.replace(/\.css$/, '-bred.css') });

/** Writes the two files for one stylesheet; returns their addresses, or null if nothing is wide-only. */
function splitStylesheet(dist, href) {
  const { narrow, wide } = splitWide(readFileSync(join(dist, href), 'utf8'));
  if (!wide) return null;
  const names = splitNames(href);
  writeFileSync(join(dist, names.narrow), narrow);
  writeFileSync(join(dist, names.wide), wide);
  return names;
}

export function cssSplit() {
  return {
    name: 'kunskapsstod:css-split',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Every page links the same few stylesheets: each is split once.
        const split = new Map();
        const namesFor = (href) => {
          if (!split.has(href)) split.set(href, splitStylesheet(dist, href));
          return split.get(href);
        };
        rewriteFiles(listFiles(dist, (n) => n.endsWith('.html')), (html) =>
          html.replace(LINK, (tag, href) => {
            const names = namesFor(href);
            return names ? `<link rel="stylesheet" href="${names.narrow}"><link rel="stylesheet" href="${names.wide}" media="${WIDE_MEDIA}">` : tag;
          }),
        );
        const done = [...split].filter(([, names]) => names).map(([href]) => href);
        logger.info(`CSS för breda skärmar i egen fil: ${done.join(', ') || 'ingen'}`);
      },
    },
  };
}
