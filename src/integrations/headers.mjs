// After the build: gives each page's <meta> Content-Security-Policy the hashes of exactly the inline
// scripts and styles that page has (src/lib/policy.ts), failing the build, naming the file, when a
// page has no policy to fill. Then writes dist/_headers for hosts that read it (Netlify, Cloudflare
// Pages): the pages' policies merged into one, plus what only works as an HTTP header
// (frame-ancestors) and privacy headers. GitHub Pages ignores _headers; see README, "Publicera".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, rewriteFiles } from '../lib/files.ts';
import { parsePolicy, readPolicy, serializePolicy, withOwnHashes } from '../lib/policy.ts';

/** Merges the policies of all pages: each directive gets the union of its sources, in first-seen order. */
export function mergePolicies(policies) {
  const merged = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const set = merged.get(name) ?? new Set();
      sources.forEach((s) => set.add(s));
      merged.set(name, set);
    }
  }
  return serializePolicy([...merged].map(([name, sources]) => [name, [...sources]]));
}

/** The _headers file for a set of page policies. */
export function headersFile(policies) {
  return [
    '/*',
    `  Content-Security-Policy: ${mergePolicies(policies)}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '  X-Frame-Options: DENY',
    '',
  ].join('\n');
}

export function securityHeaders() {
  return {
    name: 'kunskapsstod:headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = listFiles(dist, (n) => n.endsWith('.html'));
        const pages = rewriteFiles(files, withOwnHashes);
        const policies = pages.map((html, i) => readPolicy(html, files[i]));
        writeFileSync(join(dist, '_headers'), headersFile(policies));
        logger.info(`Content-Security-Policy med sidans egna hashar i ${pages.length} sidor; _headers skriven`);
      },
    },
  };
}
