import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answersWeakly,
  headingNames,
  filtersByPage,
  RELATIVE_FLOOR,
  searchSite,
  type PagefindHit,
  type PagefindLike,
  type SearchContext,
  WEAK_TOP,
} from '../../src/lib/search/engine.ts';
import { facetCounts } from '../../src/lib/search/facets.ts';
import { exactKeys } from '../../src/lib/search/words.ts';
import { emptyLexicon, synonymMap } from '../../src/lib/search/query.ts';
import { prepareIntents, preparePages } from '../../src/lib/search/rank.ts';
import type { DataPage } from '../../src/lib/search/data.ts';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { markLinkLists } from '../../src/lib/link-lists.ts';

/**
 * A fake index: a page matches a query when its text contains every word of it and it has the
 * filter values asked for; every page carries its address in the `sida` filter, as the site does.
 */
function fakePagefind(
  pages: Record<string, string>,
  pageFilters: Record<string, Record<string, string[]>> = {},
): PagefindLike & { searches: string[] } {
  const filtersOf = (id: string): Record<string, string[]> => ({ ...pageFilters[id], sida: [`/${id}/`] });
  const hasFilters = (id: string, wanted: Record<string, unknown> = {}) =>
    Object.entries(wanted).every(([k, vs]) =>
      ((vs as { any?: string[] }).any ?? (vs as string[])).some((v) => filtersOf(id)[k]?.includes(v)),
    );
  const searches: string[] = [];
  return {
    searches,
    async search(query, options) {
      if (query !== null) searches.push(query);
      const words = (query ?? '').split(' ').filter(Boolean);
      const results: PagefindHit[] = Object.entries(pages)
        .filter(([id, text]) => words.every((w) => text.includes(w)) && hasFilters(id, options?.filters))
        .map(([id, text]) => ({
          id,
          score: words.length ? words.reduce((n, w) => n + text.split(w).length - 1, 0) : 1,
          data: async () => ({ url: `/${id}/`, excerpt: text, meta: { title: id } }),
        }));
      return { results };
    },
    async filters() {
      const all: Record<string, Record<string, number>> = {};
      for (const id of Object.keys(pages))
        for (const [k, vs] of Object.entries(filtersOf(id))) for (const v of vs) (all[k] ??= {})[v] = (all[k][v] ?? 0) + 1;
      return all;
    },
  };
}

const page = (id: string, title: string, sections: [string, string][] = []): DataPage => ({ url: `/${id}/`, title, sections });
function context(pages: DataPage[], extra: Partial<SearchContext> = {}, terms: [string, string, string?][] = []): SearchContext {
  return { lexicon: emptyLexicon(), pages: preparePages({ pages, terms, faqs: [] }), intents: [], ...extra };
}

test('the page whose title names the subject beats a page that mentions it more often', async () => {
  const pagefind = fakePagefind({
    styrelsen: 'styrelsen beslutar om mål',
    nns: 'styrelsen styrelsen styrelsen nns styrelsen',
  });
  const { hits } = await searchSite(pagefind, 'vad gör styrelsen', context([page('styrelsen', 'Styrelsen'), page('nns', 'NNS')]));
  assert.deepEqual(
    hits.map((h) => h.url),
    ['/styrelsen/', '/nns/'],
  );
});

test('a question that matches a heading opens that section', async () => {
  const pagefind = fakePagefind({ styrelsen: 'styrelsen möten delegera beslut' });
  const pages = [
    page('styrelsen', 'Styrelsen', [
      ['Hur går styrelsens möten till?', 'moten'],
      ['Vad får styrelsen inte delegera?', 'delegera'],
    ]),
  ];
  const { hits } = await searchSite(pagefind, 'vad får styrelsen delegera', context(pages));
  assert.equal(hits[0].section?.anchor, 'delegera');
});

