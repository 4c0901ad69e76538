// Browser code of /sok/: reads ?q= and the filters from the URL, searches with the strategy in
// engine.ts, and renders a direct answer, filters with counts, and the results as links to the
// matching section of each page.
import { escapeHtml, highlight } from './highlight.ts';
import {
  cleanExcerpt,
  EXCERPT_WORDS,
  openSentence,
  pastColon,
  pastProposalLabel,
  settleExcerpt,
  textAfter,
  withEllipses,
  withinParagraph,
  withoutHeading,
} from './excerpt.ts';
import { withoutSoftHyphens } from '../hyphenate.ts';
import { withBase } from '../url.ts';
import { listInSentence } from '../format.ts';
import { SEARCH_FIELD_ID } from './field.ts';
import {
  FAQ_PAGE,
  GLOSSARY_PAGE,
  matchQuestion,
  matchTerm,
  statusText,
  withoutAnswered,
  type FaqAnswer,
  type TermAnswer,
} from './answers.ts';
import {
  filtersByPage,
  searchSite,
  type PagefindData,
  type PagefindHit,
  type PagefindLike,
  type RankedHit,
  type SearchContext,
} from './engine.ts';
import { withRememberedSearches, withWholeWords, type ChunkBounds } from './index-chunks.ts';
import { synonymMap, type ParsedQuery } from './query.ts';
import {
  anchorOf,
  isSection,
  sectionAt,
  sectionOpening,
  sectionShares,
  wordsBySection,
  type PagefindAnchor,
  type SectionText,
} from './section-text.ts';
import { chooseSection, phrasesOf, prepareIntents, preparePages, vocabularyOf } from './rank.ts';
import { fromWire, type WireData } from './data-wire.ts';
import { answerFile, type AnswerFile, type AnswerKind } from './answer-files.ts';
import { kindLabel } from './kind-label.ts';
import { nextBatch } from './batch.ts';
import { facetCounts, narrows, orderedEntries, withAliases } from './facets.ts';
import { answerHtml, fill, readMore, resultHtml } from './render.ts';
import { filterSentence, statusLine as joinStatus, type StatusLine } from './status-line.ts';

const FILTERS = ['kapitel', 'roll', 'typ'] as const;

/**
 * Pagefind's ranking, tuned on tests/search/queries.json (npm run bench prints the effect). A match
 * in a page's title or description counts most, so the page about a thing beats long pages (the
 * FAQ, the glossary) that merely mention it.
 */
export const RANKING = {
  termSimilarity: 1.0,
  pageLength: 0.75,
  termSaturation: 1.4,
  termFrequency: 1.0,
  metaWeights: { title: 6, description: 3 },
};

/** The index chunks' word ranges (index-chunks.ts); without them Pagefind still searches, as it does alone. */
async function loadChunkBounds(url: string): Promise<ChunkBounds> {
  const response = await fetch(url);
  return response.ok ? ((await response.json()) as ChunkBounds) : [];
}

async function loadPagefind(chunkList: string): Promise<PagefindLike> {
  // Built by Pagefind after Astro's build, so the bundler must not try to resolve it.
  const url = withBase('/pagefind/pagefind.js');
  const bounds = loadChunkBounds(chunkList).catch(() => []);
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindLike & {
    options(o: object): Promise<void>;
    preload(term: string): Promise<unknown>;
  };
  // Pagefind's worker stays on: running the WebAssembly in the page saves its 12 KB but blocked the
  // main thread for ~200 ms on a phone (Lighthouse TBT), which cost more than the bytes.
  // Result addresses carry the base path when the site is served under one.
  await pagefind.options({ ranking: RANKING, baseUrl: import.meta.env.BASE_URL });
  // Pagefind loads its filter index (under 1 KB) only when asked; asking at start makes sure every
  // search counts filter values instead of reporting each as found on no page.
  await pagefind.filters();
  return withRememberedSearches(withWholeWords(pagefind, await bounds));
}

type LoadedData = { context: SearchContext; terms: TermAnswer[]; faqs: FaqAnswer[] };

