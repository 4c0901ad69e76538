import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PagefindHit } from '../../src/lib/search/engine.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { chooseSection } from '../../src/lib/search/rank.ts';
import { isSection, sectionOpening, sectionShares, wordsBySection, type PagefindAnchor } from '../../src/lib/search/section-text.ts';

/** A page's hit for one word: where on the page Pagefind found it (word positions). */
const hitAt = (...words: number[]): PagefindHit => ({
  id: 'p',
  score: 1,
  words,
  data: async () => ({ url: '/p/', excerpt: '', meta: {} }),
});

// A page titled "Målgrupper": an intro, then two sections. "målgruppen" is in both, often in the
// second; "försörjningsstöd" only far down in the first, outside its excerpt.
const anchors: PagefindAnchor[] = [
  { element: 'div', id: '_top', title: 'Överst', location: 0 },
  { element: 'h1', id: 'start', text: 'Målgrupper', location: 1 },
  { element: 'h2', id: 'vem', text: 'Vem hör till målgruppen enligt lagen?', location: 10 },
  { element: 'span', id: 'fn-1', location: 40 },
  { element: 'h2', id: 'granser', text: 'Var går gränserna för målgruppen?', location: 100 },
];
const wordHits: [string, PagefindHit][] = [
  ['målgrupp', hitAt(0, 3, 12, 101, 110, 120, 130)],
  ['försörjningsstöd', hitAt(80)],
];

test("each section holds the words found between its heading and the next; the intro, the title and Pagefind's top anchor are no section", () => {
  const sections = wordsBySection(anchors, 'Målgrupper', wordHits);
  assert.deepEqual([...sections.keys()], ['vem', 'granser']);
  // Position 80 is after an id without a title (a note marker), which starts no section.
  assert.deepEqual([...sections.get('vem')!.words], ['målgrupp', 'försörjningsstöd']);
  assert.deepEqual([...sections.get('granser')!.words], ['målgrupp']);
  assert.equal(sections.get('vem')!.title, 'Vem hör till målgruppen enligt lagen?');
});

test('a section share counts each term by its best searched wording', () => {
  const q = parseQuery('försörjningsstöd målgrupp');
  const shares = sectionShares(q, wordsBySection(anchors, 'Målgrupper', wordHits));
  assert.equal(shares.get('vem')!.share, 1);
  assert.equal(shares.get('granser')!.share, 0.5);
});

test('the section whose text holds every word opens, though the excerpt of another marks as many and its heading matches a little better', () => {
  const q = parseQuery('försörjningsstöd målgrupp');
  // Pagefind's excerpts: 30 words around the densest match, so only "målgruppen" is marked in each.
  const subs = [
    { anchor: 'vem', title: 'Vem hör till målgruppen enligt lagen?', excerpt: '<mark>målgruppen</mark> är bred' },
    { anchor: 'granser', title: 'Var går gränserna för målgruppen?', excerpt: '<mark>målgruppen</mark> har gränser' },
  ];
  const headings = [
    { anchor: 'granser', title: 'Var går gränserna för målgruppen?', score: 0.112 },
    { anchor: 'vem', title: 'Vem hör till målgruppen enligt lagen?', score: 0.107 },
  ];
  assert.equal(chooseSection(headings, subs, 2)?.anchor, 'granser');
  assert.equal(chooseSection(headings, subs, 2, sectionShares(q, wordsBySection(anchors, 'Målgrupper', wordHits)))?.anchor, 'vem');
});

test('a heading that holds the question still outweighs a text that holds its words', () => {
  const q = parseQuery('försörjningsstöd målgrupp');
  const headings = [{ anchor: 'granser', title: 'Var går gränserna för målgruppen?', score: 0.9 }];
  assert.equal(chooseSection(headings, [], 2, sectionShares(q, wordsBySection(anchors, 'Målgrupper', wordHits)))?.anchor, 'granser');
});

test("a chart's heading is no section of its own: its words belong to the section it stands in, which opens", () => {
  const withChart: PagefindAnchor[] = [
    { element: 'h2', id: 'hur-manga', text: 'Hur många deltar i insatserna?', location: 10 },
    { element: 'h4', id: 'diagram-deltagare-titel', text: 'Deltagare per år', location: 20 },
    { element: 'h2', id: 'vem', text: 'Vem hör till målgruppen?', location: 100 },
  ];
  const sections = wordsBySection(withChart, 'Statistik', [['deltagare', hitAt(12, 25, 30)]]);
  assert.deepEqual([...sections.keys()], ['hur-manga']);
  const data = { url: '/statistik/', meta: { title: 'Statistik' } };
  assert.equal(isSection(data, { url: '/statistik/#diagram-deltagare-titel', title: 'Deltagare per år' }), false);
  assert.equal(isSection(data, { url: '/statistik/#hur-manga', title: 'Hur många deltar i insatserna?' }), true);
});

test("a section Pagefind made no excerpt for shows its own first words, after its heading, not the page's opening", () => {
  const content = [
    'Samordningsförbundets uppgifter. Kort svar. Ett samordningsförbund finansierar insatser.',
    'Vad får förbundet inte göra? Svaret har två delar: vad lagen säger och vad Försäkringskassan bedömde.',
    'Vad ansvarar parterna för? Parterna driver insatserna.',
  ].join(' ');
  const words = content.split(' ');
  const at = (word: string) => words.indexOf(word);
  const anchors: PagefindAnchor[] = [
    { element: 'h1', id: '_top', text: 'Samordningsförbundets uppgifter', location: 0 },
    { element: 'h2', id: 'vad-får-förbundet-inte-göra', text: 'Vad får förbundet inte göra?', location: at('Vad') },
    { element: 'div', id: 'diagram-x-titel', title: 'Ett diagram', location: at('vad') },
    { element: 'h2', id: 'vad-ansvarar-parterna-för', text: 'Vad ansvarar parterna för?', location: words.lastIndexOf('Vad') },
  ];
  assert.equal(
    sectionOpening(content, anchors, 'vad-får-förbundet-inte-göra', 30),
    // A figure's caption inside the section does not end it.
    'Svaret har två delar: vad lagen säger och vad Försäkringskassan bedömde.',
  );
  // At most `length` words, and never the next section's.
  assert.equal(sectionOpening(content, anchors, 'vad-får-förbundet-inte-göra', 3), 'Svaret har två');
  assert.equal(sectionOpening(content, anchors, 'vad-ansvarar-parterna-för', 30), 'Parterna driver insatserna.');
  // A section the page's data does not have: none (the caller keeps Pagefind's excerpt).
  assert.equal(sectionOpening(content, anchors, 'finns-inte', 30), undefined);
  assert.equal(sectionOpening('Rubrik. ', [{ element: 'h2', id: 'r', text: 'Rubrik.', location: 0 }], 'r', 30), undefined);
});