test('pages matching most of a question come first when no page holds every word', async () => {
  const pagefind = fakePagefind({ styrelsen: 'styrelsen beslut delegera', ekonomi: 'beslut budget', ordlista: 'delegera' });
  const pages = [page('styrelsen', 'Styrelsen'), page('ekonomi', 'Ekonomi'), page('ordlista', 'Ordlista')];
  const { hits, fallback } = await searchSite(pagefind, 'vem beslutar om att delegera beslut i styrelsen xyz', context(pages));
  assert.equal(fallback, true);
  assert.equal(hits[0].url, '/styrelsen/');
});

test('an intent leads to its page first', async () => {
  const pagefind = fakePagefind({ lasvag: 'läsordning för ny ledamot', styrelsen: 'ledamot ledamot styrelsen läsa' });
  const intents = prepareIntents([{ id: 'l', fraser: ['läsa först ledamot'], sida: '/lasvag/' }]);
  const { hits } = await searchSite(
    pagefind,
    'vad ska jag läsa först som ny ledamot',
    context([page('lasvag', 'Ny styrelseledamot'), page('styrelsen', 'Styrelsen')], { intents }),
  );
  assert.equal(hits[0].url, '/lasvag/');
});

test('a glossary entry the question names lends its title to the page that explains the term', async () => {
  const pagefind = fakePagefind({
    ordlista: 'revisionsberättelse en text',
    revision: 'revisionsberättelse granskning',
    annan: 'revisionsberättelse revisionsberättelse',
  });
  const pages: DataPage[] = [
    { url: '/ordlista/', title: 'Ordlista', entries: 'terms' },
    page('revision', 'Revision'),
    page('annan', 'Annan sida'),
  ];
  const { hits } = await searchSite(
    pagefind,
    'revisionsberättelse',
    context(pages, {}, [['revisionsberattelse', 'Revisionsberättelse', '/revision/']]),
  );
  assert.equal(hits[0].url, '/revision/');
});

test("a synonym's pages and the typed word's pages are both found", async () => {
  const pagefind = fakePagefind({ uppfoljning: 'uppföljning finsam system', lag: 'uppföljning finansiell samordning' });
  const lexicon = { ...emptyLexicon(), synonyms: synonymMap([{ id: 'finansiell samordning', varianter: ['finsam'] }]) };
  const { hits } = await searchSite(
    pagefind,
    'uppföljning finsam',
    context([page('uppfoljning', 'Uppföljning'), page('lag', 'Lagen')], { lexicon }),
  );
  assert.deepEqual(hits.map((h) => h.url).sort(), ['/lag/', '/uppfoljning/']);
});

test('filters hold for every result, and merged results are counted per filter value without loading page data', async () => {
  const pagefind = fakePagefind(
    { styrelsen: 'styrelsen beslut delegera', ekonomi: 'beslut budget', esf: 'socialfonden' },
    { styrelsen: { typ: ['vägledning'] }, ekonomi: { typ: ['ordlista'] }, esf: { typ: ['vägledning'] } },
  );
  const pages = [page('styrelsen', 'Styrelsen'), page('ekonomi', 'Ekonomi'), page('esf', 'ESF')];
  const all = await searchSite(pagefind, 'delegera beslut xyz', context(pages));
  // As /sok/ counts its boxes (page.ts): each result's filters from the filter searches, not its data.
  const byPage = await filtersByPage(pagefind);
  assert.deepEqual(
    facetCounts(
      all.hits.map((h) => byPage.get(h.hit.id) ?? {}),
      {},
      ['typ'],
    ),
    { typ: { vägledning: 1, ordlista: 1 } },
  );
  const filtered = await searchSite(pagefind, 'delegera beslut xyz', context(pages), { typ: { any: ['ordlista'] } });
  assert.deepEqual(
    filtered.hits.map((h) => h.url),
    ['/ekonomi/'],
  );
});

