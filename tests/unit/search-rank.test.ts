import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chooseSection,
  nearness,
  matchIntent,
  prepareIntents,
  preparePages,
  rankPages,
  sectionScore,
  termScore,
  titleScore,
  type Found,
} from '../../src/lib/search/rank.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { exactKey, exactKeys, fold, key, keys, remembered, wordMatch } from '../../src/lib/search/words.ts';
import { asksAlike, asksHowForSubject, kindAgreement, UNASKED_KIND } from '../../src/lib/search/sections.ts';

test('inflected forms share a key: genitive, definite, plural', () => {
  assert.equal(key('styrelsens'), key('styrelsen'));
  assert.equal(key('beredningsgruppen'), key('beredningsgrupp'));
  assert.equal(key('förbundsdirektörens'), key('förbundsdirektör'));
  assert.equal(key('forbundschefen'), key('förbundschef'));
});

test("remembered keys are each word's own, and a list of keys changed by a caller is not handed out again", () => {
  assert.equal(fold('förbundschef'), 'forbundschef');
  assert.equal(fold('forbundschef'), 'forbundschef');
  assert.equal(exactKey('ändra'), exactKey('ändra'));
  assert.notEqual(exactKey('ändra'), exactKey('andra'));
  const first = keys('Styrelsens ansvar');
  first.push('ändrad');
  assert.deepEqual(keys('Styrelsens ansvar'), [key('styrelsen'), key('ansvar')]);
  const exact = exactKeys('Vad gör förbundschefen?');
  exact.length = 0;
  assert.equal(exactKeys('Vad gör förbundschefen?').length, 3);
  // Beyond its limit a remembered function starts afresh, and still answers every word right.
  let calls = 0;
  const upper = remembered((s: string) => (calls++, s.toUpperCase()), 2);
  assert.deepEqual(['a', 'b', 'a', 'c', 'a', 'b'].map(upper), ['A', 'B', 'A', 'C', 'A', 'B']);
  assert.equal(calls, 5);
});

test('"styrelse" in any form is not the verb "styra", which Snowball stems alike', () => {
  assert.equal(key('styrelser'), key('styrelsen'));
  assert.notEqual(key('styrelsen'), key('styra'));
  assert.equal(wordMatch(key('styrelsen'), key('styra')), 0);
  const q = parseQuery('försäkringskassans roll i styrelsen');
  assert.equal(
    sectionScore(q, exactKeys('Vad kan Försäkringskassan inte styra?')) <
      sectionScore(q, exactKeys('Hur är Försäkringskassan representerad i styrelsen?')),
    true,
  );
});

test('a verbal noun in -ing matches its verb: "delegering" finds "Vad får styrelsen inte delegera?"', () => {
  assert.equal(key('delegering'), key('delegera'));
  assert.equal(key('finansiering'), key('finansierar'));
  assert.equal(wordMatch(key('granskning'), key('granska')), 1);
  assert.equal(wordMatch(key('samordning'), key('samordna')), 1);
  // Four letters stay: "mening" is not "men".
  assert.equal(key('mening'), 'mening');
  assert.ok(sectionScore(parseQuery('delegering'), exactKeys('Vad får styrelsen inte delegera?')) >= 0.5);
});

test('a question about who may take part opens the heading about who, not the one counting them', () => {
  const concepts = [{ id: 'fa-delta', ord: ['kan delta'], sidorna: ['hör till målgruppen', 'får delta'] }];
  const q = parseQuery('vilka personer kan delta i en insats', { synonyms: new Map(), vocabulary: new Set(), concepts });
  // "insats" is on most pages and weighs less (termWeights); the count's heading holds it as typed.
  const weights = [1, 1, 0.7];
  assert.ok(
    sectionScore(q, exactKeys('Vem hör till målgruppen enligt lagen?'), weights) >
      sectionScore(q, exactKeys('Hur många deltagare når insatserna?'), weights),
  );
});

test('a past participle is its verb: "anställa personal" holds "Vad gäller för förbundets anställda?"', () => {
  assert.equal(wordMatch(key('anställa'), key('anställda')), 1);
  assert.equal(wordMatch(key('finansiera'), key('finansierade')), 1);
  const q = parseQuery('anställa personal i förbundet');
  assert.ok(
    sectionScore(q, exactKeys('Vad gäller för förbundets anställda?')) > sectionScore(q, exactKeys('Vad får förbundet inte göra?')) + 0.2,
  );
});

test('a noun in -ande is one word in every form: "ordförandens roll" finds "Vem är ordförande?"', () => {
  assert.equal(key('ordförandens'), key('ordförande'));
  assert.equal(key('ordföranden'), key('ordförande'));
  assert.equal(key('uttalandet'), key('uttala'));
  assert.ok(sectionScore(parseQuery('ordförandens roll'), exactKeys('Vem är ordförande?')) > 0);
});

test("the small words of a concept's wording count only all together", () => {
  const concepts = [{ id: 'ansvar', ord: ['vad gör'], sidorna: ['vad gör'] }];
  const q = parseQuery('vad gör regionen', { synonyms: new Map(), vocabulary: new Set(), concepts });
  const wording = q.terms.find((t) => t.typed === 'ansvar')!;
  assert.equal(termScore(wording, exactKeys('Vad gör regionens revisorer?')), 0.9);
  assert.equal(termScore(wording, exactKeys('Vad betalar regionen?')), 0);
});

test('a stem is the same word as a longer one only when the rest is an ending the stemmer left', () => {
  assert.equal(wordMatch('kass', 'kassan'), 1);
  assert.equal(wordMatch('styr', 'styrel'), 0.5);
});

test('a word matches its inflections fully and a compound it is part of by half', () => {
  assert.equal(wordMatch(key('försäkringskassans'), key('försäkringskassa')), 1);
  assert.equal(wordMatch(key('ledamot'), key('styrelseledamot')), 0.5);
  assert.equal(wordMatch(key('styrelse'), key('budget')), 0);
});

test('a heading written as the question scores above one that only shares a word', () => {
  const q = parseQuery('vad får styrelsen inte delegera');
  assert.ok(sectionScore(q, exactKeys('Vad får styrelsen inte delegera?')) > sectionScore(q, exactKeys('Hur går styrelsens möten till?')));
  assert.equal(sectionScore(q, exactKeys('Vad går pengarna till?')) < 0.5, true);
});

test('a title that is the subject scores above a longer title that mentions it', () => {
  const q = parseQuery('vad gör styrelsen');
  assert.ok(titleScore(q, exactKeys('Styrelsen')) > titleScore(q, exactKeys('Styrelsen och nätverket NNS')));
  assert.equal(titleScore(q, exactKeys('Ekonomi')), 0);
});

