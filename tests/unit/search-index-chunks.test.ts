import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { encode } from 'cbor2';
import { chunkBounds } from '../../src/lib/pagefind-meta.ts';
import { chunksFor, pagefindWords, withRememberedSearches, withWholeWords, type ChunkBounds } from '../../src/lib/search/index-chunks.ts';
import type { PagefindLike } from '../../src/lib/search/engine.ts';

/** Chunk ranges as Pagefind writes them: shortened to the letters that tell neighbours apart. */
const BOUNDS: ChunkBounds = [
  ['000', 'ar'],
  ['arb', 'samordningsforbund'],
  ['samordningsforbunde', 'samordningsforbundets'],
  ['samordningsforbundetsf', 'styrelsel'],
  ['styrelsem', 'styrelses'],
  ['styrelset', 'utvardering'],
];

test('a word whose longer forms run on into the next chunks needs all of those chunks', () => {
  // Stem "samordningsforbund": its longer forms start in chunk 1, fill chunk 2 and run into chunk 3.
  assert.deepEqual(chunksFor('samordningsforbund', BOUNDS), [1, 2, 3]);
  // Snowball stems "styrelsen" to "styr", as Pagefind does, and Pagefind then matches every "styr…".
  assert.deepEqual(chunksFor('styrelsen', BOUNDS), [3, 4, 5]);
});

test('a word inside one chunk needs that chunk only; one after a shortened end, the chunk it may still be in', () => {
  assert.deepEqual(chunksFor('beslut', BOUNDS), [1]);
  // Chunk 0 ends with some word starting with "ar" (chunk 1 begins at "arb"): that may be "ara…".
  assert.deepEqual(chunksFor('ara', BOUNDS), [0]);
  assert.deepEqual(chunksFor('tid', BOUNDS), [5]);
});

test('query words are compared as Pagefind compares them: lower case, å/ä/ö folded, punctuation dropped', () => {
  assert.deepEqual(pagefindWords('Förbundets "Styrelse", år 2024?'), ['forbundets', 'styrelse', 'ar', '2024']);
});

/** Records what is preloaded and searched, in order. */
function recordingPagefind(): PagefindLike & { preload(term: string): Promise<void>; log: string[] } {
  const log: string[] = [];
  return {
    log,
    async preload(term) {
      log.push(`preload ${term}`);
    },
    async search(query) {
      log.push(`search ${query}`);
      return { results: [] };
    },
    async filters() {
      return {};
    },
  };
}

test('every chunk a search needs is loaded before it searches, and each chunk only once', async () => {
  const pagefind = recordingPagefind();
  const whole = withWholeWords(pagefind, BOUNDS);
  await whole.search('styrelsen', {});
  assert.deepEqual(pagefind.log, ['preload samordningsforbundetsf', 'preload styrelsem', 'preload styrelset', 'search styrelsen']);
  pagefind.log.length = 0;
  await whole.search('Styrelsens beslut', {});
  assert.deepEqual(pagefind.log, ['preload arb', 'search Styrelsens beslut']);
  pagefind.log.length = 0;
  // Chunks 2 and 3 hold its longer forms; 3 was loaded for "styrelsen" already.
  await whole.search('samordningsförbundet', {});
  assert.deepEqual(pagefind.log, ['preload samordningsforbunde', 'search samordningsförbundet']);
});

test('a search for filters alone loads no word chunks', async () => {
  const pagefind = recordingPagefind();
  await withWholeWords(pagefind, BOUNDS).search(null, { filters: { kapitel: ['Roller'] } });
  assert.deepEqual(pagefind.log, ['search null']);
});

/** Answers each search with a result naming the query, its filters and how many searches came before. */
function countingPagefind(fail = new Set<string>()): PagefindLike & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async search(query, options) {
      asked.push(`${query} ${JSON.stringify(options?.filters ?? {})}`);
      if (fail.has(String(query))) throw new Error('nätet');
      return {
        results: [
          {
            id: `${query}|${JSON.stringify(options?.filters ?? {})}|${asked.length}`,
            score: 1,
            data: async () => ({ url: '', excerpt: '', meta: {} }),
          },
        ],
      };
    },
    async filters() {
      return {};
    },
  };
}
const idOf = async (answer: ReturnType<PagefindLike['search']>) => (await answer)?.results[0].id;

