// Text helpers for rendering search results safely: titles come from page data and are escaped
// before the query's words are marked.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** Text escaped by escapeHtml (or by Astro in an attribute) as it was. */
export const unescapeHtml = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

/** The text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a query worth highlighting: lowercased, quotes stripped, at least two letters. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .replace(/["”“]/g, ' ')
        .split(/[^\p{L}\p{N}+-]+/u)
        .filter((w) => w.length >= 2),
    ),
  ];
}

/**
 * Escapes `text` and wraps each occurrence of a word that starts with a query term in <mark>, as
 * Pagefind matches by prefix: "styrelse" also marks "Styrelsens".
 */
export function highlight(text: string, terms: string[]): string {
  const escaped = escapeHtml(text);
  if (terms.length === 0) return escaped;
  return escaped.replace(markingPattern(terms), '<mark>$1</mark>');
}

/**
 * The expression that marks the terms, made once for the terms of a search: every result's title
 * and section line is marked with the same words. (A global expression's place is set back to the
 * start by each replace, so one can be used again.)
 */
let marking: { terms: string; pattern: RegExp } | undefined;
function markingPattern(terms: string[]): RegExp {
  const pattern = terms.map((t) => escapeRegExp(escapeHtml(t))).join('|');
  if (marking?.terms !== pattern)
    marking = { terms: pattern, pattern: new RegExp(`(?<![\\p{L}\\p{N}])((?:${pattern})[\\p{L}\\p{N}]*)`, 'giu') };
  return marking.pattern;
}
