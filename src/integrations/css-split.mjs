// After the build: splits each page stylesheet into a file for every screen and a file for wide
// screens only (see src/lib/css-split.ts), and links the wide one with a media attribute so that
// phones do not wait for it. The original file stays in dist/ for tests/e2e/css-split.spec.ts,
// which checks that the two files style every element exactly as the original did.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/files.ts';
import { splitWide, WIDE_MEDIA } from '../lib/css-split.ts';

const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/** The two files' addresses for a stylesheet's address. */
export const splitNames = (href) => ({ narrow: href.replace(/\.css$/, '-smal.css'), wide: href.replace(/\.css$/, '-bred.css') });

export function cssSplit() {
  return {
    name: 'kunskapsstod:css-split',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = listFiles(dist, (n) => n.endsWith('.html'));
        const split = new Map();
        for (const page of pages) {
          const html = readFileSync(page, 'utf8');
          const rewritten = html.replace(LINK, (tag, href) => {
            if (!split.has(href)) {
              const { narrow, wide } = splitWide(readFileSync(join(dist, href), 'utf8'));
              if (!wide) {
                split.set(href, null);
              } else {
                const names = splitNames(href);
                writeFileSync(join(dist, names.narrow), narrow);
                writeFileSync(join(dist, names.wide), wide);
                split.set(href, names);
              }
            }
            const names = split.get(href);
            return names ? `<link rel="stylesheet" href="${names.narrow}"><link rel="stylesheet" href="${names.wide}" media="${WIDE_MEDIA}">` : tag;
          });
          if (rewritten !== html) writeFileSync(page, rewritten);
        }
        const done = [...split].filter(([, names]) => names).map(([href]) => href);
        logger.info(`CSS för breda skärmar i egen fil: ${done.join(', ') || 'ingen'}`);
      },
    },
  };
}
