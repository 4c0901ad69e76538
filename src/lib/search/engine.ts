// Search strategy over Pagefind. Pagefind requires every word to match, so a question with one word
// the guidance does not use finds nothing. So all meaningful words are searched together and each
// word (and each other wording of it: synonym, compound parts, concept) on its own; rank.ts then
// orders the pages by how much of the question they hold, where (title, heading, body), and by
// Pagefind's score. Which page a Pagefind result is comes from the `sida` filter every page
// carries, so ranking needs no page's data: only the results shown are downloaded.
import { exactKeys } from './words.ts';
import { correctTypo, parseQuery, searchWords, toPagefindQuery, unrelatedExtensions, type Lexicon, type ParsedQuery } from './query.ts';
import {
  documentShares,
  matchIntent,
  termCoverage,
  UBIQUITOUS,
  rankPages,
  termScore,
  WEIGHTS,
  type Found,
  type PreparedIntent,
  type PreparedPage,
  type Ranked,
} from './rank.ts';

export interface PagefindHit {
  id: string;
  score: number;
  /** Where on the page the matched words are (word positions). */
  words?: number[];
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
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindHit[]; filters?: FilterCounts } | null>;
  /** Every filter value in the index, with the number of pages that have it. */
  filters(): Promise<FilterCounts>;
}

/** A ranked page (rank.ts) with the Pagefind hit it came from. */
export interface RankedHit extends Ranked {
  hit: PagefindHit;
  /** The page's hit in the search for each word of the question on its own (section-text.ts). */
  wordHits?: [word: string, hit: PagefindHit][];
  /** How well the page holds each term of the question, in any wording, in its title, headings or text (termCoverage). */
  held?: number[];
}

/** The filter that names each page's address (src/components/starlight/MarkdownContent.astro). */
export const PAGE_FILTER = 'sida';

/**
 * Results scoring under this share of the best are left out: they hold a word or two of the
 * question and little else, and a reader scrolled past 30 of them. On tests/search/blind-tuning.json
 * and queries.json the answer always scored at least 0.73 of the best. The intent bonus does not
 * count toward the best, so an intent's page does not hide every other result.
 */
export const RELATIVE_FLOOR = 0.5;

export interface SearchContext {
  lexicon: Lexicon;
  pages: PreparedPage[];
  intents: PreparedIntent[];
}

