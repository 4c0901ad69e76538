// Links the links validator cannot judge, because their targets are not Markdown headings:
// pages that are generated outside the docs collection, and glossary anchors rendered from data.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Routes built by src/routes/ rather than content/docs/. */
export const customPages = ['/sok/', '/andringar.xml'];

const ordlistaDir = fileURLToPath(new URL('../../content/ordlista/', import.meta.url));

/** @type {Set<string> | undefined} */
let ordlistaCache;

/** The glossary ids, read once per build rather than once per link. */
function ordlistaIds() {
  if (!ordlistaCache) {
    try {
      ordlistaCache = new Set(
        readdirSync(ordlistaDir)
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => f.replace(/\.yaml$/, '')),
      );
    } catch {
      ordlistaCache = new Set();
    }
  }
  return ordlistaCache;
}

/**
 * Exclude from starlight-links-validator only links known to be valid. A link to a glossary term
 * that has no file in content/ordlista/ is NOT excluded, so the validator reports it as an invalid
 * hash on /ordlista/, naming the file and line.
 * @param {{ link: string }} params
 */
export function isValidatedElsewhere({ link }) {
  const path = link.split(/[?#]/)[0];
  if (customPages.includes(path) || path.startsWith('/skriv-ut/') || path.startsWith('/kallor/')) return true;
  const term = /^\/ordlista\/#([a-z0-9-]+)$/.exec(link);
  return Boolean(term && ordlistaIds().has(term[1]));
}