test('the intent whose phrase holds most words of the question wins', () => {
  const intents = prepareIntents([
    { id: 'alla', fraser: ['läsa först'], sida: '/lasvagar/' },
    { id: 'ledamot', fraser: ['läsa först ledamot'], sida: '/lasvagar/ny-styrelseledamot/' },
  ]);
  assert.equal(matchIntent(exactKeys('vad ska jag läsa först'), intents), '/lasvagar/');
  assert.equal(matchIntent(exactKeys('vad ska jag läsa först som ny ledamot'), intents), '/lasvagar/ny-styrelseledamot/');
  assert.equal(matchIntent(exactKeys('vem är ledamot'), intents), undefined);
});

test('the section to open: heading and marked words together; the earlier one on a tie; none when nothing matches', () => {
  const subs = [
    { anchor: 'moten', title: 'Hur går mötena till?', excerpt: 'styrelsen <mark>möts</mark>' },
    { anchor: 'ersattare', title: 'Vem sitter i styrelsen?', excerpt: '<mark>ersättare</mark> och <mark>styrelsen</mark>' },
  ];
  assert.equal(chooseSection([], subs, 2)?.anchor, 'ersattare');
  assert.equal(chooseSection([{ anchor: 'moten', title: 'Hur går mötena till?', score: 0.9 }], subs, 2)?.anchor, 'moten');
  assert.equal(chooseSection([], [{ ...subs[0], excerpt: 'inget' }], 2), undefined);
});

test('of two headings that hold the question, the one that is the question scores higher', () => {
  const q = parseQuery('vilka är parterna');
  assert.ok(sectionScore(q, exactKeys('Vilka är parterna?')) > sectionScore(q, exactKeys('Vilka är medlemmar och vilka är parter?')));
});

test("a clear heading match is not overridden by marked words in another section's text", () => {
  const subs = [
    { anchor: 'pengar', title: 'Vad går pengarna till?', excerpt: '<mark>pengar</mark> som finns <mark>kvar</mark>' },
    { anchor: 'balans', title: 'Vad gäller för eget kapital och budget i balans?', excerpt: 'budget' },
  ];
  const headings = [
    { anchor: 'balans', title: 'Vad gäller för eget kapital och budget i balans?', score: 0.74 },
    { anchor: 'pengar', title: 'Vad går pengarna till?', score: 0.45 },
  ];
  assert.equal(chooseSection(headings, subs, 2)?.anchor, 'balans');
});

test('a title word named only in part ("behov" in "Behovsanalys") counts in part', () => {
  const q = parseQuery('behov insats');
  assert.ok(titleScore(q, exactKeys('Behov och insatser')) > titleScore(q, exactKeys('Behovsanalys och insatser')));
});

const page = (url: string, title: string, sections: string[]) => ({
  url,
  title,
  sections: sections.map((h, i) => [h, `s${i}`] as [string, string]),
});
const data = {
  pages: [
    page('/roller/nationella-radet/', 'Nationella rådet', ['Vilka sitter i Nationella rådet?', 'Vad gör rådet för förbunden?']),
    page('/ekonomi/', 'Ekonomi', ['Vad går pengarna till?']),
    { url: '/ordlista/', title: 'Ordlista', entries: 'terms' as const },
  ],
  terms: [['per-capsulam', 'Per capsulam', '/roller/styrelsen/'] as [string, string, string]],
  faqs: [],
};
const foundAll = (urls: string[], words: string[]) =>
  new Map<string, Found>(urls.map((u) => [u, { words: new Set(words), score: 1, all: true }]));

test("a page's sections are told apart by what its title does not already say", () => {
  const concepts = [{ id: 'ansvar', ord: ['uppgift'], sidorna: ['vad gör'] }];
  const q = parseQuery('nationella rådets uppgift', { synonyms: new Map(), vocabulary: new Set(), concepts });
  const [first] = rankPages(q, preparePages(data), foundAll(['/roller/nationella-radet/'], q.words));
  assert.equal(first.url, '/roller/nationella-radet/');
  assert.equal(first.headings?.[0].anchor, 's1');
});

test("a title that holds a term only in a concept's wording does not make its sections weigh the term less", () => {
  // "SUS" is worded "uppföljning" on the pages; the page titled "Uppföljning" is about SUS only by the
  // concept, so the section whose text holds SUS opens, not the one that only shares the question's "vad".
  const concepts = [{ id: 'uppfoljning-system', ord: ['sus'], sidorna: ['uppföljning finsam', 'uppföljning'] }];
  const q = parseQuery('vad är SUS', { synonyms: new Map(), vocabulary: new Set(), concepts });
  const pages = preparePages({
    pages: [
      page('/uppfoljning/', 'Uppföljning', ['Vad registreras i Uppföljning Finsam?', 'Hur fungerade SUS?']),
      page('/ekonomi/', 'Ekonomi', ['Vad går pengarna till?']),
      page('/revision/', 'Revision', ['Vem betalar revisionen?']),
    ],
    terms: [],
    faqs: [],
  });
  const [first] = rankPages(q, pages, foundAll(['/uppfoljning/'], q.words));
  const held = new Map([['s1', { title: 'Hur fungerade SUS?', share: 1 }]]);
  assert.equal(chooseSection(first.headings ?? [], [], q.terms.length, held)?.anchor, 's1');
});

test('a definition question puts the glossary entry that names the term first', () => {
  const q = parseQuery('per capsulam definition');
  const found = new Map<string, Found>([
    ['/ordlista/', { words: new Set(q.words), score: 0.2, all: true }],
    ['/ekonomi/', { words: new Set(q.words), score: 1, all: true }],
  ]);
  const pages = preparePages({
    ...data,
    pages: [...data.pages.slice(1), page('/roller/styrelsen/', 'Styrelsen', ['Per capsulam i praktiken'])],
  });
  found.set('/roller/styrelsen/', { words: new Set(q.words), score: 1, all: true });
  assert.equal(rankPages(q, pages, found)[0].url, '/ordlista/');
  // Without the word asking for a definition, the page the entry points to comes first.
  assert.equal(rankPages(parseQuery('per capsulam'), pages, found)[0].url, '/roller/styrelsen/');
});

test("a title made entirely of the question's words beats a shorter title that holds its weightiest word", () => {
  const q = parseQuery('målgruppens gränser');
  const weights = [1.5, 0.5];
  assert.ok(titleScore(q, exactKeys('Målgruppens gränser'), weights) > titleScore(q, exactKeys('Målgrupper'), weights));
});

test('a one-word title is not "the whole question" when the question has more to it', () => {
  const q = parseQuery('individinriktade insatser');
  const weights = [1, 0.4];
  assert.ok(titleScore(q, exactKeys('Individinriktade insatser'), weights) > titleScore(q, exactKeys('Insatser'), weights));
  assert.ok(titleScore(q, exactKeys('Insatser'), weights) < 0.5);
});