export async function searchSite(
  pagefind: PagefindLike,
  raw: string,
  context: SearchContext,
  filters: Record<string, unknown> = {},
): Promise<{
  query: ParsedQuery;
  /**
   * Every result above the floor that passes the filters, best first. The list holds them all (shown
   * five at a time): a cut at the best 15 made the status, the filter boxes and a ticked box count
   * three different sets ("5 av de 14 träffar" beside boxes adding up to 25, and "Försäkringskassan
   * (13)" giving 13 after ticking), and took three sentences to explain (u23).
   */
  hits: RankedHit[];
  /**
   * Every result above the floor, without the filters, best first: what the filter boxes count
   * (facets.ts). Without a filter it is the list; with one, a box's count is what ticking it gives.
   */
  pool: SearchResultPool;
  fallback: boolean;
  unfound: string[];
  /** No page seems to answer the question (answersWeakly). */
  weak: boolean;
}> {
  const query = parseQuery(raw, context.lexicon);
  const byPage = await filtersByPage(pagefind);
  const urlOf = (id: string) => byPage.get(id)?.[PAGE_FILTER]?.[0];
  const words = searchWords(query);
  const extensions = words.map((w) => unrelatedExtensions(w, context.lexicon.vocabulary));
  const [all, ...rest] = await Promise.all([
    // Unfiltered: which results are too weak to show is judged against the best of all pages, so
    // a chapter filter shows as many results as its count said. The filters apply below.
    pagefind.search(toPagefindQuery(query)),
    ...words.map((w) => pagefind.search(toPagefindQuery({ ...query, phrases: [] }, [w]))),
    ...query.phrases.map((p) => pagefind.search(`"${p}"`)),
    ...extensions.flat().map((e) => pagefind.search(e)),
  ]);
  const single = rest.slice(0, rest.length - extensions.flat().length);
  const corrections = await correctUnfound(pagefind, query, words, single, context.lexicon.vocabulary);
  const spurious = spuriousHits(words, extensions, single, rest.slice(single.length));
  const found = new Map<string, Found>();
  const hitOf = new Map<string, PagefindHit>();
  const wordHitsOf = new Map<string, Map<string, PagefindHit>>();
  const note = (hit: PagefindHit, word?: string, isAll = false) => {
    const url = urlOf(hit.id);
    if (!url) return;
    // Found only through longer words that merely start with a short query word: not a match.
    if (word ? spurious.get(word)?.has(hit.id) : query.words.some((w) => spurious.get(w)?.has(hit.id))) return;
    hitOf.set(url, hit);
    if (word) {
      const byWord = wordHitsOf.get(url) ?? new Map<string, PagefindHit>();
      byWord.set(word, hit);
      wordHitsOf.set(url, byWord);
    }
    const f = found.get(url) ?? { words: new Set<string>(), score: 0, all: false };
    if (word) f.words.add(word);
    f.score = Math.max(f.score, hit.score);
    f.all ||= isAll;
    found.set(url, f);
  };
  single.forEach((r, i) => {
    for (const hit of r?.results ?? []) note(hit, words[i]);
  });
  for (const [word, r] of corrections) for (const hit of r?.results ?? []) note(hit, word);
  // Last, so that a page found by all words together shows the excerpt of that search.
  for (const hit of all?.results ?? []) note(hit, undefined, true);
  for (const [url, f] of found) f.at = new Map([...(wordHitsOf.get(url) ?? [])].map(([w, h]) => [w, h.words ?? []]));
  const intentPage = matchIntent(query.allKeys, context.intents);
  const passes = (url: string) => {
    const page = pageFilters(byPage, url);
    return Object.entries(filters).every(([name, wanted]) => {
      const values = ((wanted as { any?: string[] }).any ?? (wanted as string[])) as string[];
      return values.some((v) => page?.[name]?.includes(v));
    });
  };
  // Each term's share of the pages: for ranking, and to name the words no page holds.
  const shares = documentShares(query, context.pages, found);
  const ranked = rankPages(query, context.pages, found, intentPage, shares);
  const hits: RankedHit[] = [];
  const pageOf = new Map(context.pages.map((p) => [p.url, p]));
  const heldOn = (url: string) => {
    const page = pageOf.get(url);
    const f = found.get(url);
    return query.terms.map((t, i) =>
      f && shares[i] >= UBIQUITOUS ? 1 : page ? termCoverage(t, f, page.outlineKeys, page.headingKeys) : 0,
    );
  };
  const floor = RELATIVE_FLOOR * Math.max(0, ...ranked.map((r) => r.score - (r.url === intentPage ? WEIGHTS.intent : 0)));
  // A search for one word asks where the word is: every page that holds it is listed, the best
  // first. The floor is for questions, whose weak results hold a word or two of many; "uppföljning"
  // gave 7 results though 13 pages use the word, and the reader took 7 for all (review 25).
  const oneWord = query.terms.length === 1;
  const pool: SearchResultPool = [];
  for (const r of ranked) {
    if (r.score < floor && !(oneWord && found.get(r.url)?.all)) continue;
    const hit = hitOf.get(r.url) ?? hitByUrl(byPage, r.url);
    if (!hit) continue;
    pool.push({ hit, url: r.url, headings: r.headings });
    if (!passes(r.url)) continue;
    hits.push({
      hit,
      url: r.url,
      title: r.title,
      description: r.description,
      score: r.score,
      section: r.section,
      parts: r.parts,
      headings: r.headings,
      wordHits: [...(wordHitsOf.get(r.url) ?? [])],
      held: heldOn(r.url),
    });
  }
  const holdsAll = (all?.results ?? []).filter(
    (hit) => !query.words.some((w) => spurious.get(w)?.has(hit.id)) && passes(urlOf(hit.id) ?? ''),
  );
  const fallback = holdsAll.length === 0 && query.terms.length > 1;
  return {
    query,
    hits,
    pool,
    fallback,
    unfound: unfoundTerms(query, shares),
    weak: answersWeakly(query, hits, shares),
  };
}