/** Synonyms, concepts, intents, pages and the questions direct answers exist for (lib/search/data.ts), fetched beside Pagefind at the first search. */
async function loadSearchData(url: string): Promise<LoadedData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const data = fromWire((await response.json()) as WireData);
  const vocabulary = vocabularyOf(data);
  for (const k of data.vocabulary.split(' ')) vocabulary.add(k);
  const lexicon = { synonyms: synonymMap(data.synonyms), vocabulary, concepts: data.concepts, phrases: phrasesOf(data) };
  return {
    context: { lexicon, pages: preparePages(data), intents: prepareIntents(data.intents) },
    terms: data.terms.map(([id, term]) => ({ id, term, definition: '' })),
    faqs: data.faqs.map(([anchor, question]) => ({ anchor, question, answer: '' })),
  };
}

/** A definition or FAQ answer, fetched the first time it is shown; an empty text if it cannot be. */
const answers = new Map<string, Promise<AnswerFile>>();
function loadAnswer(dir: string, kind: AnswerKind, anchor: string): Promise<AnswerFile> {
  const url = dir + answerFile(kind, anchor);
  let loading = answers.get(url);
  if (!loading) {
    loading = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<AnswerFile>) : { text: '' }))
      .catch(() => ({ text: '' }));
    answers.set(url, loading);
  }
  return loading;
}

/**
 * A result's kind of page above its title, when it is not a guidance page like most: a vägvisare or a
 * reading path is a different thing to open than a chapter, and its title alone did not say so (review 15).
 * Not when the title says it already (kind-label.ts); the start page is named as such.
 */
function typeLine(data: PagefindData, text: DOMStringMap): string {
  const label = kindLabel(data.filters?.typ?.[0], data.meta.title ?? '', {
    plain: text.textPlainType ?? '',
    start: text.textStartPage,
    isStart: data.url.split('#')[0] === withBase('/'),
  });
  return label ? `<span class="sok-typ">${escapeHtml(label)}<span class="sok-kolon">:</span></span>` : '';
}

function renderResult(ranked: RankedHit, loaded: Loaded, terms: string[], query: ParsedQuery, text: DOMStringMap): string {
  const { data, sections } = loaded;
  const title = highlight(withoutSoftHyphens(data.meta.title ?? data.url), terms);
  const subs = (data.sub_results ?? []).filter((s) => isSection(data, s)).map((s) => ({ ...s, anchor: anchorOf(s.url) }));
  // The section that answers: its heading matches the question (rank.ts) and its text holds the words.
  const shares = sectionShares(query, sections);
  const chosen = chooseSection(ranked.headings ?? [], subs, query.terms.length, shares, query);
  // With ?debug: what the section was chosen from, by page (window.sokDebugSections).
  if (new URLSearchParams(location.search).has('debug')) {
    const w = window as unknown as { sokDebugSections?: Record<string, unknown> };
    (w.sokDebugSections ??= {})[ranked.url] = {
      headings: ranked.headings ?? [],
      shares: [...shares],
      words: [...sections].map(([anchor, { title, words }]) => [anchor, title, [...words]]),
      subs: subs.map((s) => s.anchor),
      // Enough to choose the section again outside the browser (sub-results in order, the parsed question).
      subResults: subs.map(({ anchor, title, excerpt }) => ({ anchor, title, excerpt })),
      query,
      chosen: chosen?.anchor,
    };
  }
  const sub = chosen && subs.find((s) => s.anchor === chosen.anchor);
  const content = (data as PagefindData & { content?: string }).content ?? '';
  // A section Pagefind made no excerpt for (none of the question's words is in its text) shows its
  // own opening words, not the page's excerpt from elsewhere on the page.
  const anchors = (data as PagefindData & { anchors?: PagefindAnchor[] }).anchors ?? [];
  // So does one whose excerpt was mostly the heading's reader questions, which are no text of the
  // page and are cleaned away (reader-questions.ts): a few words would be left.
  const fromSub = sub && cleanExcerpt(sub.excerpt);
  const thin = fromSub !== undefined && wordCount(withoutHeading(fromSub, [chosen?.title, data.meta.title])) < THIN_EXCERPT;
  const opening = chosen && (!sub || thin) ? sectionOpening(content, anchors, chosen.anchor, EXCERPT_WORDS) : undefined;
  const raw = opening !== undefined ? cleanExcerpt(highlight(withoutSoftHyphens(opening), terms)) : (fromSub ?? cleanExcerpt(data.excerpt));
  // The excerpt ends where a sentence does, or goes on into a "men …" that turns it (excerpt.ts).
  const mark = (t: string) => highlight(t, terms);
  // A proposal box's label is no answer: the box's own text is shown instead (excerpt.ts).
  // Nor is a paragraph after a colon whose list is left out of the index (excerpt.ts).
  const unlabelled = pastProposalLabel(withinParagraph(withoutHeading(raw, [chosen?.title, data.meta.title])), content, mark);
  const ended = settleExcerpt(unlabelled, textAfter(content, unlabelled), mark);
  // …and not at a colon that promises what it does not show (excerpt.ts).
  const settled = pastColon(ended, textAfter(content, ended), mark);
  // …and begins where a sentence does, or says it does not (excerpt.ts).
  const headings = [data.meta.title ?? '', ...anchors.filter((a) => /^h\d$/i.test(a.element)).map((a) => a.text ?? '')];
  const opened = openSentence(settled, content, mark, headings);
  // The link opens the section whose text the excerpt quotes: a section Pagefind holds no text of
  // (left out of the index) showed the page's opening under a link below it (section-text.ts).
  const holder = chosen ? sectionAt(content, anchors, opened.html.replace(/<[^>]*>/g, '')) : undefined;
  const shown = holder === undefined || holder?.id === chosen?.anchor ? chosen : holder && { anchor: holder.id, title: holder.title };
  const href = shown ? `${data.url.split('#')[0]}#${encodeURIComponent(shown.anchor)}` : data.url;
  return resultHtml({
    href,
    title,
    section: shown ? highlight(withoutSoftHyphens(shown.title), terms) : undefined,
    type: typeLine(data, text),
    // Begun inside a proposal box: said first, as the box's own title would have (review 26).
    excerpt: `${opened.proposal ? `<span class="sok-forslag">${escapeHtml(text.textProposal ?? '')}</span> ` : ''}${withEllipses(opened.html, opened.midSentence)}`,
  });
}