test('the filter values of each page are read from the index once, not on every search', async () => {
  const pagefind = fakePagefind({ a: 'beslut', b: 'delegera', c: 'budget' }, { a: { typ: ['vägledning'] }, b: { typ: ['ordlista'] } });
  let asked = 0;
  const filters = pagefind.filters.bind(pagefind);
  pagefind.filters = async () => (asked++, filters());
  const ctx = context([page('a', 'A'), page('b', 'B'), page('c', 'C')]);
  await searchSite(pagefind, 'beslut delegera xyz', ctx);
  await searchSite(pagefind, 'delegera beslut budget', ctx);
  assert.equal(asked, 1);
});

/** A fake index that matches each word as Pagefind does, as the start of a word, and says where. */
function prefixPagefind(pages: Record<string, string>): PagefindLike {
  const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return {
    async search(query, options) {
      const words = (query ?? '').split(' ').filter(Boolean).map(fold);
      const results: PagefindHit[] = [];
      for (const [id, text] of Object.entries(pages)) {
        if (options?.filters?.sida && !(options.filters.sida as string[]).includes(`/${id}/`)) continue;
        const pageWords = text.split(' ').map(fold);
        const at = words.map((w) => pageWords.flatMap((p, i) => (p.startsWith(w) ? [i] : [])));
        if (query !== null && at.some((a) => a.length === 0)) continue;
        results.push({
          id,
          score: at.flat().length || 1,
          words: at.flat(),
          data: async () => ({ url: `/${id}/`, excerpt: text, meta: {} }),
        });
      }
      return { results };
    },
    async filters() {
      return { sida: Object.fromEntries(Object.keys(pages).map((id) => [`/${id}/`, 1])) };
    },
  };
}

test('a very short word does not find a page through a longer word it merely starts (jäv in JavaScript)', async () => {
  const pages = {
    revision: 'kommunallagens regler om jäv gäller inte',
    lagstiftning: 'jävsreglerna i kommunallagen',
    tillganglighet: 'allt går att läsa utan javascript',
    blandat: 'jäv och javascript',
  };
  const vocabulary = new Set(['kommunallag', 'regl', 'jav', 'javsregl', 'javascript', 'las', 'utan', 'blandat']);
  const lexicon = { ...emptyLexicon(), vocabulary };
  const data = Object.keys(pages).map((id) => page(id, id));
  const { hits } = await searchSite(prefixPagefind(pages), 'jäv', context(data, { lexicon }));
  assert.deepEqual(hits.map((h) => h.url).sort(), ['/blandat/', '/lagstiftning/', '/revision/']);
  // With another word, the page is not counted as holding both.
  const both = await searchSite(prefixPagefind(pages), 'jäv läsa', context(data, { lexicon }));
  assert.equal(both.fallback, true);
});

test('results scoring far below the best are left out, but not pages as good as it', async () => {
  const pagefind = fakePagefind({
    styrelsen: 'styrelsen beslutar om budget',
    ekonomi: 'budget styrelsen',
    lasvag: 'budget',
  });
  const pages = [
    page('styrelsen', 'Styrelsen', [['Hur beslutar styrelsen om budget?', 'budget']]),
    page('ekonomi', 'Ekonomi'),
    page('lasvag', 'Läsväg'),
  ];
  const { hits } = await searchSite(pagefind, 'styrelsen budget', context(pages));
  assert.deepEqual(
    hits.map((h) => h.url),
    ['/styrelsen/', '/ekonomi/'],
  );
  assert.ok(hits.at(-1)!.score >= RELATIVE_FLOOR * hits[0].score);
});

test('a search for one word lists every page that holds it, however weakly, the best first', async () => {
  // Ekonomi and Läsväg score under half of the page named Budget: as a question's weak results they
  // would be left out, but a reader who typed one word asks where it is.
  const pagefind = fakePagefind({
    budget: 'förbundet beslutar om budget budget budget',
    ekonomi: 'budget budget',
    lasvag: 'budget',
    nns: 'styrelsen',
  });
  const pages = [
    page('budget', 'Budget', [['Vad är en budget?', 'budget']]),
    page('ekonomi', 'Ekonomi'),
    page('lasvag', 'Läsväg'),
    page('nns', 'NNS'),
  ];
  const { hits } = await searchSite(pagefind, 'budget', context(pages));
  assert.deepEqual(
    hits.map((h) => h.url),
    ['/budget/', '/ekonomi/', '/lasvag/'],
  );
  assert.ok(hits.at(-1)!.score < RELATIVE_FLOOR * hits[0].score, 'the last result is one the floor would have left out');
});