test('a page titled as the question beats a page with a heading that says it, and opens at the top', () => {
  const q = parseQuery('målgruppens gränser');
  const pages = preparePages({
    pages: [
      page('/malgrupper/', 'Målgrupper', ['Var går gränserna för målgruppen?', 'Vilka grupper är prioriterade?']),
      page('/malgrupper/malgruppens-granser/', 'Målgruppens gränser', [
        'Ska målgruppen vidgas?',
        'Vad avgör om en person hör till målgruppen?',
      ]),
    ],
    terms: [],
    faqs: [],
  });
  const ranked = rankPages(q, pages, foundAll(['/malgrupper/', '/malgrupper/malgruppens-granser/'], q.words));
  assert.equal(ranked[0].url, '/malgrupper/malgruppens-granser/');
  assert.equal(ranked[0].section, undefined);
  assert.equal(
    chooseSection(ranked[0].headings ?? [], [{ anchor: 's0', title: 'Ska målgruppen vidgas?', excerpt: '<mark>målgruppen</mark>' }], 2),
    undefined,
  );
  // The heading that says it still opens on the other page.
  assert.equal(ranked[1].section?.anchor, 's0');
});

test("a heading holding a term both as typed and in a concept's wording is not the closer one for it", () => {
  const concepts = [{ id: 'uppfoljning-system', ord: ['sus'], sidorna: ['uppföljning finsam'] }];
  const q = parseQuery('SUS', { synonyms: new Map(), vocabulary: new Set(), concepts });
  assert.ok(
    sectionScore(q, exactKeys('Hur fungerade SUS?')) >
      sectionScore(q, exactKeys('Varför kan siffror från SUS och Uppföljning Finsam inte jämföras rakt av?')),
  );
});

test('a heading about a proposal yields to one about what applies, unless the question asks about proposals', () => {
  const today = exactKeys('Vilka uppgifter ges rådet?');
  const proposal = exactKeys('Vilka uppgifter föreslås rådet?');
  const q = parseQuery('rådets uppgifter');
  assert.ok(sectionScore(q, today) > sectionScore(q, proposal));
  const asked = parseQuery('vad föreslås om rådets uppgifter');
  assert.ok(sectionScore(asked, proposal) > sectionScore(asked, today));
});

test('small words in a title do not count against it: "organisation och roller" is the whole title "Organisation och roller"', () => {
  const q = parseQuery('organisation och roller');
  assert.equal(titleScore(q, exactKeys('Organisation och roller')), 1);
  const beslut = parseQuery('hur beslutas en insats');
  assert.ok(titleScore(beslut, exactKeys('Från behov till beslut')) >= 0.5);
});

test('a heading that is the question, question word included, opens even on the page whose title names its subject', () => {
  const q = parseQuery('måste vi ha en beredningsgrupp');
  const pages = preparePages({
    pages: [
      page('/roller/beredningsgrupp/', 'Beredningsgruppen', ['Vad gör beredningsgruppen?', 'Måste ett förbund ha en beredningsgrupp?']),
    ],
    terms: [],
    faqs: [],
  });
  const [first] = rankPages(q, pages, foundAll(['/roller/beredningsgrupp/'], q.words));
  assert.equal(chooseSection(first.headings ?? [], [], 1)?.anchor, 's1');
});

test('what kind of answer a question wants ("hur många": a number) weighs less than what it is about', () => {
  const concepts = [{ id: 'antal', ord: ['hur många'], sidorna: ['statistik'] }];
  const q = parseQuery('hur många revisorer har ett förbund', { synonyms: new Map(), vocabulary: new Set(), concepts });
  assert.equal(q.terms.find((t) => t.typed === 'antal')?.kind, true);
  const pages = preparePages({
    pages: [
      page('/statistik/', 'Statistik', ['Hur många förbund och kommuner?', 'Hur granskas förbunden?']),
      page('/roller/revisorerna/', 'Revisorerna', ['Vem utser revisorerna?', 'Hur många revisorer har ett förbund?']),
      page('/ekonomi/', 'Ekonomi', ['Vad går pengarna till?']),
    ],
    terms: [],
    faqs: [],
  });
  const found = new Map<string, Found>([
    ['/statistik/', { words: new Set(['revisorer', 'förbund']), score: 1, all: true }],
    ['/roller/revisorerna/', { words: new Set(['revisorer', 'förbund']), score: 1, all: true }],
  ]);
  assert.equal(rankPages(q, pages, found)[0].url, '/roller/revisorerna/');
});

test('a term on nearly every page ("i samordningsförbundet") does not count against a page that words it otherwise', () => {
  const synonyms = new Map([['samordningsförbundet', 'samordningsförbund']]);
  const q = parseQuery('beredningsgrupp i samordningsförbundet', { synonyms, vocabulary: new Set(), concepts: [] });
  const pages = preparePages({
    pages: [
      page('/roller/beredningsgrupp/', 'Beredningsgruppen', ['Vad gör beredningsgruppen?']),
      page('/samordningsforbundets-uppgifter/', 'Samordningsförbundets uppgifter', ['Vad får förbundet inte göra?']),
      page('/ekonomi/', 'Ekonomi', ['Vad går pengarna till?']),
      page('/revision/', 'Revision', ['Vem betalar revisionen?']),
    ],
    terms: [],
    faqs: [],
  });
  const found = new Map<string, Found>([
    ['/roller/beredningsgrupp/', { words: new Set(['beredningsgrupp']), score: 1, all: false }],
    ['/samordningsforbundets-uppgifter/', { words: new Set(['beredningsgrupp', 'samordningsförbund']), score: 1, all: true }],
    ['/ekonomi/', { words: new Set(['samordningsförbund']), score: 1, all: false }],
    ['/revision/', { words: new Set(['samordningsförbund']), score: 1, all: false }],
  ]);
  assert.equal(rankPages(q, pages, found)[0].url, '/roller/beredningsgrupp/');
});

test('a page whose title holds a form Pagefind\'s stemmer did not match ("ekonomin") still holds the term', () => {
  const q = parseQuery('ekonomin');
  const pages = preparePages({
    pages: [page('/ekonomi/', 'Ekonomi', ['Vad går pengarna till?']), page('/lasvagar/', 'Läsvägar', ['Är du ny förbundschef?'])],
    terms: [],
    faqs: [],
  });
  // Pagefind found the word only on a page that has "ekonomin" in its text.
  const found = new Map<string, Found>([['/lasvagar/', { words: new Set(['ekonomin']), score: 1, all: true }]]);
  assert.equal(rankPages(q, pages, found)[0].url, '/ekonomi/');
});

test('a question in the first person prefers the heading written to the reader', () => {
  const q = parseQuery('hur gör jag med min kommun');
  assert.equal(q.person, true);
  assert.ok(
    sectionScore(q, exactKeys('Hur hanterar jag min roll mot kommunen?')) >
      sectionScore(q, exactKeys('Hur hanterar styrelsen roll mot kommunen?')),
  );
  assert.equal(parseQuery('hur gör kommunen').person, undefined);
});

test('an adjective in -en is one word in every form: "eget kapital" finds "förbundets egna kapital"', () => {
  assert.equal(key('eget'), key('egna'));
  assert.equal(key('egen'), key('egna'));
  const q = parseQuery('eget kapital');
  assert.equal(sectionScore(q, exactKeys('Hur stort får förbundets egna kapital vara?')) > 0.8, true);
});

