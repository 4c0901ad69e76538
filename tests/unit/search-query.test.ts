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

/** A fake index: a page matches a query when it contains every word of it. */
function fakePagefind(pages: Record<string, string>): PagefindLike {
  return {
    async search(query) {
      const words = query.split(' ').filter(Boolean);
      const results: PagefindHit[] = Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.includes(w)))
        .map(([id, text]) => ({ id, score: text.length / 100, data: async () => ({ url: `/${id}/`, excerpt: text, meta: { title: id } }) }));
      return { results };
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