test('the list, the filter boxes and a ticked box count one set: every result above the floor, also past the 15th', async () => {
  // u23: the list was cut at the best 15 while the boxes counted every result, so "5 av de 15"
  // stood beside chapter counts adding up to 20, and a ticked box gave more than the list had held.
  const ids = Array.from({ length: 20 }, (_, i) => `sida${i}`);
  const pagefind = fakePagefind(
    Object.fromEntries(ids.map((id) => [id, 'styrelsen budget'])),
    Object.fromEntries(ids.map((id, i) => [id, { kapitel: [i % 2 ? 'udda' : 'jamna'] }])),
  );
  const ctx = context(ids.map((id) => page(id, 'Sida')));
  const { hits, pool } = await searchSite(pagefind, 'styrelsen budget', ctx);
  const byPage = await filtersByPage(pagefind);
  const counts = facetCounts(
    pool.map((h) => byPage.get(h.hit.id) ?? {}),
    {},
    ['kapitel'],
  );
  // Without a filter the list is the pool the boxes count, and the chapters add up to it.
  assert.equal(hits.length, ids.length);
  assert.deepEqual(
    hits.map((h) => h.url),
    pool.map((h) => h.url),
  );
  assert.equal(counts.kapitel.udda + counts.kapitel.jamna, hits.length);
  // Ticking a box gives as many results as its count said, in the same order.
  const filtered = await searchSite(pagefind, 'styrelsen budget', ctx, { kapitel: ['udda'] });
  assert.equal(filtered.hits.length, counts.kapitel.udda);
  assert.deepEqual(
    filtered.hits.map((h) => h.url),
    hits.filter((h) => byPage.get(h.hit.id)?.kapitel?.includes('udda')).map((h) => h.url),
  );
  // The pool stays the unfiltered one, so the other boxes keep their counts.
  assert.deepEqual(
    filtered.pool.map((h) => h.url),
    pool.map((h) => h.url),
  );
});

test('every result carries its hit in the search for each question word it holds, for choosing its section by text', async () => {
  const pagefind = fakePagefind({
    malgrupper: 'målgruppen försörjningsstöd',
    ekonomi: 'målgruppen pengar',
  });
  const { hits } = await searchSite(
    pagefind,
    'försörjningsstöd målgruppen',
    context([page('malgrupper', 'Målgrupper'), page('ekonomi', 'Ekonomi')]),
  );
  const words = (url: string) => (hits.find((h) => h.url === url)?.wordHits ?? []).map(([w]) => w).sort();
  assert.deepEqual(words('/malgrupper/'), ['försörjningsstöd', 'målgruppen']);
  assert.ok(hits.find((h) => h.url === '/malgrupper/')!.wordHits!.every(([, hit]) => hit.id === 'malgrupper'));
});

test('a word Pagefind finds on no page is searched again as the nearest other word of the guidance; a word it finds is not', async () => {
  const pagefind = fakePagefind({
    arbetsformedlingen: 'arbetsformedlingen roll',
    kommunen: 'kommunen roll',
  });
  // The stem of "arbetsförmedlnigen" is that of "arbetsförmedling" plus an n: known by its stem, found nowhere.
  const vocabulary = new Set(['arbetsformedl', 'roll', 'kommun']);
  const ctx = context([page('arbetsformedlingen', 'Arbetsförmedlingen'), page('kommunen', 'Kommunen')], {
    lexicon: { ...emptyLexicon(), vocabulary },
  });
  const { hits } = await searchSite(pagefind, 'arbetsformedlnigen roll', ctx);
  assert.equal(hits[0].url, '/arbetsformedlingen/');
  assert.ok(pagefind.searches.includes('arbetsformedl'));
  pagefind.searches.length = 0;
  await searchSite(pagefind, 'arbetsformedlingen roll', ctx);
  assert.ok(!pagefind.searches.includes('arbetsformedl'));
});