/** Fewer words than this in a section's cleaned excerpt, and its opening is shown instead. */
const THIN_EXCERPT = 12;
const wordCount = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

/** A result's Pagefind data, and which of the question's words each of its sections holds. */
interface Loaded {
  data: PagefindData;
  sections: Map<string, SectionText>;
}

/**
 * Each result's Pagefind data, asked for once: a search answered from memory (withRememberedSearches)
 * gives the same hits again, as the reader types on, and Pagefind's worker would build the same
 * excerpts anew. One that could not be loaded is asked for again next time.
 */
const dataOf = new WeakMap<PagefindHit, Promise<PagefindData>>();
function hitData(hit: PagefindHit): Promise<PagefindData> {
  let data = dataOf.get(hit);
  if (!data) {
    data = hit.data();
    dataOf.set(hit, data);
    data.catch(() => {
      if (dataOf.get(hit) === data) dataOf.delete(hit);
    });
  }
  return data;
}

/** The result's own Pagefind data, and from it and the hits for single words, which words each section holds. */
async function loadResult(h: RankedHit): Promise<Loaded | undefined> {
  const data = await hitData(h.hit).catch(() => undefined);
  if (!data) return undefined;
  const anchors = (data as PagefindData & { anchors?: PagefindAnchor[] }).anchors ?? [];
  return { data, sections: wordsBySection(anchors, data.meta.title ?? '', h.wordHits ?? []) };
}

/** A result whose Pagefind data could not be loaded: the section its headings match, and the page's description. */
function renderPlain(ranked: RankedHit, terms: string[], query: ParsedQuery): string {
  const chosen = chooseSection(ranked.headings ?? [], [], query.terms.length, undefined, query);
  const href = withBase(chosen ? `${ranked.url}#${encodeURIComponent(chosen.anchor)}` : ranked.url);
  return resultHtml({
    href,
    title: highlight(ranked.title, terms),
    section: chosen ? highlight(chosen.title, terms) : undefined,
    excerpt: highlight(ranked.description, terms),
  });
}

/** Whether a direct answer from `chapter` is among what the ticked chapters give: with none ticked, it is. */
function answerInChapters(chapter: string | undefined, ticked: string[] | undefined): boolean {
  return !ticked?.length || (chapter !== undefined && ticked.includes(chapter));
}