type SearchResultPool = Pick<RankedHit, 'hit' | 'url' | 'headings'>[];

/** How many of the first results are looked at to judge whether any page answers the question. */
export const WEAK_TOP = 3;
/**
 * A result that holds this share of the question's words or less does not answer it. Measured with
 * the search bench on every tuning set (991 questions): "no result holds more than half" flags 12 % of
 * the questions nothing on the site answers and 1 % of the others (0.8 % of those whose answer is
 * first). "Less than three quarters" flagged 24 % and 4 %, but 9 % on extra-check-14, the one set it
 * was not chosen on: a reader's extra word on no page ("pluggar", "nyvald") is common, and a notice
 * over a list whose first result answers is worse than none.
 */
export const WEAK_SHARE = 0.5;

/**
 * No page seems to answer the question: none of the first WEAK_TOP results holds more than WEAK_SHARE
 * of the question's words (each in any wording ranking knows: as typed, a synonym, a compound's
 * parts, a concept's wording; in the title, a heading or the text). The results then take up parts
 * of the question, and the reader is told so rather than shown a confident list. A question's kind
 * of answer ("hur många") is no word it is about, and does not count. Not when the first result's
 * section is named by every word of the question that some page holds (headingNames): with `shares`.
 */
export function answersWeakly(
  query: ParsedQuery,
  hits: (Pick<RankedHit, 'held'> & Partial<Pick<RankedHit, 'title' | 'section' | 'headings'>>)[],
  shares?: number[],
): boolean {
  const about = query.terms.flatMap((t, i) => (t.kind ? [] : [i]));
  if (!about.length || !hits.length) return false;
  if (shares && headingNames(query, hits[0], shares)) return false;
  return hits.slice(0, WEAK_TOP).every((h) => about.filter((i) => (h.held?.[i] ?? 0) > 0).length / about.length <= WEAK_SHARE);
}

/** How well a heading must hold a term to name it: a wording whole, as rank.ts asks of a title (titleNames). */
export const HEADING_NAMES = 0.9;

/**
 * The result's heading, with its page's title, names every word of the question that some page
 * holds: "Frågor och svar: Får förbundet hantera personuppgifter om deltagarna?" for "sekretes
 * personuppgifter" answers it, though "sekretes" (misspelt) is on no page and so the result held
 * half of the question's words, which was read as no page answering (u23). The word on no page is
 * named beside the count anyway (unfoundTerms). The heading is the section ranking opens, else the
 * page's best heading for the question; a result without one (a page matched by its title alone) is
 * judged by its words only.
 */
export function headingNames(
  query: ParsedQuery,
  hit: Partial<Pick<RankedHit, 'title' | 'section' | 'headings'>>,
  shares: number[],
): boolean {
  const heading = hit.section?.title ?? hit.headings?.[0]?.title;
  // A kind of answer must be asked by the heading too: "Hur många insatser …?" does not answer "hur
  // länge får en insats pågå". A word of the subject that no page holds is left out.
  const about = query.terms.filter((t, i) => t.kind || shares[i] > 0);
  if (!heading || !about.length) return false;
  const named = [...exactKeys(hit.title ?? ''), ...exactKeys(heading)];
  return about.every((t) => termScore(t, named, true) >= HEADING_NAMES);
}

/**
 * The words of the question that no page holds in any wording (as typed, corrected, or in a
 * synonym's or concept's words): the results stand on the other words, and the reader should know
 * ("inskrivna" is on no page, so "måste deltagare vara inskrivna på arbetsförmedlingen" finds
 * pages about deltagare and Arbetsförmedlingen). A question's kind ("hur många") names no subject.
 * `shares`: each term's share of the pages (documentShares), as ranking used them.
 */