test('a word no page holds is named, so the reader knows the results stand on the other words', async () => {
  const pagefind = fakePagefind({
    deltagare: 'deltagare i insatser och arbetsförmedlingen',
    ekonomi: 'budget och pengar',
  });
  const pages = [page('deltagare', 'Deltagare'), page('ekonomi', 'Ekonomi')];
  const missing = await searchSite(pagefind, 'måste deltagare vara inskrivna på arbetsförmedlingen', context(pages));
  assert.deepEqual(missing.unfound, ['inskrivna']);
  assert.equal(missing.hits[0]?.url, '/deltagare/');
  // Every word on some page: nothing to name, even where no single page holds them all.
  assert.deepEqual((await searchSite(pagefind, 'deltagare budget', context(pages))).unfound, []);
  // One word alone that no page holds: no results, said as such, not as a word set aside.
  assert.deepEqual((await searchSite(pagefind, 'inskrivna', context(pages))).unfound, []);
});

test('a word typed with å, ä or ö does not find a page for the word spelt without them; typed without, it finds both', async () => {
  const pages = {
    andra: 'andra aktörer andra myndigheter och andra aktörer',
    ordning: 'förbundsordningen ändras när parterna vill ändra den',
  };
  const ctx = context([
    page('andra', 'Andra aktörer', [['Vilka andra aktörer finns?', 'vilka']]),
    page('ordning', 'Förbundsordningen', [['Hur ändras förbundsordningen?', 'hur-andras']]),
  ]);
  for (const q of ['ändra', 'förbundsordning ändra', 'ändras']) {
    const { hits } = await searchSite(prefixPagefind(pages), q, ctx);
    assert.equal(hits[0]?.url, '/ordning/', q);
    assert.ok(!hits.some((h) => h.url === '/andra/' && h.section?.anchor === 'vilka'), `${q}: opened "Vilka andra aktörer finns?"`);
  }
  // Typed without å, ä and ö, words are folded as before: both pages hold "andra".
  const { hits } = await searchSite(prefixPagefind(pages), 'forbundsordning andra', ctx);
  assert.equal(hits[0]?.url, '/ordning/');
});

test('no page seems to answer when none of the first results holds more than half of the question; one that does clears it', async () => {
  const pagefind = fakePagefind({
    styrelsen: 'styrelsen ledamot arvode möten',
    ekonomi: 'budget pengar ledamot',
    revision: 'revision granskning',
  });
  const pages = [page('styrelsen', 'Styrelsen'), page('ekonomi', 'Ekonomi'), page('revision', 'Revision')];
  // Every word on one page: answered.
  assert.equal((await searchSite(pagefind, 'arvode ledamot', context(pages))).weak, false);
  // One of two words on the best page: half, so the reader is told.
  const weak = await searchSite(pagefind, 'ledamot momskompensation', context(pages));
  assert.equal(weak.weak, true);
  assert.ok(weak.hits.length > 0, 'the results are still listed');
  // Two of three words: more than half, answered enough (a reader's extra word is on no page).
  assert.equal((await searchSite(pagefind, 'arvode ledamot momskompensation', context(pages))).weak, false);
  // Nothing found: no results, and nothing to flag.
  assert.equal((await searchSite(pagefind, 'momskompensation', context(pages))).weak, false);
});

