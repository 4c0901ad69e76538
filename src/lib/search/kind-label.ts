import { escapeRegExp } from './highlight.ts';
import { withoutSoftHyphens } from '../hyphenate.ts';

// The kind of page a search result is, shown above its title (src/lib/search/page.ts).

/**
 * Endings a Swedish noun takes in the plural or the definite form ("Läsväg" → "Läsvägar",
 * "Ordlista" → "Ordlistan"): a title that begins with the kind in one of them names the kind already.
 */
const ENDINGS = '(?:arna|erna|orna|ar|er|or|na|en|et|n|t|r)?';

/**
 * The label above a result's title, or '' for none. Guidance pages, most of the results, carry none.
 * Nor does a page whose title begins with its kind: "Läsväg" above "Läsväg för beredningsgruppen",
 * and above the overview "Läsvägar", only repeated the title (review 17). The start page is labelled
 * as such: its title, the site's name, read as a heading of the site rather than as a result.
 */
export function kindLabel(kind: string | undefined, title: string, options: { plain: string; start?: string; isStart?: boolean }): string {
  if (options.isStart && options.start) return options.start;
  if (!kind || kind === options.plain) return '';
  const named = new RegExp(`^${escapeRegExp(kind.trim())}${ENDINGS}(?![\\p{L}\\p{N}])`, 'iu');
  return named.test(withoutSoftHyphens(title).trim()) ? '' : kind;
}