/** The filter groups, each box with how many results it gives (facets.ts), in a panel the reader opens. */
function renderFilters(
  counts: Record<string, Record<string, number>>,
  selected: Record<string, string[]>,
  names: Record<string, string>,
  total: number,
  order: Record<string, string[] | undefined> = {},
): string {
  const groups = FILTERS.filter((f) => Object.keys(counts[f] ?? {}).length > 0 && narrows(counts[f], selected[f], total)).map((f) => {
    const entries = orderedEntries(counts[f], order[f]);
    const options = entries.map(([value, n], i) => {
      const id = `filter-${f}-${i}`;
      const checked = selected[f]?.includes(value) ? ' checked' : '';
      return `<li><input type="checkbox" id="${id}" name="${f}" value="${escapeHtml(value)}"${checked}> <label for="${id}">${escapeHtml(value)} (${n})</label></li>`;
    });
    // What two ticked roles give was not said: pages for either (review 17). A chapter needs no such
    // line, as a page has one.
    const hintId = `filter-${f}-hint`;
    const hint =
      names[`${f}Hint`] && entries.length > 1 ? `<p class="sok-filter-hint" id="${hintId}">${escapeHtml(names[`${f}Hint`])}</p>` : '';
    const values = escapeHtml(JSON.stringify(entries.map(([v]) => v)));
    return (
      `<fieldset data-filter="${f}" data-values="${values}"${hint ? ` aria-describedby="${hintId}"` : ''}>` +
      `<legend>${escapeHtml(names[f] ?? f)}</legend>${hint}<ul>${options.join('')}</ul></fieldset>`
    );
  });
  if (!groups.length) return '';
  const ticked = Object.values(selected).some((v) => v.length > 0);
  const open = ticked ? ' open' : '';
  // What the counts count: the results of this search, not the site's pages. "Revisorerna (8)" above
  // "Styrelsen (7)" for "styrelse" read as if more were written for the revisors (review of /sok/).
  // The note names no total: the status line's count is it, without a filter. How many results the
  // boxes count is kept for the tests as data-total.
  const note = `<p class="sok-filter-hint sok-filter-antal" data-total="${total}">${escapeHtml(names.countNote ?? '')}</p>`;
  // Shown while a box is ticked: unticks them all at once.
  const clear = `<button type="button" class="sok-rensa" data-search-clear${ticked ? '' : ' hidden'}>${escapeHtml(names.clear ?? '')}</button>`;
  return `<details${open}><summary>${escapeHtml(names.summary ?? '')}</summary>${note}${clear}<div class="sok-filter-grupper">${groups.join('')}</div></details>`;
}

/**
 * Puts the filters rendered by renderFilters in the box, changing only what changed: a group whose
 * boxes are the same keeps its elements and gets the new counts, so the box the reader just ticked
 * keeps the focus (and a screen reader says nothing new about it), and the panel stays open or closed
 * as the reader left it.
 */
function updateFilters(box: HTMLElement, html: string): void {
  const groups = box.querySelector('.sok-filter-grupper');
  if (!html || !groups) {
    box.innerHTML = html;
    return;
  }
  const next = document.createElement('div');
  next.innerHTML = html;
  // The count note and the clear button follow the new search; the details element stays as it was.
  const note = box.querySelector('.sok-filter-antal');
  const freshNote = next.querySelector('.sok-filter-antal');
  if (note && freshNote && note.textContent !== freshNote.textContent) note.textContent = freshNote.textContent;
  const clear = box.querySelector<HTMLButtonElement>('[data-search-clear]');
  const freshClear = next.querySelector<HTMLButtonElement>('[data-search-clear]');
  if (clear && freshClear) clear.hidden = freshClear.hidden;
  let before: Element | null = null;
  for (const f of [...FILTERS].reverse()) {
    const old = groups.querySelector<HTMLElement>(`fieldset[data-filter="${f}"]`);
    const fresh = next.querySelector<HTMLElement>(`fieldset[data-filter="${f}"]`);
    if (old && fresh && old.dataset.values === fresh.dataset.values) {
      const labels = fresh.querySelectorAll('label');
      old.querySelectorAll('label').forEach((label, i) => {
        if (label.textContent !== labels[i].textContent) label.textContent = labels[i].textContent;
      });
      const boxes = fresh.querySelectorAll('input');
      old.querySelectorAll('input').forEach((input, i) => (input.checked = boxes[i].checked));
    } else if (old && fresh) old.replaceWith(fresh);
    else if (old) old.remove();
    else if (fresh) groups.insertBefore(fresh, before);
    before = groups.querySelector(`fieldset[data-filter="${f}"]`) ?? before;
  }
}