test('a count question opens the heading that asks it about the same thing, not the page titled "Statistik"', () => {
  const concepts = [{ id: 'antal', ord: ['hur många'], sidorna: ['statistik', 'antal'] }];
  const q = parseQuery('hur många samordningsförbund finns det', { synonyms: new Map(), vocabulary: new Set(), concepts });
  // "hur många" together in one heading holds the kind of answer; "hur" in one heading and
  // "många" in another does not.
  const pages = preparePages({
    pages: [
      page('/statistik/', 'Statistik', ['Hur många deltar i insatserna?', 'Hur många insatser finansieras?']),
      page('/om/', 'Om finansiell samordning', ['Hur många samordningsförbund finns det?', 'Vad är ett samordningsförbund?']),
      page('/roller/', 'Roller', ['Hur bildas ett samordningsförbund?', 'Vilka är många?']),
      page('/ekonomi/', 'Ekonomi', ['Vad går pengarna till?']),
    ],
    terms: [],
    faqs: [],
  });
  const found = new Map<string, Found>([
    ['/statistik/', { words: new Set(['samordningsförbund']), score: 1, all: true }],
    ['/om/', { words: new Set(['samordningsförbund']), score: 0.5, all: true }],
    ['/roller/', { words: new Set(['samordningsförbund']), score: 1, all: true }],
  ]);
  const ranked = rankPages(q, pages, found);
  assert.equal(ranked[0].url, '/om/');
  assert.equal(ranked[0].section?.anchor, 's0');
});

test('a subsection that holds no more of the question than its section is a detail: the section opens', () => {
  const q = parseQuery('eget kapital');
  const ekonomi = page('/ekonomi/', 'Ekonomi', [
    'Vad går pengarna till?',
    'Vad gäller för eget kapital och budget i balans?',
    'Hur stort är det egna kapitalet?',
    'Kan förbundet låna till eget kapital?',
  ]);
  const opens = (p: typeof ekonomi & { sub?: number[] }) =>
    rankPages(q, preparePages({ pages: [p], terms: [], faqs: [] }), foundAll(['/ekonomi/'], q.words))[0].section?.anchor;
  assert.equal(opens({ ...ekonomi, sub: [2] }), 's1');
  // Without the structure, the shorter heading is the closer one.
  assert.equal(opens(ekonomi), 's2');
});

test('of two pages that hold every word of the question, the one that says them together ranks first', () => {
  const q = parseQuery('förankring hos parterna');
  const at = (förankring: number[], parterna: number[]) =>
    new Map([
      ['förankring', förankring],
      ['parterna', parterna],
    ]);
  const found = new Map<string, Found>([
    // Pagefind ranks the page with the words far apart a little higher of its own.
    ['/esf/', { words: new Set(q.words), score: 1, all: true, at: at([40], [300, 900]) }],
    ['/roller/beredningsgrupp/', { words: new Set(q.words), score: 0.95, all: true, at: at([120], [126]) }],
  ]);
  // Other pages, without the words: the question's words are not on nearly every page.
  const others = ['/ekonomi/', '/revision/', '/statistik/'].map((u) => page(u, u.slice(1, -1), []));
  const pages = preparePages({
    pages: [
      ...others,
      page('/esf/', 'ESF+', ['Vad är ESF+?']),
      page('/roller/beredningsgrupp/', 'Beredningsgruppen', ['Vem sitter i beredningsgruppen?']),
    ],
    terms: [],
    faqs: [],
  });
  assert.equal(rankPages(q, pages, found)[0].url, '/roller/beredningsgrupp/');
  assert.equal(nearness(q, found.get('/roller/beredningsgrupp/')), 1);
  assert.equal(nearness(q, found.get('/esf/')), 0);
  // A word on nearly every page stands near everything and tells nothing.
  assert.equal(nearness(q, found.get('/roller/beredningsgrupp/'), [0.2, 0.9]), 0);
});

test('a page of entries named by the question ("ordlista") is the answer, though no entry holds the word', () => {
  const q = parseQuery('ordlista');
  const pages = preparePages({
    pages: [
      { url: '/ordlista/', title: 'Ordlista', entries: 'terms' as const },
      page('/lasvagar/ny-styrelseledamot/', 'Ny styrelseledamot', ['Vad ska jag läsa först?']),
      ...['/ekonomi/', '/revision/', '/statistik/'].map((u) => page(u, u.slice(1, -1), [])),
    ],
    terms: [['per-capsulam', 'Per capsulam', '/roller/styrelsen/'] as [string, string, string]],
    faqs: [],
  });
  // The reading path mentions the glossary in its text, and Pagefind scores it higher.
  const found = new Map<string, Found>([
    ['/ordlista/', { words: new Set(q.words), score: 0.2, all: true }],
    ['/lasvagar/ny-styrelseledamot/', { words: new Set(q.words), score: 1, all: true }],
  ]);
  assert.equal(rankPages(q, pages, found)[0].url, '/ordlista/');
});

test('a word on nearly every page counts toward nearness only as a phrase with the others ("förebyggande insats")', () => {
  const q = parseQuery('förebyggande insats');
  const found = (förebyggande: number[], insats: number[]): Found => ({
    words: new Set(q.words),
    score: 1,
    all: true,
    at: new Map([
      ['förebyggande', förebyggande],
      ['insats', insats],
    ]),
  });
  // "insats" is on nearly every page: ten words apart is no sign, next to each other is.
  assert.equal(nearness(q, found([50], [60]), [0.1, 0.9]), 0);
  assert.equal(nearness(q, found([50], [51]), [0.1, 0.9]), 1);
});

test('a heading that is the question itself wins its page and section over a title that names the term', () => {
  const synonyms = new Map([['finsam', 'finansiell samordning']]);
  const q = parseQuery('vad är finsam', { synonyms, vocabulary: new Set(), concepts: [] });
  const pages = preparePages({
    pages: [
      page('/om/', 'Om finansiell samordning', ['Varför finns lagen?', 'Hur finansieras samordningen?']),
      page('/', 'Kunskapsstöd för finansiell samordning', ['Vad är Finsam?', 'Vad vill du göra?']),
    ],
    terms: [],
    faqs: [],
  });
  const found = new Map<string, Found>([
    ['/om/', { words: new Set(q.words), score: 1, all: true }],
    ['/', { words: new Set(q.words), score: 0.8, all: true }],
  ]);
  const [first] = rankPages(q, pages, found);
  assert.equal(first.url, '/');
  assert.equal(first.section?.anchor, 's0');
  // A heading with a word the reader did not type is not the question: "vad gör finsam" asks something else.
  assert.equal(rankPages(parseQuery('vad gör finsam', { synonyms, vocabulary: new Set(), concepts: [] }), pages, found)[0].url, '/om/');
});