test('a first result whose heading names every word some page holds answers, though a misspelt word is on no page', async () => {
  // u23: "sekretes personuppgifter" listed the FAQ's "Får förbundet hantera personuppgifter om
  // deltagarna?" first, under "Ingen sida verkar svara direkt på frågan": "sekretes" is on no page, so
  // every result held half of the question's words.
  const pagefind = fakePagefind({
    faq: 'förbundet personuppgifter deltagarna',
    uppfoljning: 'uppföljning personuppgifter',
    revision: 'revision granskning',
  });
  const faq = (heading: string) => page('faq', 'Frågor och svar', [[heading, 'fraga']]);
  const pages = (heading: string) => [faq(heading), page('uppfoljning', 'Uppföljning'), page('revision', 'Granskning')];
  const named = await searchSite(
    pagefind,
    'sekretes personuppgifter',
    context(pages('Får förbundet hantera personuppgifter om deltagarna?')),
  );
  assert.equal(named.hits[0].url, '/faq/');
  assert.deepEqual(named.unfound, ['sekretes']);
  assert.equal(named.weak, false);
  // A heading that does not name the word leaves the rule on the words alone: half, so the reader is told.
  const unnamed = await searchSite(pagefind, 'sekretes personuppgifter', context(pages('Vad gäller för deltagarna?')));
  assert.equal(unnamed.weak, true);
  // A word that a page does hold must be named too: "revision" is on another page, not in the heading.
  const other = await searchSite(
    pagefind,
    'personuppgifter revision',
    context(pages('Får förbundet hantera personuppgifter om deltagarna?')),
  );
  assert.equal(other.hits[0].url, '/faq/');
  assert.equal(other.weak, true);
});

test('headingNames: the section ranking opens, else the best heading, with the title, asking what the question asks; never without one', () => {
  const wording = (text: string, extra = {}) => ({ words: text.split(' '), keys: exactKeys(text), weight: 1, ...extra });
  const query = {
    terms: [
      { typed: 'hur många', kind: true, alternatives: [wording('hur många', { asked: true })] },
      { typed: 'förbund', alternatives: [wording('förbund')] },
      { typed: 'kommuner', alternatives: [wording('kommuner')] },
    ],
  } as never;
  const shares = [0.1, 0.5, 0.4];
  const heading = (title: string) => ({ anchor: 'a', title, score: 1 });
  // The title names what the heading leaves out; the heading must ask what the question asks.
  assert.equal(headingNames(query, { title: 'Förbund', headings: [heading('Hur många kommuner är med?')] }, shares), true);
  assert.equal(headingNames(query, { title: 'Statistik', headings: [heading('Hur många kommuner är med?')] }, shares), false);
  assert.equal(headingNames(query, { title: 'Förbund', headings: [heading('Vilka kommuner är med?')] }, shares), false);
  // The opened section counts before the best heading.
  const section = { anchor: 'b', title: 'Hur många förbund och kommuner finns det?' };
  assert.equal(headingNames(query, { title: 'Statistik', section, headings: [heading('Övrigt')] }, shares), true);
  // A word on no page is left out; a page named by its title alone is judged by its words, not here.
  assert.equal(headingNames(query, { title: 'Statistik', headings: [heading('Hur många förbund finns det?')] }, [0.1, 0.5, 0]), true);
  assert.equal(headingNames(query, { title: 'Hur många förbund och kommuner' }, shares), false);
});

test('the question kind of answer ("hur många") is no word the results must hold', () => {
  const query = {
    terms: [
      { typed: 'hur många', kind: true, alternatives: [] },
      { typed: 'förbund', alternatives: [] },
    ],
  } as never;
  assert.equal(answersWeakly(query, [{ held: [0, 1] }]), false);
  assert.equal(answersWeakly(query, [{ held: [1, 0] }]), true);
  // Only the first WEAK_TOP results count.
  const hits = [...Array(WEAK_TOP).fill({ held: [1, 0] }), { held: [1, 1] }];
  assert.equal(answersWeakly(query, hits), true);
});

