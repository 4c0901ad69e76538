// Astro puts the hash of every inline script and style the whole build produced into every page's
// Content-Security-Policy. A page needs only the hashes of what it contains: the rest make each
// page's policy looser than it must be, and they cost bytes in the first round trip.
import { createHash } from 'node:crypto';

const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
const HASH_SOURCE = /\s*'sha256-[A-Za-z0-9+/=]+'/g;

/** The CSP hash sources ('sha256-…') of a page's inline scripts and styles. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, , attributes = '', body] of html.matchAll(INLINE)) {
    if (/\ssrc=/.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  return hashes;
}

/** The page with its <meta> policy listing only the hashes of inline content the page has. */
export function withOwnHashesOnly(html: string): string {
  const used = inlineHashes(html);
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/,
    (_, open: string, policy: string, close: string) =>
      open + policy.replace(HASH_SOURCE, (source) => (used.has(source.trim()) ? source : '')) + close,
  );
}
