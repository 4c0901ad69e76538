// First trims each page's <meta> Content-Security-Policy to the hashes of the inline scripts and
// styles that page has. Then writes dist/_headers for static hosts (Netlify, Cloudflare Pages and
// others read it): the same policy merged over all pages into one, plus headers that only work as
// HTTP headers (frame-ancestors) and privacy headers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, rewriteFiles } from '../lib/files.ts';
import { withOwnHashesOnly } from '../lib/policy.ts';


/** Merges the policies of all pages: each directive gets the union of its sources. */
export function mergePolicies(policies) {
  const merged = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
      const [name, ...sources] = part.split(/\s+/);
      const set = merged.get(name) ?? new Set();
      sources.forEach((s) => set.add(s));
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export function securityHeaders() {
  return {
    name: 'kunskapsstod:headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = rewriteFiles(listFiles(dist, (n) => n.endsWith('.html')), withOwnHashesOnly);
        const policies = pages.flatMap((html) => {
          const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
          return m ? [m[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"')] : [];
        });
        const csp = `${mergePolicies(policies)}; frame-ancestors 'none'`;
        const headers = [
          '/*',
          `  Content-Security-Policy: ${csp}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: no-referrer',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
          '  X-Frame-Options: DENY',
          '',
        ].join('\n');
        writeFileSync(join(dist, '_headers'), headers);
        logger.info(`_headers skriven (${policies.length} sidor)`);
      },
    },
  };
}