test('a page about the website itself ranks below the guidance unless the question is about the site', async () => {
  // The accessibility statement speaks of reporting faults and of search hits ("träffar"): a
  // question about reporting results to the parties shares those words with it by chance.
  const pagefind = fakePagefind({
    tillganglighet: 'rapportera brister rapportera resultat parterna träffar rapportera webbplatsen fel',
    uppfoljning: 'resultat parterna rapportera',
  });
  const pages: DataPage[] = [
    { ...page('tillganglighet', 'Tillgänglighetsredogörelse', [['Rapportera brister i tillgängligheten', 'rapportera']]), site: true },
    page('uppfoljning', 'Uppföljning', [['Hur redovisas resultat till parterna?', 'resultat']]),
  ];
  const { hits } = await searchSite(pagefind, 'hur rapporterar vi resultat till parterna', context(pages));
  assert.deepEqual(
    hits.map((h) => h.url),
    ['/uppfoljning/', '/tillganglighet/'],
  );
  // About the site: the statement answers, as before.
  const site = await searchSite(pagefind, 'rapportera fel på webbplatsen', context(pages));
  assert.equal(site.hits[0]?.url, '/tillganglighet/');
});

test('how often the board meets ("träffas", "sammanträden") finds the section on its meetings', async () => {
  const pagefind = fakePagefind({
    styrelsen: 'styrelsen beslutar styrelsens möten distans',
    behovsanalys: 'i beredningsgruppen träffas parterna och styrelsen får förslag',
  });
  const pages = [
    page('styrelsen', 'Styrelsen', [
      ['Vad gör styrelsen?', 'vad-gor'],
      ['Hur går styrelsens möten till?', 'moten'],
    ]),
    page('behovsanalys', 'Behovsanalys', [['Vem gör behovsanalysen?', 'vem']]),
  ];
  const lexicon = {
    ...emptyLexicon(),
    concepts: [
      {
        id: 'styrelsens-moten',
        ord: ['träffas', 'träffa', 'sammanträde', 'sammanträden', 'sammanträder'],
        sidorna: ['styrelsens möten', 'möten'],
      },
    ],
  };
  for (const question of ['hur ofta träffas styrelsen', 'hur ofta har styrelsen sammanträden']) {
    const { hits } = await searchSite(pagefind, question, context(pages, { lexicon }));
    assert.equal(hits[0]?.url, '/styrelsen/', question);
    assert.equal(hits[0]?.section?.anchor, 'moten', question);
  }
});

/** A page's text as Pagefind indexes it: without the elements marked data-pagefind-ignore. */
function indexedText(html: string): string {
  const text = (node: T.ParentNode): string =>
    node.childNodes
      .map((c) =>
        c.nodeName === '#text'
          ? (c as T.TextNode).value
          : 'tagName' in c && !c.attrs.some((a) => a.name === 'data-pagefind-ignore')
            ? ` ${text(c)} `
            : '',
      )
      .join('');
  return text(parse(html)).replace(/\s+/g, ' ').trim();
}

test('words only in a list of links to other pages ("Läs vidare") neither lift its page nor open it there', async () => {
  const insatser =
    '<p>Insatser är stöd som förbundet finansierar.</p><h2 id="las-vidare">Läs vidare</h2><ul>' +
    '<li><a href="/beslut/">Från behov till beslut</a> – hur insatser kommer till och ska följas upp.</li></ul>';
  const beslut = '<p>Alla insatser ska följas upp av förbundet.</p>';
  const pages = [page('insatser', 'Insatser', [['Läs vidare', 'las-vidare']]), page('beslut', 'Från behov till beslut')];
  const search = (html: string) =>
    searchSite(fakePagefind({ insatser: indexedText(html), beslut: indexedText(beslut) }), 'måste insatser följas upp', context(pages));
  // Indexed, the list's line lifted the page it stands on, titled by the question's other word.
  assert.equal((await search(insatser)).hits[0].url, '/insatser/');
  // Kept out of the index (MarkdownContent.astro marks such lists), the page it points to answers.
  const { hits } = await search(markLinkLists(insatser));
  assert.equal(hits[0].url, '/beslut/');
  assert.notEqual(hits.find((h) => h.url === '/insatser/')?.section?.anchor, 'las-vidare');
});