test('a page titled as the question itself comes before a section that shares its words', () => {
  // As on the site, "förbundet" is searched first as the guidance's "samordningsförbund".
  const lexicon = { synonyms: new Map([['förbundet', 'samordningsförbund']]), vocabulary: new Set<string>(), concepts: [] };
  const q = parseQuery('kan förbundet finansiera insatsen?', lexicon);
  const pages = preparePages({
    pages: [
      page('/uppgifter/', 'Samordningsförbundets uppgifter', ['Finansiera insatser', 'Vad får förbundet inte göra?']),
      page('/vagvisare/finansiera-insats/', 'Kan förbundet finansiera insatsen?', []),
    ],
    terms: [],
    faqs: [],
  });
  const found = new Map<string, Found>([
    ['/uppgifter/', { words: new Set(q.words), score: 1, all: true }],
    ['/vagvisare/finansiera-insats/', { words: new Set(q.words), score: 0.3, all: true }],
  ]);
  assert.equal(rankPages(q, pages, found)[0].url, '/vagvisare/finansiera-insats/');
  // A title that holds only some of the question's words is no question the reader asked.
  const other = parseQuery('vad får förbundet finansiera', lexicon);
  assert.equal(rankPages(other, pages, found)[0].url, '/uppgifter/');
});

test('"vad är X" finds the glossary entry named X above a page that names X in its title and headings', () => {
  const q = parseQuery('vad är SUS');
  const pages = preparePages({
    pages: [
      page('/uppfoljning/', 'Uppföljning och SUS', ['Hur fungerade SUS?']),
      { url: '/ordlista/', title: 'Ordlista', entries: 'terms' as const },
    ],
    terms: [['sus', 'SUS', '/uppfoljning/'] as [string, string, string]],
    faqs: [],
  });
  const found = new Map<string, Found>([
    ['/uppfoljning/', { words: new Set(q.words), score: 1, all: true }],
    ['/ordlista/', { words: new Set(q.words), score: 0.4, all: true }],
  ]);
  assert.equal(rankPages(q, pages, found)[0].url, '/ordlista/');
  // The bare word asks for no definition: the page about it comes first.
  assert.equal(rankPages(parseQuery('SUS'), pages, found)[0].url, '/uppfoljning/');
});

test('a comparison: a heading naming one side loses its lead to the section that holds both', () => {
  const q = parseQuery('individinriktad vs strukturövergripande');
  const one = exactKeys('Vad är en individinriktad insats?');
  assert.ok(sectionScore(q, one) < sectionScore(parseQuery('individinriktad strukturövergripande'), one));
  assert.ok(sectionScore(q, exactKeys('Skillnaden mellan individinriktad och strukturövergripande')) > sectionScore(q, one));
  // The section whose text names both opens, not the heading that names one.
  const held = new Map([
    ['typer', { title: 'Vilka två typer av insatser finns?', share: 1 }],
    ['individ', { title: 'Vad är en individinriktad insats?', share: 0.5 }],
  ]);
  const headings = [{ anchor: 'individ', title: 'Vad är en individinriktad insats?', score: sectionScore(q, one) }];
  assert.equal(chooseSection(headings, [], q.terms.length, held)?.anchor, 'typer');
});

test('a heading that asks for a number answers a question that asks none only in part', () => {
  const count = exactKeys('Hur många insatser finns?');
  const which = exactKeys('Vilka insatser finns?');
  // "hur" in "hur söker man" is no "hur" of "hur många".
  assert.ok(sectionScore(parseQuery('hur söker man insatser'), count) < sectionScore(parseQuery('hur söker man insatser'), which));
  // Asked for a number, the heading that gives it leads.
  assert.ok(sectionScore(parseQuery('hur många insatser'), count) > sectionScore(parseQuery('hur många insatser'), which));
});

test('a comparison whose sides are two subsections of one section opens that section, which holds both', () => {
  const q = parseQuery('individinriktad vs strukturövergripande insats');
  const insatser = {
    ...page('/insatser/', 'Insatser', [
      'Vad är en insats?',
      'Vilka två typer av insatser finns?',
      'Vad är en individinriktad insats?',
      'Vad är en strukturövergripande insats?',
      'Hur hittar jag insatserna?',
    ]),
    sub: [2, 3],
  };
  const ranked = rankPages(q, preparePages({ pages: [insatser], terms: [], faqs: [] }), foundAll(['/insatser/'], q.words))[0];
  assert.equal(ranked.headings?.[0]?.anchor, 's1');
  assert.equal(chooseSection(ranked.headings ?? [], [], q.terms.length)?.anchor, 's1');
  // Not a comparison: the subsection that names what is asked opens.
  const one = parseQuery('individinriktad insats');
  const plain = rankPages(one, preparePages({ pages: [insatser], terms: [], faqs: [] }), foundAll(['/insatser/'], one.words))[0];
  assert.equal(plain.headings?.[0]?.anchor, 's2');
});

test("a subsection whose heading is all in the reader's words is no detail of its section: it opens", () => {
  const q = parseQuery('vem blir projektägare för esf-projekt');
  const esf = {
    ...page('/esf/', 'ESF+-projekt via beredningsgruppen', ['Vem får vara projektägare och medfinansiär?', 'Vem blir projektägare?']),
    sub: [1],
  };
  const [first] = rankPages(q, preparePages({ pages: [esf], terms: [], faqs: [] }), foundAll(['/esf/'], q.words));
  assert.equal(first.section?.anchor, 's1');
});

test('the start page (hub) matches through its one best heading, not through the words of the pages it leads to', () => {
  const q = parseQuery('hur vet vi att insatserna gör nytta');
  const start = { ...page('/', 'Kunskapsstöd', ['Vad är Finsam?', 'Det här behöver alla veta']), hub: true as const };
  const pages = preparePages({ pages: [start, page('/uppfoljning/', 'Uppföljning', ['Vem utvärderar insatserna?'])], terms: [], faqs: [] });
  const found = new Map<string, Found>([
    ['/', { words: new Set(q.words), score: 1, all: true }],
    ['/uppfoljning/', { words: new Set(q.words), score: 0.6, all: true }],
  ]);
  assert.equal(rankPages(q, pages, found)[0].url, '/uppfoljning/');
});

test("a comparison's side is named in the reader's words, not by a concept's wording for it", () => {
  // "Uppföljning Finsam" is a wording of the concept SUS: the heading names one side, not both.
  const concepts = [{ id: 'sus', ord: ['sus'], sidorna: ['uppföljning finsam'] }];
  const q = parseQuery('SUS eller Uppföljning Finsam vad är skillnaden', { synonyms: new Map(), vocabulary: new Set(), concepts });
  assert.ok(
    sectionScore(q, exactKeys('Varför kan siffror från SUS och Uppföljning Finsam inte jämföras?')) >
      sectionScore(q, exactKeys('Vad registreras i Uppföljning Finsam?')),
  );
});