/** Where a reader was in the results when opening one, kept in the history entry of /sok/ for Back. */
interface Place {
  sokScroll?: number;
  /** How many results were shown ("Visa fler träffar"). */
  sokShown?: number;
  /** The result opened, by its place in the list. */
  sokOpened?: number;
}
const PLACE_KEYS: string[] = ['sokScroll', 'sokShown', 'sokOpened'] satisfies (keyof Place)[];

/** How long typing must pause before the results follow it. */
const TYPING_PAUSE_MS = 120;
/**
 * How long typing must pause before the status line, a live region, changes: a screen reader announced
 * every half-typed word's count ("5 träffar på ”deleg”", "”delege”") while the results, drawn at once,
 * need no announcing (review 17). Enter, a filter box and "Visa fler träffar" announce at once.
 */
const ANNOUNCE_PAUSE_MS = 700;

export async function runSearchPage(): Promise<void> {
  const input = document.getElementById(SEARCH_FIELD_ID) as HTMLInputElement | null;
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const statusMore = document.querySelector<HTMLElement>('[data-search-status-more]');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  const answerBox = document.querySelector<HTMLElement>('[data-search-answer]');
  const filterBox = document.querySelector<HTMLElement>('[data-search-filters]');
  const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const noneBox = document.querySelector<HTMLElement>('[data-search-none]');
  const listHeading = document.querySelector<HTMLElement>('[data-search-results-heading]');
  if (!input || !status || !statusMore || !list || !answerBox || !filterBox || !moreButton || !noneBox || !listHeading) return;
  // The header's magnifier leads to #sok-q: that reader asked to search, so the cursor waits in the
  // field. A reader who arrives any other way (a link in the text, a search already made) keeps the
  // browser's start at the top of the page, where a screen reader begins with the heading and the
  // hint; focusing the field for everyone would skip both and, on a phone, hide the page behind the
  // keyboard.
  if (location.hash === `#${SEARCH_FIELD_ID}`) input.focus();
  const text = list.dataset;
  // What the results stand on, after the count: a word no page holds is named (the results come from
  // the other words), else that no page holds all the words together. When no page seems to answer
  // the question (engine.ts, answersWeakly), the reader is told so, calmly, and the results stay.
  const resultNote = (fallback: boolean, unfound: string[], weak: boolean) =>
    (unfound.length
      ? ` ${fill(unfound.length === 1 ? text.textUnfoundOne : text.textUnfoundOther, { ord: listInSentence(unfound.map((w) => `”${w}”`)) })}`
      : fallback && !weak
        ? ` ${text.textFallback}`
        : '') + (weak ? ` ${text.textWeak}` : '');
  /** Until when the status line waits, as the reader is typing; and the change that waits. */
  let quietUntil = 0;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The live region says `value`; what follows it on screen (`rest`, not announced) changes at once,
   * with the results it is about.
   */
  const setStatus = (value: string, rest = '') => {
    if (statusMore.textContent !== rest) statusMore.textContent = rest;
    statusMore.hidden = !rest;
    clearTimeout(statusTimer);
    const wait = quietUntil - performance.now();
    if (wait <= 0 || !value) status.textContent = value;
    else statusTimer = setTimeout(() => setStatus(value, rest), wait);
  };
  let pagefind: Promise<PagefindLike> | undefined;
  let data: Promise<LoadedData> | undefined;
  let latest = 0;
  /** The hits of the search on screen and the words to highlight, for "show more"; what the status line says of them. */
  let shown: {
    hits: RankedHit[];
    terms: string[];
    count: number;
    query?: ParsedQuery;
    status?: { raw: string; answered: boolean; note: string; filters: string };
  } = { hits: [], terms: [], count: 0 };

  /**
   * "Visar 5 av 25 träffar på ”…”.", the ticked filters, the note on what the results stand on, and
   * the button while it has more (status-line.ts). The count is every result the list holds, the set
   * the filter boxes count: a reader sees one number for one set of results.
   */
  function statusLine(): StatusLine {
    const { raw, answered, note, filters } = shown.status!;
    const listed = shown.hits.length;
    return joinStatus({
      count: fill(text[statusText(listed, answered, shown.count)], { count: listed, shown: shown.count, q: raw }),
      filters,
      note: note.trim(),
      more: shown.count < listed ? text.textShowMore : '',
    });
  }

  /** Appends the next page of results; returns the first new link, for focus. */
  async function showMore(run: number): Promise<HTMLAnchorElement | null> {
    // Five at a time, and one or two left over with the five before them (batch.ts).
    const next = shown.hits.slice(shown.count, shown.count + nextBatch(shown.count, shown.hits.length));
    // Every result shown gets Pagefind's excerpt of the section that matched, a download of a few KB
    // each: the page's description in its place read as the answer ("Korta svar på vanliga frågor
    // …" under a FAQ question). Without it (the download failed) the description is what there is.
    const loaded = await Promise.all(next.map(loadResult));
    if (run !== latest) return null;
    list!.insertAdjacentHTML(
      'beforeend',
      next
        .map((h, i) =>
          loaded[i] ? renderResult(h, loaded[i], shown.terms, shown.query!, text) : renderPlain(h, shown.terms, shown.query!),
        )
        .join(''),
    );
    const first = list!.children[shown.count]?.querySelector('a') ?? null;
    shown.count += next.length;
    moreButton!.hidden = shown.count >= shown.hits.length;
    // The status line says how many are shown, also after "Visa fler träffar" (announced politely,
    // after the result that gets the focus).
    const line = statusLine();
    setStatus(line.live, line.rest);
    return first;
  }

  /** Searches and renders; a newer search started meanwhile wins, so fast typing never shows stale results. */
  async function show(raw: string, selected: Record<string, string[]>): Promise<void> {
    const run = ++latest;
    performance.mark(`sok-start-${run}`);
    if (!raw) {
      list!.innerHTML = '';
      list!.removeAttribute('data-weak');
      // Back to the page's first state: the list keeps its room for the results of the next search.
      list!.hidden = false;
      moreButton!.hidden = true;
      answerBox!.hidden = true;
      filterBox!.hidden = true;
      noneBox!.hidden = true;
      listHeading!.hidden = true;
      setStatus('');
      return;
    }
    // The lines after the count stay until the new results replace them, so the list does not jump.
    setStatus(text.textLoading ?? '', statusMore!.textContent ?? '');
    try {
      pagefind ??= loadPagefind(text.indexChunks ?? '');
      data ??= loadSearchData(text.searchData ?? '');
      const [{ context, terms, faqs }] = await Promise.all([data, pagefind]);
      const filters = Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, { any: v }]));
      // The filters narrow every result of the search, and the boxes count them all without the
      // filters (engine.ts, pool), from Pagefind's filter index: no page's data is fetched for either.
      // Without a filter the list is the pool; with one, it is what the ticked box counted.
      const { query, hits, pool, fallback, unfound, weak } = await searchSite(await pagefind, raw, context, filters);
      if (run !== latest) return;
      const term = matchTerm(raw, terms);
      const faq = term ? undefined : matchQuestion(query, faqs);
      const target = term ? { page: GLOSSARY_PAGE, anchor: term.id } : faq ? { page: FAQ_PAGE, anchor: faq.anchor } : undefined;
      // The entry the answer shows is not listed again below it, nor counted in the filters.
      const opens = (h: Pick<RankedHit, 'headings'>) => chooseSection(h.headings ?? [], [], query.terms.length, undefined, query)?.anchor;
      const listed = withoutAnswered(hits, target, opens);
      // The first results' data is asked of Pagefind's worker now, while this thread counts the
      // filters and fetches a direct answer's text; showMore finds it loaded or on its way.
      for (const h of listed.slice(0, nextBatch(0, listed.length))) hitData(h.hit).catch(() => undefined);
      const allListed = withoutAnswered(pool, target, opens);
      const byPage = await filtersByPage(await pagefind);
      if (run !== latest) return;
      const counts = facetCounts(
        allListed.map((h) => byPage.get(h.hit.id) ?? {}),
        selected,
        FILTERS,
      );
      updateFilters(
        filterBox!,
        renderFilters(
          counts,
          selected,
          JSON.parse(filterBox!.dataset.names ?? '{}'),
          allListed.length,
          JSON.parse(filterBox!.dataset.order ?? '{}'),
        ),
      );
      filterBox!.hidden = filterBox!.innerHTML === '';

      const answer =
        term || faq ? await loadAnswer(text.answerDir ?? '', term ? 'term' : 'faq', term ? term.id : faq!.anchor) : { text: '' };
      if (run !== latest) return;
      // An answer that sends the reader on (a FAQ answer's "Läs mer", a definition's page in the
      // guidance) links straight there, named by the heading or page it leads to; else the entry itself.
      const answerHref = answer.more
        ? withBase(answer.more.href)
        : target && withBase(`${target.page}#${encodeURIComponent(target.anchor)}`);
      const moreText = answer.more
        ? readMore(answer.more.href, answer.more.title, context.pages, text)
        : target
          ? readMore(`${target.page}#${target.anchor}`, term ? term.term : (faq?.question ?? ''), context.pages, text)
          : '';
      // The answer's own links, as on the page it is from, with the site's base (render.ts keeps only site paths).
      const links = (answer.links ?? []).map(([start, end, href]): [number, number, string] => [start, end, withBase(href)]);
      answerBox!.innerHTML = term
        ? answerHtml(text.textTerm ?? '', term.term, answer.text, answerHref!, moreText, links)
        : faq
          ? answerHtml(text.textFaq ?? '', faq.question, answer.text, answerHref!, moreText, links)
          : '';
      answerBox!.hidden = !term && !faq;
      // The entry the box shows, which its "Läs mer" may not lead to: read by the search bench and the tests.
      answerBox!.dataset.entry = target ? `${target.page}#${target.anchor}` : '';

      // /sok/?q=…&debug keeps the ranking's parts where a developer can read them in the console.
      if (new URLSearchParams(location.search).has('debug'))
        Object.assign(window, {
          sokDebug: {
            query,
            hits: hits.map(({ url, score, section, parts, headings, held }) => ({
              url,
              score,
              ...parts,
              held,
              opens: section?.anchor,
              headings,
            })),
          },
        });
      // A direct answer above the list answers the question: no notice that nothing does.
      const weakly = weak && !term && !faq;
      shown = {
        hits: listed,
        terms: [...query.terms.map((t) => t.typed), ...query.words, ...query.phrases],
        count: 0,
        query,
        status: {
          raw,
          // A direct answer from a chapter the ticked chapters leave out is still shown, but the line
          // does not count it among what the filter gives (review 26).
          answered: Boolean(term || faq) && answerInChapters(term ? text.chapterGlossary : text.chapterFaq, selected.kapitel),
          note: listed.length ? resultNote(fallback, unfound, weakly) : '',
          filters: filterSentence(selected, FILTERS, {
            sentence: text.textFiltered,
            groups: { kapitel: text.textFilteredKapitel, roll: text.textFilteredRoll, typ: text.textFilteredTyp },
          }),
        },
      };
      list!.innerHTML = '';
      listHeading!.hidden = listed.length === 0;
      // A search that lists nothing hides the list, and with it the screen of room kept for results
      // (sok.css): the ways on, or the direct answer, are followed by the page's end. Shown again in
      // the same step as the next search's heading, so its results fill room that is already there.
      list!.hidden = listed.length === 0;
      // Nothing found, nor a direct answer: the pages that gather the guidance otherwise, as a way on.
      noneBox!.hidden = listed.length > 0 || Boolean(term || faq);
      // Writes the status line too.
      await showMore(run);
      if (run !== latest) return;
      // Read by the search bench and the tests: whether the notice is shown.
      list!.toggleAttribute('data-weak', Boolean(listed.length) && weakly);
      // Read by npm run bench: from the start of this search (or of the page load) to results on screen.
      performance.measure(`sok-${run}`, run === 1 ? undefined : `sok-start-${run}`);
      performance.mark('sok-klar');
    } catch {
      if (run === latest) {
        noneBox!.hidden = true;
        setStatus(text.textError ?? '');
      }
    }
  }

  moreButton.addEventListener('click', async () => {
    quietUntil = 0;
    // Focus moves to the first new result, so a keyboard or screen-reader user continues from there.
    (await showMore(latest))?.focus();
  });

  const params = new URLSearchParams(location.search);
  const asked: Record<string, string[]> = Object.fromEntries(FILTERS.map((f) => [f, params.getAll(f)]).filter(([, v]) => v.length > 0));
  // A saved link may name a value as the filter used to (facets.ts, withAliases).
  let selected = withAliases(asked, JSON.parse(filterBox.dataset.aliases ?? '{}') as Record<string, Record<string, string>>);
  input.value = params.get('q')?.trim() ?? '';
  await show(input.value.trim(), selected);
  // Back from a result: the list is drawn again after the page has loaded, so the browser's own
  // scroll restoration has nothing to scroll yet. As many results as were shown ("Visa fler träffar"
  // had shown 10, and Back showed 5 at half the scroll), the result opened, with the focus for a
  // keyboard, and the position left are put back by hand.
  const left = history.state as Place | null;
  if (input.value && left) {
    const run = latest;
    while (run === latest && shown.count < Math.min(left.sokShown ?? 0, shown.hits.length)) await showMore(run);
    if (run === latest) {
      list.children[left.sokOpened ?? -1]?.querySelector('a')?.focus({ preventScroll: true });
      if (left.sokScroll) window.scrollTo(0, left.sokScroll);
    }
  }
  // Kept as a result is opened (a click or Enter on its link), not on leaving the page: changing the
  // history while the browser is already going back through it would change the wrong entry.
  list.addEventListener('click', (e) => {
    const link = (e.target as Element).closest('a');
    if (!link) return;
    const opened = [...list.children].findIndex((li) => li.contains(link));
    const place: Place = { sokScroll: scrollY, sokShown: shown.count, sokOpened: opened };
    history.replaceState({ ...(history.state ?? {}), ...place }, '');
  });

  /** /sok/ with the query and the filters: the address a link to these results is. */
  const addressFor = (query: string) => {
    const address = new URL(location.href);
    if (query) address.searchParams.set('q', query);
    else address.searchParams.delete('q');
    for (const f of FILTERS) {
      address.searchParams.delete(f);
      for (const value of selected[f] ?? []) address.searchParams.append(f, value);
    }
    return address;
  };
  // A saved link with a value's former name is kept in the address with the name its box has now.
  if (JSON.stringify(asked) !== JSON.stringify(selected)) history.replaceState(history.state, '', addressFor(input.value.trim()));
  /** Searches what the field and the filter boxes say, and keeps it in the address, in place. */
  const searchNow = () => {
    clearTimeout(timer);
    const query = input.value.trim();
    void show(query, selected);
    // The place kept for Back belongs to the search before this one.
    const state = Object.entries((history.state ?? {}) as Record<string, unknown>).filter(([k]) => !PLACE_KEYS.includes(k));
    history.replaceState(Object.fromEntries(state), '', addressFor(query));
  };

  // Results follow the typing, and so does the address, in place: a reader who opens a result without
  // pressing Enter and goes back finds the same search again, while the back button still leads to
  // the page before /sok/, not through every half-typed word.
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    quietUntil = performance.now() + ANNOUNCE_PAUSE_MS;
    clearTimeout(timer);
    timer = setTimeout(searchNow, TYPING_PAUSE_MS);
  });
  // A filter box applies as it is ticked, in place like typing. A "Filtrera" button loaded the page
  // anew: the focus fell to the top of the page and the count was announced some 1,100 px further
  // down, while everything else on /sok/ followed at once (review 17). The focus stays on the box,
  // and the status line announces the new count.
  filterBox.addEventListener('change', (e) => {
    if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'checkbox') return;
    const ticked: Record<string, string[]> = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'))
      (ticked[box.name] ??= []).push(box.value);
    selected = ticked;
    quietUntil = 0;
    searchNow();
  });
  // "Rensa filter" unticks every box and searches again; the status line announces the new count.
  // The button goes with the last ticked box, so the focus moves to the panel's summary, which stays.
  filterBox.addEventListener('click', (e) => {
    if (!(e.target instanceof Element) || !e.target.closest('[data-search-clear]')) return;
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) box.checked = false;
    selected = {};
    quietUntil = 0;
    filterBox.querySelector<HTMLElement>('summary')?.focus();
    searchNow();
  });
  // Enter (or the Sök button) searches in place too. Loading /sok/?q=… anew put the focus back at the
  // top of the page, 56 Tab presses from the field, and pushed a second history entry for the same
  // search. The focus stays where it was, and the status line announces the results. Without
  // JavaScript the form loads /sok/?q=… (the filters are drawn by this script, so there are none).
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    quietUntil = 0;
    searchNow();
  });
}
