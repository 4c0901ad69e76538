// Which series a page shows as charts, read from its MDX source. A chart's notes may point only to
// charts on the same page; a page that cannot be read (the chapter print view) shows no pointers.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

const cache = new Map<string, Set<string>>();

/** Series ids of the `<Diagram id="…">` elements in an MDX source text. */
export function seriesInSource(source: string): Set<string> {
  return new Set([...source.matchAll(/<Diagram\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1]));
}

/** Series ids shown on the page whose source file is `file` (relative to the project or absolute). */
export function seriesOnPage(file: string): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    try {
      ids = seriesInSource(readFileSync(isAbsolute(file) ? file : join(process.cwd(), file), 'utf8'));
    } catch {
      ids = new Set();
    }
    cache.set(file, ids);
  }
  return ids;
}
