import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, synonymMap, toPagefindQuery } from '../../src/lib/search/query.ts';
import { searchSite, type PagefindHit, type PagefindLike } from '../../src/lib/search/engine.ts';

const synonyms = synonymMap([
  { id: 'förbundschef', varianter: ['förbundsdirektör'] },
  { id: 'esf', varianter: ['esf-projekt', 'socialfonden'] },
  { id: 'finansiell samordning', varianter: ['finsam'] },
]);

test('stop words are dropped from a question', () => {
  assert.deepEqual(parseQuery('Kan styrelsen delegera beslut om finansiering?').words, ['styrelsen', 'delegera', 'beslut', 'finansiering']);
});

test('quoted phrases are kept exact and go to Pagefind in quotes', () => {
  const q = parseQuery('"budget i balans" förbund');
  assert.deepEqual(q.phrases, ['budget i balans']);
  assert.equal(toPagefindQuery(q), '"budget i balans" förbund');
});

test('variants map to the guidance word, also when hyphenated or with a plus', () => {
  assert.deepEqual(parseQuery('Förbundsdirektör', synonyms).words, ['förbundschef']);
  assert.deepEqual(parseQuery('ESF-projekt ägare', synonyms).words, ['esf', 'ägare']);
  assert.deepEqual(parseQuery('finsam', synonyms).words, ['finansiell', 'samordning']);
  assert.deepEqual(parseQuery('ESF+', synonyms).words, ['esf+']);
});

test('a question of only small words is still searched', () => {
  assert.deepEqual(parseQuery('vad är det').words, ['vad', 'är', 'det']);
});

/** A fake index: a page matches a query when it contains every word of it and has the filter values asked for. */
function fakePagefind(pages: Record<string, string>, pageFilters: Record<string, Record<string, string[]>> = {}): PagefindLike {
  const hasFilters = (id: string, wanted: Record<string, string[]> = {}) => Object.entries(wanted).every(([k, vs]) => vs.some((v) => pageFilters[id]?.[k]?.includes(v)));
  return {
    async search(query, options) {
      const words = (query ?? '').split(' ').filter(Boolean);
      const results: PagefindHit[] = Object.entries(pages)
        .filter(([id, text]) => words.every((w) => text.includes(w)) && hasFilters(id, options?.filters))
        .map(([id, text]) => ({ id, score: text.length / 100, data: async () => ({ url: `/${id}/`, excerpt: text, meta: { title: id } }) }));
      return { results };
    },
    async filters() {
      const all: Record<string, Record<string, number>> = {};
      for (const f of Object.values(pageFilters)) for (const [k, vs] of Object.entries(f)) for (const v of vs) (all[k] ??= {})[v] = (all[k][v] ?? 0) + 1;
      return all;
    },
  };
}

test('when all words together find too little, pages matching most words come first', async () => {
  const pagefind = fakePagefind({
    styrelsen: 'styrelsen beslut delegera insatser',
    ekonomi: 'beslut budget',
    ordlista: 'delegera',
  });
  const { hits, fallback } = await searchSite(pagefind, 'vem beslutar om att delegera beslut i styrelsen xyz', new Map());
  assert.equal(fallback, true);
  assert.deepEqual(hits.map((h) => h.hit.id), ['styrelsen', 'ekonomi', 'ordlista']);
});

test('no fallback when the combined search finds enough', async () => {
  const pagefind = fakePagefind({ a: 'styrelse', b: 'styrelse', c: 'styrelse' });
  const { hits, fallback } = await searchSite(pagefind, 'styrelse', new Map());
  assert.equal(fallback, false);
  assert.equal(hits.length, 3);
});

test('pages found by the words as typed join those found through a synonym', async () => {
  const pagefind = fakePagefind({
    uppfoljning: 'uppföljning finsam system',
    lag: 'uppföljning finansiell samordning',
  });
  const { hits } = await searchSite(pagefind, 'uppföljning finsam', synonyms);
  assert.deepEqual(hits.map((h) => h.hit.id).sort(), ['lag', 'uppfoljning']);
});

test('merged results are counted per filter value without loading any page data', async () => {
  const pagefind = fakePagefind(
    { styrelsen: 'styrelsen beslut delegera', ekonomi: 'beslut budget', ordlista: 'delegera', esf: 'socialfonden' },
    {
      styrelsen: { kapitel: ['Organisation och roller'], typ: ['vägledning'] },
      ekonomi: { kapitel: ['Styrning'], typ: ['vägledning'] },
      ordlista: { kapitel: ['Ordlista'], typ: ['ordlista'] },
      esf: { kapitel: ['Styrning'], typ: ['vägledning'] },
    },
  );
  let loaded = 0;
  const search = pagefind.search.bind(pagefind);
  pagefind.search = async (q, o) => {
    const r = await search(q, o);
    for (const h of r?.results ?? []) h.data = async () => (loaded++, { url: '', excerpt: '', meta: {} });
    return r;
  };
  const { fallback, filterCounts } = await searchSite(pagefind, 'delegera beslut xyz', new Map());
  assert.equal(fallback, true);
  // styrelsen, ekonomi and ordlista match some words; esf matches none and is not counted.
  assert.deepEqual(filterCounts, {
    kapitel: { 'Organisation och roller': 1, Styrning: 1, Ordlista: 1 },
    typ: { vägledning: 2, ordlista: 1 },
  });
  assert.equal(loaded, 0);
});

test('the filter values of each page are read from the index once, not on every search', async () => {
  const pagefind = fakePagefind({ a: 'beslut', b: 'delegera', c: 'budget' }, { a: { typ: ['vägledning'] }, b: { typ: ['ordlista'] } });
  let asked = 0;
  const filters = pagefind.filters.bind(pagefind);
  pagefind.filters = async () => (asked++, filters());
  const first = await searchSite(pagefind, 'beslut delegera xyz', new Map());
  const second = await searchSite(pagefind, 'delegera beslut budget', new Map());
  assert.equal(asked, 1);
  assert.deepEqual(first.filterCounts, { typ: { vägledning: 1, ordlista: 1 } });
  assert.deepEqual(second.filterCounts, { typ: { vägledning: 1, ordlista: 1 } });
});
