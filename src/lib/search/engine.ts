// Search strategy over Pagefind. Pagefind requires every word to match, so a question with one word
// the guidance does not use finds nothing. First all meaningful words are searched together; when
// that finds too little, each word is searched on its own and the pages are merged, ranked by how
// many of the words they match and then by Pagefind's score.
import { parseQuery, toPagefindQuery, type ParsedQuery } from './query.ts';

export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters?: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindLike {
  /** A null query with filters lists every page that has those filter values. */
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindHit[]; filters?: FilterCounts } | null>;
  /** Every filter value in the index, with the number of pages that have it. */
  filters(): Promise<FilterCounts>;
}

export interface RankedHit {
  hit: PagefindHit;
  /** How many of the query's words (or all, for the combined search) the page matched. */
  matched: number;
  score: number;
}

/** Fewer results than this from the all-words search triggers the word-by-word fallback. */
export const FALLBACK_BELOW = 3;

export async function searchSite(
  pagefind: PagefindLike,
  raw: string,
  synonyms: Map<string, string>,
  filters: Record<string, string[]> = {},
): Promise<{ query: ParsedQuery; hits: RankedHit[]; fallback: boolean; filterCounts: FilterCounts }> {
  const query = parseQuery(raw, synonyms);
  const options = Object.keys(filters).length ? { filters } : undefined;
  const primary = await pagefind.search(toPagefindQuery(query), options);
  const all = primary?.results ?? [];
  // A synonym may be wrong for this question ("uppföljning finsam" names a system, not the law), so
  // the words as typed are searched too and their pages join the list.
  const typed = parseQuery(raw);
  if (toPagefindQuery(typed) !== toPagefindQuery(query)) {
    for (const hit of (await pagefind.search(toPagefindQuery(typed), options))?.results ?? []) {
      const same = all.find((a) => a.id === hit.id);
      if (!same) all.push(hit);
      else if (hit.score > same.score) all[all.indexOf(same)] = hit;
    }
    all.sort((a, b) => b.score - a.score);
  }
  const ranked = new Map<string, RankedHit>(all.map((hit) => [hit.id, { hit, matched: query.words.length + query.phrases.length, score: hit.score }]));
  const fallback = all.length < FALLBACK_BELOW && query.words.length > 1;
  if (fallback) {
    for (const word of query.words) {
      const results = (await pagefind.search(toPagefindQuery(query, [word]), options))?.results ?? [];
      for (const hit of results) {
        if (all.some((a) => a.id === hit.id)) continue;
        const seen = ranked.get(hit.id);
        if (seen) {
          seen.matched += 1;
          seen.score += hit.score;
        } else ranked.set(hit.id, { hit, matched: 1, score: hit.score });
      }
    }
  }
  const hits = [...ranked.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
  // Pagefind counts filter values over all results of one search; merged searches are counted here.
  const merged = fallback || all.length !== (primary?.results.length ?? 0);
  const filterCounts = merged || !primary?.filters ? countFilters(hits, await filtersByPage(pagefind)) : primary.filters;
  return { query, hits, fallback, filterCounts };
}

type FiltersByPage = Map<string, Record<string, string[]>>;

/** The index does not change while a page is open, so each Pagefind instance is asked only once. */
const filtersByPageOf = new WeakMap<PagefindLike, Promise<FiltersByPage>>();

/**
 * Which filter values each page has, from Pagefind's filter index alone: one filtered search per
 * value, which returns page ids without downloading any page's data. Counting merged results this
 * way costs a few milliseconds instead of one download per result.
 */
export function filtersByPage(pagefind: PagefindLike): Promise<FiltersByPage> {
  let known = filtersByPageOf.get(pagefind);
  if (!known) filtersByPageOf.set(pagefind, (known = readFiltersByPage(pagefind)));
  return known;
}

async function readFiltersByPage(pagefind: PagefindLike): Promise<FiltersByPage> {
  const byPage: FiltersByPage = new Map();
  for (const [name, values] of Object.entries(await pagefind.filters())) {
    for (const value of Object.keys(values)) {
      for (const hit of (await pagefind.search(null, { filters: { [name]: [value] } }))?.results ?? []) {
        const page = byPage.get(hit.id) ?? {};
        (page[name] ??= []).push(value);
        byPage.set(hit.id, page);
      }
    }
  }
  return byPage;
}

export function countFilters(hits: RankedHit[], byPage: FiltersByPage): FilterCounts {
  const counts: FilterCounts = {};
  for (const { hit } of hits) {
    for (const [name, values] of Object.entries(byPage.get(hit.id) ?? {})) {
      for (const value of values) (counts[name] ??= {})[value] = (counts[name][value] ?? 0) + 1;
    }
  }
  return counts;
}