test('a search asked again is answered from memory, with the same hits', async () => {
  const pagefind = countingPagefind();
  const remembering = withRememberedSearches(pagefind);
  const first = await remembering.search('styrelsen', {});
  // Asked twice at once (the whole question and its one word): Pagefind is asked once.
  const [again, atOnce] = await Promise.all([remembering.search('styrelsen', {}), remembering.search('styrelsen', {})]);
  assert.equal(again, first);
  assert.equal(atOnce, first);
  assert.deepEqual(pagefind.asked, ['styrelsen {}']);
});

test('another query, or the same query with other filters, is never answered with a remembered one', async () => {
  const pagefind = countingPagefind();
  const remembering = withRememberedSearches(pagefind);
  assert.equal(await idOf(remembering.search('styrelsen', {})), 'styrelsen|{}|1');
  assert.equal(await idOf(remembering.search('styrelsens', {})), 'styrelsens|{}|2');
  assert.equal(await idOf(remembering.search('styrelsen', { filters: { kapitel: ['Roller'] } })), 'styrelsen|{"kapitel":["Roller"]}|3');
  assert.equal(await idOf(remembering.search('styrelsen', { filters: { kapitel: ['Ekonomi'] } })), 'styrelsen|{"kapitel":["Ekonomi"]}|4');
  assert.equal(await idOf(remembering.search(null, { filters: { kapitel: ['Roller'] } })), 'null|{"kapitel":["Roller"]}|5');
  assert.equal(await idOf(remembering.search('styrelsen', {})), 'styrelsen|{}|1');
  assert.equal(pagefind.asked.length, 5);
});

test('a failed search is asked again, and the least recently asked search is forgotten first', async () => {
  const fail = new Set(['ekonomi']);
  const pagefind = countingPagefind(fail);
  const remembering = withRememberedSearches(pagefind, 2);
  await assert.rejects(remembering.search('ekonomi', {}));
  fail.clear();
  assert.equal(await idOf(remembering.search('ekonomi', {})), 'ekonomi|{}|2');
  await remembering.search('revision', {});
  // "ekonomi" was asked again last: "revision" and "ekonomi" are kept; a third forgets "revision".
  await remembering.search('ekonomi', {});
  await remembering.search('insatser', {});
  assert.equal(await idOf(remembering.search('ekonomi', {})), 'ekonomi|{}|2');
  assert.equal(await idOf(remembering.search('revision', {})), 'revision|{}|5');
});

/** A metadata file in Pagefind 1.x's layout. */
const metaFile = (chunks: unknown, signature = 'pagefind_dcd') =>
  gzipSync(Buffer.concat([Buffer.from(signature), Buffer.from(encode(['1.6.0', [['sv_1', 10, '']], chunks, [], []]))]));

test("the chunk ranges are read from Pagefind's metadata file", () => {
  assert.deepEqual(
    chunkBounds(
      metaFile([
        ['000', 'ar', 'sv_a'],
        ['arb', 'ovrig', 'sv_b'],
      ]),
    ),
    [
      ['000', 'ar'],
      ['arb', 'ovrig'],
    ],
  );
  // A site with nothing indexed has no chunks, and nothing to load.
  assert.deepEqual(chunkBounds(metaFile([])), []);
});

test('a metadata file in another format stops the build with a message saying so', () => {
  assert.throws(() => chunkBounds(metaFile([], 'pagefind_xyz')), /börjar inte med pagefind_dcd/);
  assert.throws(() => chunkBounds(metaFile([['000', 'ar']])), /saknar listan över indexdelar/);
  assert.throws(() => chunkBounds(metaFile('inga delar')), /formatet har ändrats/);
});