export function unfoundTerms(query: ParsedQuery, shares: number[]): string[] {
  if (query.terms.length < 2) return [];
  return query.terms.filter((t, i) => !t.kind && shares[i] === 0).map((t) => t.typed);
}

type SearchResult = Awaited<ReturnType<PagefindLike['search']>>;

/** Weight of a word searched in place of a typed word that Pagefind found nowhere. */
export const CORRECTION_WEIGHT = 0.9;

/**
 * A typed word that Pagefind finds on no page, though it looks like a word of the guidance
 * ("arbetsförmedlnigen" has the stem of "arbetsförmedling" plus an n), is a misspelling: it is
 * searched again as the nearest other word of the guidance, and that word becomes another
 * wording of its term. Only then, so a word spelt right is never searched as another.
 */
async function correctUnfound(
  pagefind: PagefindLike,
  query: ParsedQuery,
  words: string[],
  single: SearchResult[],
  vocabulary: Set<string>,
): Promise<[string, SearchResult][]> {
  const retries: [string, string][] = [];
  words.forEach((word, i) => {
    if (single[i]?.results.length || /[^\p{L}]/u.test(word)) return;
    const corrected = correctTypo(word, vocabulary, { other: true });
    if (!corrected || words.includes(corrected) || retries.some(([, c]) => c === corrected)) return;
    const term = query.terms.find((t) => t.alternatives.some((a) => !a.local && a.words.includes(word)));
    if (!term) return;
    term.alternatives.push({ words: [corrected], keys: [corrected], weight: CORRECTION_WEIGHT });
    retries.push([word, corrected]);
  });
  return Promise.all(retries.map(async ([, c]) => [c, await pagefind.search(c)] as [string, SearchResult]));
}

/**
 * For each very short query word, the pages Pagefind found it on only inside unrelated longer words
 * ("jäv" in "JavaScript"): every position its search matched on the page is a position where a
 * search for one of those longer words matches too.
 */
function spuriousHits(words: string[], extensions: string[][], single: SearchResult[], longer: SearchResult[]): Map<string, Set<string>> {
  const spurious = new Map<string, Set<string>>();
  let next = 0;
  words.forEach((word, i) => {
    const elsewhere = new Map<string, Set<number>>();
    for (const r of longer.slice(next, next + extensions[i].length))
      for (const hit of r?.results ?? []) {
        const at = elsewhere.get(hit.id) ?? new Set<number>();
        for (const l of hit.words ?? []) at.add(l);
        elsewhere.set(hit.id, at);
      }
    next += extensions[i].length;
    if (!elsewhere.size) return;
    const ids = (single[i]?.results ?? [])
      .filter((hit) => hit.words?.length && hit.words.every((l) => elsewhere.get(hit.id)?.has(l)))
      .map((hit) => hit.id);
    if (ids.length) spurious.set(word, new Set(ids));
  });
  return spurious;
}

type FiltersByPage = Map<string, Record<string, string[]>> & { hits?: Map<string, PagefindHit> };

function pageFilters(byPage: FiltersByPage, url: string): Record<string, string[]> | undefined {
  for (const f of byPage.values()) if (f[PAGE_FILTER]?.[0] === url) return f;
  return undefined;
}
function hitByUrl(byPage: FiltersByPage, url: string): PagefindHit | undefined {
  return byPage.hits?.get(url);
}

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
  byPage.hits = new Map();
  const searches: Promise<void>[] = [];
  for (const [name, values] of Object.entries(await pagefind.filters())) {
    for (const value of Object.keys(values)) {
      searches.push(
        pagefind.search(null, { filters: { [name]: [value] } }).then((r) => {
          for (const hit of r?.results ?? []) {
            const page = byPage.get(hit.id) ?? {};
            (page[name] ??= []).push(value);
            byPage.set(hit.id, page);
            if (name === PAGE_FILTER) byPage.hits!.set(value, hit);
          }
        }),
      );
    }
  }
  await Promise.all(searches);
  return byPage;
}