test('a bare subject opens the sibling that asks what or how, not one that asks who, why or when', () => {
  // Siblings that hold the question equally well ("Vem gör behovsanalysen?", "Hur gör man en behovsanalys?").
  const headings = [
    { anchor: 'vem', title: 'Vem gör behovsanalysen?', score: 0.6 },
    { anchor: 'hur', title: 'Hur gör man en behovsanalys?', score: 0.6 },
  ];
  const subs = headings.map((h) => ({ anchor: h.anchor, title: h.title, excerpt: '<mark>behov</mark>' }));
  assert.equal(chooseSection(headings, subs, 2, undefined, parseQuery('kartlägga behov i målgruppen'))?.anchor, 'hur');
  // Asked who (also as "vilka"), the who-heading keeps its place.
  assert.equal(chooseSection(headings, subs, 2, undefined, parseQuery('vem kartlägger behov'))?.anchor, 'vem');
  assert.equal(kindAgreement(parseQuery('vilka kartlägger behov'), 'Vem gör behovsanalysen?'), 1);
  // A heading that names every term of the question is about all of it, whatever it asks.
  assert.equal(kindAgreement(parseQuery('sus uppföljning'), 'Varför kan siffror från SUS och Uppföljning inte jämföras?'), 1);
  assert.equal(kindAgreement(parseQuery('sus uppföljning'), 'Varför ersattes SUS?'), UNASKED_KIND);
});

test('a bare subject that every sibling holds equally opens the one that asks how it is done', () => {
  // "behovsanalys" on the page titled "Behovsanalys": every heading names it, and so does every text.
  const headings = [
    { anchor: 'till-for', title: 'Vad är en behovsanalys till för?', score: 0.9 },
    { anchor: 'vem', title: 'Vem gör behovsanalysen?', score: 0.9 },
    { anchor: 'hur', title: 'Hur gör man en behovsanalys?', score: 0.9 },
  ];
  const held = new Map(headings.map((h) => [h.anchor, { title: h.title, share: 1 }]));
  assert.equal(chooseSection(headings, [], 1, held, parseQuery('behovsanalys'))?.anchor, 'hur');
  // Asked for a template of it: the words for a document are set aside, and how it is done is the answer.
  assert.equal(chooseSection(headings, [], 1, held, parseQuery('mall för behovsanalys'))?.anchor, 'hur');
  // Without the question, the earlier of two tied sections still opens.
  assert.equal(chooseSection(headings, [], 1, held)?.anchor, 'till-for');
});

test('the heading that asks how decides ties only, and only for a bare subject', () => {
  const headings = [
    { anchor: 'till-for', title: 'Vad är en behovsanalys till för?', score: 0.9 },
    { anchor: 'hur', title: 'Hur gör man en behovsanalys?', score: 0.85 },
  ];
  // A heading that holds more of the question opens, however it asks.
  assert.equal(chooseSection(headings, [], 1, undefined, parseQuery('behovsanalys'))?.anchor, 'till-for');
  // A question that says what it asks is matched by its question words (rank.ts): no preference here.
  const tied = headings.map((h) => ({ ...h, score: 0.9 }));
  assert.equal(chooseSection(tied, [], 1, undefined, parseQuery('vad är en behovsanalys'))?.anchor, 'till-for');
  // A heading that asks how many is no how-to.
  assert.equal(asksHowForSubject(parseQuery('deltagare'), 'Hur många deltar?'), false);
  assert.equal(asksHowForSubject(parseQuery('deltagare'), 'Hur anmäler man en deltagare?'), true);
  assert.equal(asksHowForSubject(parseQuery('hur anmäler man deltagare'), 'Hur anmäler man en deltagare?'), false);
});

test('on a tie, a yes-or-no question opens the heading that asks with the same word', () => {
  // "kan jag vara med på styrelsemötet via Teams?": both headings hold "styrelsemötet" and a question word.
  const headings = [
    { anchor: 'tycker', title: 'Får min organisation tala om vad den tycker inför ett styrelsemöte?', score: 0.52 },
    { anchor: 'distans', title: 'Kan ledamöterna delta i styrelsemötet på distans?', score: 0.52 },
  ];
  const held = new Map(headings.map((h) => [h.anchor, { title: h.title, share: 0.5 }]));
  assert.equal(chooseSection(headings, [], 2, held, parseQuery('kan jag vara med på styrelsemötet via Teams?'))?.anchor, 'distans');
  assert.equal(chooseSection(headings, [], 2, held, parseQuery('får jag vara med på styrelsemötet'))?.anchor, 'tycker');
  // Not a yes-or-no question, or not a tie: the earlier, or the better, heading opens.
  assert.equal(chooseSection(headings, [], 2, held, parseQuery('vem är med på styrelsemötet'))?.anchor, 'tycker');
  assert.equal(
    chooseSection([{ ...headings[0], score: 0.6 }, headings[1]], [], 2, held, parseQuery('kan jag vara med på styrelsemötet'))?.anchor,
    'tycker',
  );
  assert.equal(asksAlike(parseQuery('måste regionen vara med'), 'Måste ett förbund ha en beredningsgrupp?'), true);
  assert.equal(asksAlike(parseQuery('hur går mötet till'), 'Hur går styrelsens möten till?'), false);
});

test('a sibling whose text holds every word of the question beats a heading that holds one common word', () => {
  // "samtycke deltagare": "Varför går det inte att följa enskilda deltagare i dag?" names only
  // "deltagare"; the text under "Hur fungerade SUS?" holds both words.
  const headings = [{ anchor: 'folja', title: 'Varför går det inte att följa enskilda deltagare i dag?', score: 0.2 }];
  const held = new Map([
    ['folja', { title: headings[0].title, share: 0.5 }],
    ['sus', { title: 'Hur fungerade SUS?', share: 1 }],
  ]);
  assert.equal(chooseSection(headings, [], 2, held)?.anchor, 'sus');
  // A heading that holds the question still wins over any text.
  assert.equal(chooseSection([{ ...headings[0], score: 0.7 }], [], 2, held)?.anchor, 'folja');
});

test('a heading that asks how many does not open for a question that asks something else', () => {
  // "hur anvisar jag en kund": a concept's wording ("får delta") puts "deltar" in "Hur många deltar?".
  const headings = [
    { anchor: 'antal', title: 'Hur många deltar?', score: 0.22 },
    { anchor: 'vem', title: 'Vem är insatsen till för?', score: 0.05 },
  ];
  assert.equal(chooseSection(headings, [], 3, undefined, parseQuery('hur anvisar jag en kund till en insats'))?.anchor, 'vem');
  // Asked for a number, it opens.
  assert.equal(chooseSection(headings, [], 3, undefined, parseQuery('hur många deltar i en insats'))?.anchor, 'antal');
  // A bare subject may want the number as well as anything else.
  assert.equal(kindAgreement(parseQuery('deltagare insats'), 'Hur många deltar?'), 1);
});