test('the reader\'s own organisation ("min kommun") does not make the page titled by it the answer', async () => {
  // "kommun" is on fewer pages than "insatser", so it weighs more: its page's title wins when the
  // kommun is what the question is about.
  const pagefind = fakePagefind({ kommunen: 'kommun insatser', insatser: 'insatser kommun', annan: 'insatser' });
  const pages = [page('kommunen', 'Kommunen'), page('insatser', 'Insatser'), page('annan', 'Annan')];
  const first = async (q: string) => (await searchSite(pagefind, q, context(pages))).hits[0].url;
  assert.equal(await first('vilka insatser finns i min kommun'), '/insatser/');
  assert.equal(await first('vilka insatser finns i kommunen'), '/kommunen/');
});

test('a page titled by the question\'s actor ("kommunen vill …"), with no heading on its other words, gives way to a heading that answers', async () => {
  const pagefind = fakePagefind({
    kommunen: 'kommunen är med och betalar, någon gång mindre än sin andel',
    ekonomi: 'en part, som kommunen, kan betala mindre än sin andel',
    annan: 'andel',
    // Pages without "andel": as on the site, it is a word of some pages, not of nearly all ("mindre",
    // a kept stop word, counts less than it, Term.minor), and the kommun is named on more pages than its own.
    insatser: 'insatser i kommunen',
    revision: 'revision',
  });
  const pages = [
    page('kommunen', 'Kommunen', [
      ['Vad innebär det att kommunen är med?', 'med'],
      ['Vad betalar kommunen?', 'betalar'],
    ]),
    page('ekonomi', 'Ekonomi', [['Kan en part betala mindre än sin andel?', 'andel']]),
    page('annan', 'Annan'),
    page('insatser', 'Insatser'),
    page('revision', 'Revision'),
  ];
  const first = async (q: string) => (await searchSite(pagefind, q, context(pages))).hits[0].url;
  // "kommunen" names who asks; "mindre" and "andel" are what is asked, and only Ekonomi has a heading on them.
  assert.equal(await first('kommunen vill ha mindre andel'), '/ekonomi/');
  // Named as whose, not as who wants something: the kommun's page is about its share.
  assert.equal(await first('kommunens mindre andel'), '/kommunen/');
  // A heading of the kommun's page holds another word of the question: the page is about it.
  assert.equal(await first('vad betalar kommunen'), '/kommunen/');
  // The kommun alone is the question.
  assert.equal(await first('kommunen'), '/kommunen/');
});

test('a word the reader calls theirs that names no organisation ("min anställning") is what the question is about', async () => {
  const pagefind = fakePagefind({ anstallning: 'anställning insatser', insatser: 'insatser anställning', annan: 'insatser' });
  const pages = [page('anstallning', 'Anställning'), page('insatser', 'Insatser'), page('annan', 'Annan')];
  const first = async (q: string) => (await searchSite(pagefind, q, context(pages))).hits[0].url;
  assert.equal(await first('vilka insatser finns om min anställning'), '/anstallning/');
  assert.equal(await first('vilka insatser finns om anställningen'), '/anstallning/');
});

test('a page of sections that lead on (the reading paths) matches by its one best heading, not by all its text', async () => {
  // The list of reading paths sums up every role's path, so its text holds the words of nearly any question.
  const pagefind = fakePagefind({
    lasvagar: 'ordinarie ledamot avgår '.repeat(10),
    styrelsen: 'styrelsen har ledamöter',
    regler: 'en ordinarie styrelse där en ledamot som är vald avgår',
  });
  const pages: DataPage[] = [
    { ...page('lasvagar', 'Läsvägar', [['Vilken läsväg passar om jag är ersättare?', 'ersattare']]), hub: true },
    page('regler', 'Regler', [['Vad händer när någon avgår?', 'avgar']]),
    page('styrelsen', 'Styrelsen'),
  ];
  const first = async (list: DataPage[]) => (await searchSite(pagefind, 'ordinarie ledamot avgår', context(list))).hits[0].url;
  assert.equal(await first(pages), '/regler/');
  // Without the mark it is a page like any other, and its text holds the question more often.
  assert.equal(await first([{ ...pages[0], hub: undefined }, ...pages.slice(1)]), '/lasvagar/');
});
