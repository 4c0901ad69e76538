// Swedish words as search compares them: one key per word, from the Snowball Swedish stemmer
// (@orama/stemmers), so "styrelsens", "styrelsen" and "styrelse" are the same word wherever search
// compares words: the query, synonyms, concepts, intents, glossary terms, FAQ questions, headings.
import { stemmer } from '@orama/stemmers/swedish';

export const normalise = (s: string) => s.toLocaleLowerCase('sv').normalize('NFC');

/** å, ä, ö and é folded away after stemming, as Pagefind does: "forbundschef" is "förbundschef". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** The words of a text, lowercased; "SKR:s" is "skr" (a genitive after a colon is no word of its own). */
export function tokens(text: string): string[] {
  return normalise(text)
    .replace(/:s\b/g, '')
    .split(/[^\p{L}\p{N}+]+/u)
    .map((t) => t.replace(/^\++|\++$/g, (m, i) => (i === 0 ? '' : m)))
    .filter(Boolean);
}

/** The comparison key of one word: its Snowball stem, diacritics folded. */
export function key(word: string): string {
  return fold(stemmer(normalise(word).replace(/\+/g, '')));
}

export const keys = (text: string) => tokens(text).map(key);

/**
 * How well a query word's key matches a word of a text: 1 for the same word, also when the stemmer
 * left a different ending on one of them ("kassan", "kass"); 0.5 when it is part of a compound
 * ("ledamot" in "styrelseledamot"); 0 otherwise.
 */
export function wordMatch(q: string, d: string): number {
  if (q === d) return 1;
  const [short, long] = q.length <= d.length ? [q, d] : [d, q];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2) return 1;
  if (q.length >= 4 && d.length > q.length && (d.startsWith(q) || d.endsWith(q))) return 0.5;
  return 0;
}

/** The best match of a query key among the keys of a text. */
export function bestMatch(q: string, text: string[]): number {
  let best = 0;
  for (const d of text) {
    const m = wordMatch(q, d);
    if (m > best) best = m;
    if (best === 1) break;
  }
  return best;
}