test('the kind of answer a section gives counts whether its heading or its text holds the question', () => {
  // "samtycke deltagare": the why-heading holds "deltagare" and its text more; the text under
  // "Hur fungerade SUS?" holds both words. The why-heading is no better an answer by its text.
  const headings = [{ anchor: 'folja', title: 'Varför går det inte att följa enskilda deltagare i dag?', score: 0.322 }];
  const held = new Map([
    ['folja', { title: headings[0].title, share: 0.5 }],
    ['sus', { title: 'Hur fungerade SUS?', share: 1 }],
  ]);
  assert.equal(chooseSection(headings, [], 2, held, parseQuery('samtycke deltagare'))?.anchor, 'sus');
  // Asked why, the why-section keeps its place.
  assert.equal(chooseSection(headings, [], 2, held, parseQuery('varför samtycke deltagare'))?.anchor, 'folja');
});

test('a compound the guidance uses is found written apart in the heading that answers ("jäv styrelsemöte")', () => {
  const vocabulary = new Set(keys('styrelsen styrelsemötet möten revision jävig'));
  const q = parseQuery('jäv styrelsemöte', { synonyms: new Map(), vocabulary, concepts: [] });
  const meeting = q.terms.find((t) => t.typed === 'styrelsemöte')!;
  assert.equal(termScore(meeting, exactKeys('Hur går styrelsens möten till?'), true), 0.9);
  // Only both parts together: "styrelsen" alone is no board meeting.
  assert.equal(termScore(meeting, exactKeys('Vad gör styrelsen när revisorerna påtalar brister?'), true), 0);
  assert.deepEqual(q.words, ['jäv', 'styrelsemöte'], 'the parts are not searched in the index');
  const pages = preparePages({
    pages: [
      page('/roller/styrelsen/', 'Styrelsen', ['Hur går styrelsens möten till?', 'Är jag jävig när min egen organisation får pengar?']),
      page('/revision/', 'Revision', ['Vad gör styrelsen när revisorerna påtalar brister?']),
    ],
    terms: [],
    faqs: [],
  });
  // Both pages hold both words somewhere in their text; Pagefind likes the revision page better.
  const found = new Map<string, Found>([
    ['/revision/', { words: new Set(q.words), score: 1, all: true }],
    ['/roller/styrelsen/', { words: new Set(q.words), score: 0.5, all: true }],
  ]);
  assert.equal(rankPages(q, pages, found)[0].url, '/roller/styrelsen/');
});

test('a word typed with å, ä or ö matches only words spelt with them; typed without, any spelling', () => {
  // A text's words keep their letters (exactKey); the query's key says whether the reader typed them.
  for (const [typed, other] of [
    ['ändra', 'andra'],
    ['får', 'far'],
    ['når', 'nar'],
    ['även', 'aven'],
    ['mål', 'mal'],
  ]) {
    assert.equal(wordMatch(exactKey(typed), exactKey(other)), 0, `${typed} is not ${other}`);
    assert.equal(wordMatch(exactKey(typed), exactKey(typed)), 1, typed);
    assert.equal(wordMatch(exactKey(other), exactKey(typed)), 1, `${other} typed without marks finds ${typed}`);
  }
  assert.equal(wordMatch(exactKey('ändra'), exactKey('ändras')), 1);
  // "ändring" is a compound-like match of "ändr" (the stem is too short for the verbal-noun rule), not of "andr".
  for (const form of ['ändring', 'ändringar']) {
    assert.ok(wordMatch(exactKey('ändra'), exactKey(form)) > 0, form);
    assert.equal(wordMatch(exactKey('andra'), exactKey(form)) > 0, wordMatch(key('andra'), key(form)) > 0, form);
  }
  assert.equal(wordMatch(exactKey('forbundsordning'), exactKey('förbundsordningen')), 1);
  assert.equal(key('ändra'), 'andr');
});

test('the kind of answer ("hur många") counts in a heading only beside what the question is most about', () => {
  const concepts = [
    { id: 'antal', ord: ['hur många'], sidorna: ['statistik'] },
    { id: 'resultat', ord: ['får jobb', 'efter insatsen'], sidorna: ['leder insatserna till'] },
  ];
  const q = parseQuery('hur många får jobb efter insatsen', { synonyms: new Map(), vocabulary: new Set(), concepts });
  assert.deepEqual(
    q.terms.map((t) => t.typed),
    ['jobb', 'insatsen', 'antal'],
  );
  // "jobb" (results) is what the question is most about; "insatsen" is on more pages.
  const weights = [1, 0.6, 0.5];
  assert.ok(
    sectionScore(q, exactKeys('Vad leder insatserna till?'), weights) >
      sectionScore(q, exactKeys('Hur många insatser finns det?'), weights),
  );
  // Beside it, the kind counts as before: "Hur många får jobb?" is the question itself.
  assert.ok(
    sectionScore(q, exactKeys('Hur många får jobb efter insatsen?'), weights) >
      sectionScore(q, exactKeys('Vad leder insatserna till?'), weights),
  );
});

test("a section about a proposal opens for a question about what applies only when no other section's text holds it as well", () => {
  // "sekretess" is in the text under the proposed 7 b § and under a heading about what applies.
  const held = new Map([
    ['7-b', { title: '7 b § – Uppgifter till uppföljningen (föreslagen ny paragraf)', share: 1 }],
    ['granser', { title: 'Var går gränsen mot parternas ansvar?', share: 1 }],
  ]);
  assert.equal(chooseSection([], [], 2, held, parseQuery('sekretess mellan myndigheter'))?.anchor, 'granser');
  // Asked about proposals, the proposal is the answer (the earlier of two equal sections).
  assert.equal(chooseSection([], [], 2, held, parseQuery('förslag om sekretess'))?.anchor, '7-b');
});

test('a page of proposals that names the question in no heading yields to a page about what applies; one that names it does not', () => {
  const pages = preparePages({
    pages: [
      page('/forslag/', 'Föreslagna nya paragrafer', [
        '7 b § – Uppgifter till uppföljningen (föreslagen ny paragraf)',
        '30 till 38 §§ – Tillsyn över förbunden (föreslagna nya paragrafer)',
      ]),
      page('/uppfoljning/', 'Uppföljning', ['Vad registreras?', 'Vem får se uppgifterna?']),
    ],
    terms: [],
    faqs: [],
  });
  const found = (words: string[]) =>
    new Map<string, Found>([
      ['/forslag/', { words: new Set(words), score: 1, all: true }],
      ['/uppfoljning/', { words: new Set(words), score: 0.8, all: true }],
    ]);
  // "sekretess" is in the text of the proposed 7 b § and of the page on today's follow-up.
  assert.equal(rankPages(parseQuery('sekretess mellan myndigheter'), pages, found(['sekretess', 'myndigheter']))[0].url, '/uppfoljning/');
  // Supervision exists only as a proposal, and the page names it in a heading.
  assert.equal(rankPages(parseQuery('vem har tillsyn över förbunden'), pages, found(['tillsyn', 'förbunden']))[0].url, '/forslag/');
  // Asked about proposals, the page of proposals is the answer.
  assert.equal(
    rankPages(parseQuery('förslag om sekretess mellan myndigheter'), pages, found(['förslag', 'sekretess', 'myndigheter']))[0].url,
    '/forslag/',
  );
});

