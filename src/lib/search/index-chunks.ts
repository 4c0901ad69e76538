// Pagefind matches a query word by its stem and every longer indexed word that starts with it
// ("samordningsförbund" also finds "samordningsförbundets"), but only among the index chunks it has
// downloaded, and it downloads the one chunk the stem falls in. With small chunks (which keep a
// first search light, src/integrations/search-index.mjs) the longer words often sit in the next
// chunk, so the same word would find fewer pages on a reader's first search than later on. Before
// each search this loads every chunk that can hold a word starting with a query word's stem, so the
// results are those of the whole index; /sok/indexdelar.json lists the chunks' word ranges.
import { stemmer } from '@orama/stemmers/swedish';
import type { PagefindLike } from './engine.ts';

/** Where the build writes the chunk list (src/integrations/search-index.mjs). */
export const CHUNK_LIST_URL = '/sok/indexdelar.json';

/** Each chunk's first and last word as Pagefind shortened them (lower case, diacritics folded). */
export type ChunkBounds = [from: string, to: string][];

/** Sorts after every word that starts with the string it is appended to. */
const AFTER = '\uffff';

/** The words of a query as Pagefind compares them: lower case, diacritics folded (as its JavaScript does). */
export function pagefindWords(query: string): string[] {
  return query
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The chunks that can hold a word starting with the stem of `word` (Pagefind stems the folded word
 * with the same Snowball Swedish stemmer). A chunk's words lie from `from` up to anything starting
 * with `to`, since Pagefind shortens both to the letters that tell neighbouring chunks apart.
 */
export function chunksFor(word: string, bounds: ChunkBounds): number[] {
  const stem = stemmer(word);
  const prefix = word.startsWith(stem) ? stem : word;
  const found: number[] = [];
  bounds.forEach(([from, to], i) => {
    if (from < prefix + AFTER && prefix < to + AFTER) found.push(i);
  });
  return found;
}

type Preloading = PagefindLike & { preload(term: string): Promise<unknown> };

/**
 * The same Pagefind, with every search first loading the chunks its words' longer forms may be in.
 * Preloading a chunk's first word loads that chunk; each chunk is asked for once.
 */
export function withWholeWords(pagefind: Preloading, bounds: ChunkBounds): PagefindLike {
  const asked = new Map<number, Promise<unknown>>();
  const load = (i: number) => {
    let loading = asked.get(i);
    if (!loading) asked.set(i, (loading = pagefind.preload(bounds[i][0])));
    return loading;
  };
  return {
    async search(query, options) {
      if (query) await Promise.all(pagefindWords(query).flatMap((w) => chunksFor(w, bounds).map(load)));
      return pagefind.search(query, options);
    },
    filters: () => pagefind.filters(),
  };
}

/** How many searches a page keeps the answers of (the least recently asked go first). */
export const REMEMBERED_SEARCHES = 300;

/**
 * The same Pagefind, answering a search it was asked before from memory. /sok/ searches the whole
 * question and each of its words on its own, so every keystroke asked Pagefind's worker again for
 * the words typed before it ("styrelsen" for "styrelsen a", "styrelsen an", "styrelsen ansvar"): a
 * round trip each, a sixth of the time to results (issue #17). Behind withWholeWords the results
 * are those of the whole index, which does not change while the page is open, so a remembered
 * answer is the one Pagefind would give again. The same query with other filters is another search;
 * a failed search is forgotten, so it is asked again.
 */
export function withRememberedSearches(pagefind: PagefindLike, limit = REMEMBERED_SEARCHES): PagefindLike {
  const known = new Map<string, ReturnType<PagefindLike['search']>>();
  return {
    search(query, options) {
      const id = JSON.stringify([query, options ?? {}]);
      let answer = known.get(id);
      if (answer) {
        // Most recently asked last: the first in the map is the one to forget.
        known.delete(id);
      } else {
        answer = pagefind.search(query, options);
        answer.catch(() => {
          if (known.get(id) === answer) known.delete(id);
        });
        if (known.size >= limit) known.delete(known.keys().next().value!);
      }
      known.set(id, answer);
      return answer;
    },
    filters: () => pagefind.filters(),
  };
}