test('on the page whose title names what the question is most about, the kind of answer counts in every heading', () => {
  const concepts = [{ id: 'ansvar', ord: ['vad gör'], sidorna: ['beslutar', 'vad gör'] }];
  const q = parseQuery('vad gör förbundschefen i ett samordningsförbund', { synonyms: new Map(), vocabulary: new Set(), concepts });
  assert.equal(q.terms.find((t) => t.typed === 'ansvar')?.kind, true);
  const pages = preparePages({
    pages: [
      page('/forbundschef/', 'Förbundschefen', ['Vad beslutar hen om?', 'Vem anställer hen i ett samordningsförbund?']),
      page('/a/', 'A', []),
      page('/b/', 'B', []),
    ],
    terms: [],
    faqs: [],
  });
  const found = new Map<string, Found>([
    ['/forbundschef/', { words: new Set(['förbundschefen', 'samordningsförbund']), score: 1, all: true }],
    ['/a/', { words: new Set(['samordningsförbund']), score: 1, all: false }],
  ]);
  // "Förbundschefen" names whom the question is about: "Vad beslutar hen om?" says what the chief does.
  assert.equal(rankPages(q, pages, found)[0].headings?.[0].anchor, 's0');
});

test('a question about changes ("ändringar", "framöver", "på gång", "ny lag") asks about proposals', () => {
  const today = exactKeys('Vilka uppgifter ges rådet?');
  const proposal = exactKeys('Vilka uppgifter föreslås rådet?');
  for (const question of [
    'blir det ändringar i rådets uppgifter',
    'vad händer med rådets uppgifter framöver',
    'är något på gång om rådets uppgifter',
    'kommer en ny lag om rådets uppgifter',
  ]) {
    // The heading about a proposal is not counted down: it may be the answer.
    const q = parseQuery(question);
    assert.ok(sectionScore(q, proposal) >= sectionScore(q, today), question);
  }
  // "gång" alone is no question about changes.
  const once = parseQuery('rådets uppgifter en gång om året');
  assert.ok(sectionScore(once, today) > sectionScore(once, proposal));
});

test("a glossary entry whose `sida` names a section lends its title score to that section's page", () => {
  // Editors may point an entry at the heading that explains it; the page is still the one about it.
  const q = parseQuery('budget i balans');
  const ranked = (sida: string) => {
    const pages = preparePages({
      pages: [
        page('/ekonomi/', 'Ekonomi', ['Vad gäller för eget kapital?']),
        page('/revision/', 'Revision', ['Vad granskas?']),
        { url: '/ordlista/', title: 'Ordlista', entries: 'terms' as const },
      ],
      terms: [['budget-i-balans', 'Budget i balans', sida] as [string, string, string]],
      faqs: [],
    });
    pages.find((p) => p.url === '/ordlista/')!.sections = [
      { anchor: 'budget-i-balans', text: 'Budget i balans', keys: exactKeys('Budget i balans') },
    ];
    const found = new Map<string, Found>([
      ['/ekonomi/', { words: new Set(q.words), score: 0.5, all: true }],
      ['/revision/', { words: new Set(q.words), score: 1, all: true }],
    ]);
    return rankPages(q, pages, found).map((r) => r.url);
  };
  assert.equal(ranked('/ekonomi/')[0], '/ekonomi/');
  assert.equal(ranked('/ekonomi/#vad-gäller-för-eget-kapital')[0], '/ekonomi/');
});

test('an intent is ruled out by a word of its own "utom", whatever phrase matches', () => {
  const intents = prepareIntents([{ id: 'pengar', fraser: ['ansöka pengar'], utom: ['esf'], sida: '/beslut/' }]);
  assert.equal(matchIntent(exactKeys('hur ansöker man om pengar'), intents), '/beslut/');
  assert.equal(matchIntent(exactKeys('ansöka om esf pengar'), intents), undefined);
});

test("a page's own name, searched alone, opens the page at the top, not a section whose heading merely holds the name too", () => {
  const q = parseQuery('styrelse');
  const headings = [
    { anchor: '', title: 'Styrelsen', score: 1 },
    { anchor: 'vem-sitter-i-styrelsen', title: 'Vem sitter i styrelsen?', score: 1 },
    { anchor: 'hur-går-styrelsens-möten-till', title: 'Hur går styrelsens möten till?', score: 1 },
  ];
  assert.equal(chooseSection(headings, [], q.terms.length, undefined, q), undefined);
  // A heading that holds more of the question still opens.
  assert.equal(
    chooseSection([headings[0], { ...headings[2], score: 1.2 }], [], q.terms.length, undefined, q)?.anchor,
    'hur-går-styrelsens-möten-till',
  );
});

test('a kept stop word ("mindre", "själv") counts less than what the question is about, so a long page that has it does not win', () => {
  const q = parseQuery('kan förbundschefen besluta om mindre insatser själv');
  assert.deepEqual(
    q.terms.filter((t) => t.minor).map((t) => t.typed),
    ['mindre', 'själv'],
  );
  const words = ['förbundschefen', 'besluta', 'insatser', 'själv'];
  const at = (positions: Record<string, number[]>) => new Map(Object.entries(positions));
  const found = new Map<string, Found>([
    // The budget page has every word, "mindre" in "mer eller mindre än sin andel", the rest far apart.
    [
      '/ekonomi/',
      {
        words: new Set([...words, 'mindre']),
        score: 1,
        all: true,
        at: at({ förbundschefen: [700], besluta: [50], insatser: [300], själv: [1200], mindre: [900] }),
      },
    ],
    // The page on the förbundschef says all but "mindre", together, under the heading that answers.
    [
      '/roller/forbundschef/',
      { words: new Set(words), score: 0.8, all: false, at: at({ förbundschefen: [200], besluta: [205], insatser: [215], själv: [230] }) },
    ],
    // As on the site, the förbundschef and the insatser are named on many pages.
    ...['/roller/styrelsen/', '/insatser/', '/revision/'].map((u): [string, Found] => [
      u,
      {
        words: new Set(['förbundschefen', 'insatser', 'besluta']),
        score: 0.5,
        all: false,
        at: at({ förbundschefen: [10], besluta: [300], insatser: [500] }),
      },
    ]),
  ]);
  const pages = preparePages({
    pages: [
      page('/ekonomi/', 'Ekonomi', ['Kan en part betala mer eller mindre än sin andel?']),
      page('/roller/forbundschef/', 'Förbundschefen', ['Vilka beslut får förbundschefen fatta?']),
      page('/roller/styrelsen/', 'Styrelsen', ['Vad beslutar styrelsen om?']),
      page('/insatser/', 'Insatser', ['Vad är en insats?']),
      ...['/revision/', '/statistik/', '/esf/', '/malgrupper/', '/uppfoljning/'].map((u) => page(u, u.slice(1, -1), [])),
    ],
    terms: [],
    faqs: [],
  });
  assert.equal(rankPages(q, pages, found)[0].url, '/roller/forbundschef/');
});
