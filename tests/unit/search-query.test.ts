import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  correctTypo,
  emptyLexicon,
  respellByNeighbour,
  matchConcepts,
  parseQuery,
  searchWords,
  splitCompound,
  unrelatedExtensions,
  synonymMap,
  toPagefindQuery,
  type Lexicon,
} from '../../src/lib/search/query.ts';
import { key, keys } from '../../src/lib/search/words.ts';
import { phrasesOf, vocabularyOf } from '../../src/lib/search/rank.ts';

const synonyms = synonymMap([
  { id: 'förbundschef', varianter: ['förbundsdirektör'] },
  { id: 'esf', varianter: ['esf-projekt', 'socialfonden'] },
  { id: 'finansiell samordning', varianter: ['finsam'] },
  { id: 'försäkringskassan', varianter: ['kassan'] },
]);
const vocabulary = new Set(keys('balans krav kravet intäkterna kostnaderna budget styrelsen förbundschef ekonomi'));
const lexicon = (extra: Partial<Lexicon> = {}): Lexicon => ({ synonyms, vocabulary: new Set(), concepts: [], ...extra });

test('stop words are set aside; question words are kept for matching headings', () => {
  const q = parseQuery('Kan styrelsen delegera beslut om finansiering?');
  assert.deepEqual(q.words, ['styrelsen', 'delegera', 'beslut', 'finansiering']);
  assert.deepEqual(q.questionKeys, [key('kan')]);
});

test('stopwords-iso’s Swedish words are set aside, less the ones this guidance is about', () => {
  // "ibland" and "innebär" are stop words (the list's and the site's own); "sitta", "fram",
  // "större", "beslut" and "tillsammans" are in the list but matter in questions here.
  const q = parseQuery('vad innebär det att sitta i styrelsen och ibland ta fram större beslut tillsammans');
  assert.deepEqual(q.words, ['sitta', 'styrelsen', 'fram', 'större', 'beslut', 'tillsammans']);
});

test('quoted phrases are kept exact and go to Pagefind in quotes', () => {
  const q = parseQuery('"budget i balans" förbund');
  assert.deepEqual(q.phrases, ['budget i balans']);
  assert.equal(toPagefindQuery(q), '"budget i balans" förbund');
});

test('variants map to the guidance word, also when hyphenated or with a plus', () => {
  assert.deepEqual(parseQuery('Förbundsdirektör', lexicon()).words, ['förbundschef']);
  assert.deepEqual(parseQuery('ESF-projekt ägare', lexicon()).words, ['esf', 'ägare']);
  assert.deepEqual(parseQuery('finsam', lexicon()).words, ['finansiell', 'samordning']);
  assert.deepEqual(parseQuery('ESF+', lexicon()).words, ['esf+']);
});

test('an inflected form of a variant (genitive, definite) maps like the variant itself', () => {
  assert.deepEqual(parseQuery('förbundsdirektörens ansvar', lexicon()).words, ['förbundschef', 'ansvar']);
  assert.deepEqual(parseQuery('kassans roll', lexicon()).words, ['försäkringskassan', 'roll']);
});

test('"X:s" is the word X', () => {
  assert.deepEqual(parseQuery('SKR:s roll').words, ['skr', 'roll']);
});

test('a compound the guidance does not use splits into words it does', () => {
  assert.deepEqual(splitCompound('balanskravet', vocabulary), ['balans', 'kravet']);
  assert.equal(splitCompound('budget', vocabulary), undefined);
  assert.equal(splitCompound('xyzabcdef', vocabulary), undefined);
  const q = parseQuery('balanskravet', lexicon({ vocabulary }));
  assert.deepEqual(searchWords(q), ['balans', 'kravet']);
});

test('a word the guidance never uses is not sent to Pagefind, which would match it by prefix', () => {
  const q = parseQuery('underskott budget', lexicon({ vocabulary }));
  assert.deepEqual(searchWords(q), ['budget']);
  assert.equal(q.terms[0].alternatives[0].local, true);
});

test("a concept adds the pages' wording to the term that names it, in any inflection", () => {
  const concepts = [{ id: 'budget-i-balans', ord: ['balanskrav'], sidorna: ['intäkterna är större än kostnaderna'] }];
  assert.equal(matchConcepts(keys('vad gäller för balanskravet'), concepts).length, 1);
  const q = parseQuery('balanskravet', lexicon({ vocabulary, concepts }));
  assert.equal(q.terms.length, 1);
  const wording = q.terms[0].alternatives.find((a) => a.words.includes('intäkterna'));
  assert.deepEqual(wording?.words, ['intäkterna', 'större', 'kostnaderna']);
  // The wording is compared with titles and headings, not downloaded from the index.
  assert.equal(wording?.local, true);
});

test('a concept named only by small words becomes a part of the question of its own', () => {
  const concepts = [{ id: 'antal', ord: ['hur många'], sidorna: ['statistik'] }];
  const q = parseQuery('hur många förbund finns det', lexicon({ concepts }));
  assert.deepEqual(
    q.terms.map((t) => t.typed),
    ['förbund', 'antal'],
  );
});

test('named by question words a concept is the kind of answer wanted; named by other small words, what the question is about', () => {
  const concepts = [
    { id: 'antal', ord: ['hur många'], sidorna: ['statistik'] },
    { id: 'uttrade', ord: ['går ur'], sidorna: ['förbundsordningen'] },
  ];
  const count = parseQuery('hur många förbund finns det', lexicon({ concepts })).terms.find((t) => t.typed === 'antal');
  assert.equal(count?.kind, true);
  const leave = parseQuery('hur går en kommun ur förbundet', lexicon({ concepts })).terms.find((t) => t.typed === 'uttrade');
  assert.ok(leave, 'the concept is a part of the question');
  assert.equal(leave.kind, undefined);
});

test('a phrase that leads with small words of its own meaning ("gå med förbund") makes the concept a part of the question, and leaves the thing it names a term as typed', () => {
  const concepts = [{ id: 'ga-med', ord: ['gå med förbund', 'bli medlem'], sidorna: ['bildas'] }];
  const q = parseQuery('ny kommun vill gå med i förbundet', lexicon({ concepts }));
  const joining = q.terms.find((t) => t.typed === 'ga-med');
  assert.ok(joining, 'joining is a part of the question of its own');
  assert.deepEqual(
    joining.alternatives.map((a) => a.words),
    [['bildas']],
  );
  const forbund = q.terms.find((t) => t.typed === 'förbundet');
  assert.ok(forbund && !forbund.alternatives.some((a) => a.concept), 'the förbund is still a förbund');
});

test('a concept widens a term only through a phrase the question holds, or one that says whose ("min kommun") or joins two words ("ansökan om insats")', () => {
  const concepts = [
    { id: 'uttrade', ord: ['gå ur', 'lämna förbundet'], sidorna: ['förbundsordningen'] },
    { id: 'egen', ord: ['min kommun'], sidorna: ['egen organisation'] },
    { id: 'ansokan', ord: ['ansökan om insats'], sidorna: ['behov till beslut'] },
  ];
  const leave = parseQuery('kan en kommun gå ur förbundet', lexicon({ concepts }));
  // "lämna förbundet" is not in the question: "förbundet" stays a förbund, leaving is a term of its own.
  assert.ok(!leave.terms.find((t) => t.typed === 'förbundet')?.alternatives.some((a) => a.concept));
  assert.ok(leave.terms.some((t) => t.typed === 'uttrade'));
  const own = parseQuery('vad betyder det för min kommun', lexicon({ concepts }));
  assert.ok(own.terms.find((t) => t.typed === 'kommun')?.alternatives.some((a) => a.concept));
  const apply = parseQuery('ansökan om insats', lexicon({ concepts }));
  assert.ok(apply.terms.find((t) => t.typed === 'insats')?.alternatives.some((a) => a.concept));
});

test("a concept whose words in the question all belong to another concept's phrases, which hold more of it, does not apply", () => {
  const concepts = [
    { id: 'resultat', ord: ['får jobb', 'efter insatsen'], sidorna: ['leder insatserna till'] },
    { id: 'arbeta-i-insats', ord: ['jobba insats'], sidorna: ['vem gör vad i insatsen'] },
  ];
  // "jobb" and "insatsen" are the words of "jobba insats" too, but the question is about results.
  assert.deepEqual(
    matchConcepts(keys('hur många får jobb efter insatsen'), concepts).map((c) => c.id),
    ['resultat'],
  );
  const q = parseQuery('hur många får jobb efter insatsen', lexicon({ concepts }));
  assert.ok(!q.terms.some((t) => t.alternatives.some((a) => a.words.includes('betalt') || a.words.join(' ') === 'vem gör vad insatsen')));
  // Neither holds all of the other's words: both apply.
  assert.deepEqual(
    matchConcepts(keys('får jag jobba i en insats'), concepts).map((c) => c.id),
    ['resultat', 'arbeta-i-insats'],
  );
});

test("a concept's wording for a term leaves out the question's other terms, unless the concept's phrase holds them too", () => {
  const concepts = [
    { id: 'resultat', ord: ['får jobb', 'efter insatsen'], sidorna: ['leder insatserna till'] },
    { id: 'arbeta-i-insats', ord: ['jobba insats'], sidorna: ['genomför insatsen'] },
  ];
  // "insatsen" is a term of its own ("efter insatsen" leads with a small word): "leder" stands for "jobb".
  const results = parseQuery('hur många får jobb efter insatsen', lexicon({ concepts }));
  const jobb = results.terms.find((t) => t.typed === 'jobb')!;
  assert.deepEqual(
    jobb.alternatives.filter((a) => a.concept).map((a) => a.words),
    [['leder']],
  );
  // "jobba insats" names both words: the wording stands for them together and stays whole.
  const work = parseQuery('kan jag jobba i en insats', lexicon({ concepts }));
  assert.deepEqual(
    work.terms
      .find((t) => t.typed === 'jobba')!
      .alternatives.filter((a) => a.concept)
      .map((a) => a.words),
    [['genomför', 'insatsen']],
  );
});

test('a question of only small words is still searched', () => {
  assert.deepEqual(parseQuery('vad är det').words, ['vad', 'är', 'det']);
});

test('a compound is not split into a small word and the rest: "underskott" is not "under" + "skott"', () => {
  const withParts = new Set(keys('under skott budget balans krav'));
  assert.equal(splitCompound('underskott', withParts), undefined);
  assert.deepEqual(splitCompound('balanskravet', withParts), ['balans', 'kravet']);
});

test('"definition", "vad betyder" ask for a definition and are no word to find', () => {
  const q = parseQuery('samordnad rehabilitering definition');
  assert.equal(q.definition, true);
  assert.deepEqual(q.words, ['samordnad', 'rehabilitering']);
  assert.equal(parseQuery('vad betyder per capsulam').definition, true);
  assert.equal(parseQuery('per capsulam').definition, undefined);
});

test('the word after "vad gör" / "vem är" is the subject of the question, like a genitive', () => {
  const q = parseQuery('vad gör styrelsen i ett samordningsförbund');
  assert.deepEqual(
    q.terms.map((t) => [t.typed, Boolean(t.subject)]),
    [
      ['styrelsen', true],
      ['samordningsförbund', false],
    ],
  );
  assert.equal(parseQuery('hur gör man en behovsanalys').terms[0].subject, undefined);
});

test('"hur mycket" and "hur många" count toward a heading written as that question', () => {
  assert.deepEqual(parseQuery('hur mycket betalar staten').questionKeys, keys('hur mycket'));
});

test('a concept named by small words ("vad gör") keeps them in its wording, to match "Vad gör …?" headings', () => {
  const concepts = [{ id: 'ansvar', ord: ['roll', 'vad gör'], sidorna: ['uppgifter', 'vad gör'] }];
  const q = parseQuery('vad gör förbundschefen', lexicon({ concepts }));
  const added = q.terms.find((t) => t.typed === 'ansvar');
  assert.ok(added, 'the concept is a term of its own');
  // First as the reader asked it (matched in headings only), then in the pages' wording.
  assert.deepEqual(
    added.alternatives.map((a) => [a.words, Boolean(a.asked)]),
    [
      [['vad', 'gör'], true],
      [['uppgifter'], false],
      [['vad', 'gör'], false],
    ],
  );
  assert.ok(added.alternatives.every((a) => a.local));
});

test('a variant the guidance never uses is not searched in Pagefind beside its synonym', () => {
  const q = parseQuery('förbundsdirektör budget', lexicon({ vocabulary }));
  assert.deepEqual(searchWords(q), ['förbundschef', 'budget']);
  assert.equal(q.terms[0].alternatives[1].local, true);
  // Without a vocabulary (nothing known) the variant is searched as before.
  assert.deepEqual(searchWords(parseQuery('förbundsdirektör', lexicon())), ['förbundschef', 'förbundsdirektör']);
});

test('a very short word is told apart from the longer words of the guidance it merely starts', () => {
  const vocabulary = new Set([
    'jav',
    'javet',
    'javsregl',
    'regl',
    'javascript',
    'rad',
    'radet',
    'radgivning',
    'mal',
    'mall',
    'malgrupp',
    'grupp',
  ]);
  assert.deepEqual(unrelatedExtensions('jäv', vocabulary), ['javascript']);
  assert.deepEqual(unrelatedExtensions('råd', vocabulary), ['radgivning']);
  assert.deepEqual(unrelatedExtensions('mål', vocabulary), ['mall']);
  // Longer words are matched by their stem already.
  assert.deepEqual(unrelatedExtensions('jävs', vocabulary), []);
});

test('a word the pages use only with an ending the stemmer keeps counts as used, so Pagefind is asked for it', () => {
  // The pages say "arvodet" (key "arvodet"); the reader types "arvode" (key "arvod").
  const lexicon: Lexicon = { ...emptyLexicon(), vocabulary: new Set([key('arvodet'), key('revisorerna')]) };
  assert.deepEqual(searchWords(parseQuery('arvode', lexicon)), ['arvode']);
  assert.deepEqual(searchWords(parseQuery('arvodexyz', lexicon)), []);
});

test('small words typed without å, ä and ö are small words: set aside, or kept as question words', () => {
  const q = parseQuery('nar ska arsredovisningen vara klar');
  assert.deepEqual(q.words, ['arsredovisningen', 'klar']);
  assert.deepEqual(parseQuery('hur manga förbund').questionKeys, [key('hur'), key('många')]);
  assert.deepEqual(parseQuery('vad innebar ansvarsfrihet').words, ['ansvarsfrihet']);
  // A word typed with its letters is unchanged.
  assert.deepEqual(parseQuery('förbund').words, ['förbund']);
});

test('the words a question is wrapped in ("hur fungerar", "berätta om", "information om") are set aside', () => {
  assert.deepEqual(parseQuery('hur fungerar beredningsgruppen').words, ['beredningsgruppen']);
  assert.deepEqual(parseQuery('berätta om nationella rådet').words, ['nationella', 'rådet']);
  assert.deepEqual(parseQuery('information om styrelsen').words, ['styrelsen']);
});

test("prepositions the stop list lacks and the reader's own thinking are set aside", () => {
  assert.deepEqual(parseQuery('vad ska vi tänka på kring ersättare').words, ['ersättare']);
  assert.deepEqual(parseQuery('jag undrar angående budgeten').words, ['budgeten']);
});

test('a variant stands for the guidance word when intents and concepts are matched', () => {
  const q = parseQuery('kassans roll', lexicon());
  assert.ok(q.allKeys.includes(key('försäkringskassan')));
});

test('a misspelling of a word the guidance uses is also searched as that word', () => {
  const vocabulary = new Set(keys('försäkringskassan styrelsen samordningsförbund budget'));
  assert.equal(correctTypo('försäkringskasan', vocabulary), key('försäkringskassan'));
  assert.equal(correctTypo('samordningsförbud', vocabulary), key('samordningsförbund'));
  // Short words are not guessed at, nor words far from any word of the guidance.
  assert.equal(correctTypo('budgt', vocabulary), undefined);
  assert.equal(correctTypo('budgit', vocabulary), 'budget');
  assert.equal(correctTypo('xyzabcdefgh', vocabulary), undefined);
  const q = parseQuery('försäkringskasan', { ...emptyLexicon(), vocabulary });
  assert.ok(searchWords(q).includes(key('försäkringskassan')));
});

test('a misspelling that changes the stem is still corrected: two letters swapped count as one, and an ending the stemmer left on is set aside', () => {
  const vocabulary = new Set(keys('styrelsen budget ansvarsfrihet beredningsgruppen kommunen'));
  // Swapped letters: two single edits apart ("komumn", "kommun"), one swap apart.
  assert.equal(correctTypo('komumnen', vocabulary), key('kommunen'));
  // "styrelesn" keeps its n (the stemmer knows no such word); "styreles" is one letter from "styrels".
  assert.equal(correctTypo('styrelesn', vocabulary), key('styrelsen'));
  assert.equal(correctTypo('ansvarsfirhet', vocabulary), key('ansvarsfrihet'));
  // A correction is searched beside a compound split of the misspelt word, not instead of it.
  const q = parseQuery('beredingsgruppen', { ...emptyLexicon(), vocabulary: new Set([...vocabulary, ...keys('grupp bered')]) });
  assert.ok(searchWords(q).includes(key('beredningsgruppen')));
  // A misspelling the stemmer shortens is compared as typed too: "sekretes" stems to "sekret", three
  // letters from "sekretess", but as typed it is one letter from it.
  assert.equal(correctTypo('sekretes', new Set(keys('sekretess styrelsen'))), key('sekretess'));
  // With `other`, a word of the guidance is not its own correction.
  assert.equal(correctTypo('budget', vocabulary), 'budget');
  assert.equal(correctTypo('budget', vocabulary, { other: true }), undefined);
});

test("a reader's word that a concept names is not guessed at as a misspelling of a word of the guidance", () => {
  // Review 27: "remiss" (one letter from "remis" + s) was searched as "revis" and found only the revisors.
  const vocabulary = new Set(keys('revisor revision målgruppen delta'));
  const all = (q: ReturnType<typeof parseQuery>) => q.terms.flatMap((t) => t.alternatives.flatMap((a) => a.keys));
  assert.ok(all(parseQuery('remiss', lexicon({ vocabulary }))).includes('revis'));
  const concepts = [{ id: 'fa-delta', ord: ['remiss', 'får delta'], sidorna: ['hör till målgruppen'] }];
  const q = parseQuery('remiss', lexicon({ vocabulary, concepts }));
  assert.ok(!all(q).includes('revis'));
  // It stands for the concept's wording on the pages instead.
  assert.ok(q.terms[0].alternatives.some((a) => a.concept && a.words.includes('målgruppen')));
});
test('a word for the kind of document wanted (mall, blankett) is set aside: the question is about its subject', () => {
  assert.deepEqual(parseQuery('årsredovisning mall').words, ['årsredovisning']);
  assert.deepEqual(parseQuery('mallen för verksamhetsplan och budget').words, ['verksamhetsplan', 'budget']);
  assert.deepEqual(parseQuery('blanketter för samtycke').words, ['samtycke']);
  // Alone it is all the question there is, and is searched as typed.
  assert.deepEqual(parseQuery('mall').words, ['mall']);
});

test('a comparison marks the two things it compares; its own words are question words, not terms', () => {
  const vs = parseQuery('individinriktad vs strukturövergripande insatser');
  assert.equal(vs.comparison, true);
  assert.deepEqual(
    vs.terms.filter((t) => t.compared).map((t) => t.typed),
    ['individinriktad', 'strukturövergripande'],
  );
  assert.ok(!vs.terms.some((t) => t.typed === 'vs'));
  const between = parseQuery('skillnad mellan ordinarie ledamot och ersättare');
  assert.deepEqual(
    between.terms.filter((t) => t.compared).map((t) => t.typed),
    ['ledamot', 'ersättare'],
  );
  assert.ok(!between.terms.some((t) => t.typed.startsWith('skillnad')));
  // "eller" without a comparison word asks about one thing: the reader's own role.
  assert.equal(parseQuery('representerar jag kommunen eller förbundet').comparison, undefined);
});

test('"jämföra" asks whether two things can be compared: it stays a word the heading must hold', () => {
  const q = parseQuery('varför går det inte att jämföra sus med nya systemet');
  assert.equal(q.comparison, undefined);
  assert.ok(q.terms.some((t) => t.typed === 'jämföra'));
});

test('a real word typed for another is respelt when its neighbour shows which phrase was meant', () => {
  const data = {
    pages: [
      { url: '/ekonomi/', title: 'Ekonomi', sections: [['Vad gäller för eget kapital och budget?', 'x']] as [string, string][] },
      // "kapitel" is a word of the guidance too: typo correction alone would leave it be.
      { url: '/lag/', title: 'Lagens kapitel' },
      { url: '/bildas/', title: 'Hur stort är förbundet?' },
    ],
    terms: [['eget-kapital', 'Eget kapital']] as [string, string][],
    faqs: [],
  };
  const lexicon: Lexicon = { ...emptyLexicon(), vocabulary: vocabularyOf(data), phrases: phrasesOf(data) };
  const wordings = (q: string, typed: string) =>
    parseQuery(q, lexicon)
      .terms.find((t) => t.typed === typed)
      ?.alternatives.flatMap((a) => a.keys);
  assert.ok(wordings('eget kapitel', 'kapitel')?.includes(key('kapital')));
  // Fine as typed: nothing is respelt.
  assert.deepEqual(wordings('eget kapital', 'kapital'), [key('kapital')]);
  // A word whose neighbour makes no phrase of the guidance stays as typed.
  assert.deepEqual(wordings('nytt kapitel', 'kapitel'), [key('kapitel')]);
  // A question word is no half of a phrase to respell by: "hur startar" is not "hur stort".
  assert.deepEqual(wordings('hur startar förbundet', 'startar'), [key('startar')]);
});

test('a phrase added to the set after a question was respelt by it counts for the next question', () => {
  const phrases = new Set([`${key('eget')} ${key('kapital')}`]);
  assert.deepEqual(respellByNeighbour('eget', 'kapitel', phrases), { word: 1, key: key('kapital') });
  assert.equal(respellByNeighbour('förbundets', 'bugdet', phrases), undefined);
  phrases.add(`${key('förbundets')} ${key('budget')}`);
  assert.deepEqual(respellByNeighbour('förbundets', 'bugdet', phrases), { word: 1, key: key('budget') });
  // Two phrases one letter from the pair: ambiguous, so nothing is respelt.
  phrases.add(`${key('eget')} ${key('kapitul')}`);
  assert.equal(respellByNeighbour('eget', 'kapitel', phrases), undefined);
});

test('"hur vet vi" and "vill veta" wrap a question: "veta" is no term every answer must hold', () => {
  assert.deepEqual(
    parseQuery('hur vet vi att insatserna gör nytta').terms.map((t) => t.typed),
    ['insatserna', 'nytta'],
  );
  assert.deepEqual(
    parseQuery('jag vill veta vad styrelsen beslutar').terms.map((t) => t.typed),
    ['styrelsen', 'beslutar'],
  );
});

test('a variant of several words is a phrase: put in the guidance word before its small words are set aside', () => {
  const phrases = lexicon({
    synonyms: synonymMap([
      { id: 'överskott', varianter: ['pengar över', 'blir över'] },
      { id: 'personuppgifter', varianter: ['personuppgift', 'uppgifter om person', 'uppgifter om deltagare'] },
    ]),
    concepts: [{ id: 'ansvar', ord: ['uppgift'], sidorna: ['roll'] }],
  });
  // Apart, "över" is a small word and "pengar" is on nearly every page.
  assert.deepEqual(parseQuery('vad händer om förbundet har pengar över vid årets slut', phrases).words, [
    'förbundet',
    'överskott',
    'årets',
    'slut',
  ]);
  // In any inflection, typed without å, ä and ö, and with an article inside.
  assert.deepEqual(parseQuery('pengarna over', phrases).words, ['överskott']);
  assert.deepEqual(parseQuery('får jag dela uppgifter om en person', phrases).words, ['dela', 'personuppgifter']);
  assert.deepEqual(parseQuery('uppgifterna om deltagarna', phrases).words, ['personuppgifter']);
  // The phrase's own words are gone for concepts too: "uppgifter" here is no role's tasks.
  const q = parseQuery('dela uppgifter om deltagare', phrases);
  assert.ok(!q.terms.some((t) => t.alternatives.some((a) => a.concept)));
  assert.ok(!q.allKeys.includes(key('uppgifter')));
  // Without the phrase the words mean what they mean alone; a quoted phrase is kept exact.
  assert.deepEqual(parseQuery('förbundets uppgifter', phrases).words, ['förbundets', 'uppgifter']);
  assert.deepEqual(parseQuery('"pengar över"', phrases).phrases, ['pengar över']);
});

test('a word after "min", "vår" (and "egen") names the reader\'s own organisation; "eget kapital" owns nothing', () => {
  const own = (q: string) =>
    parseQuery(q)
      .terms.filter((t) => t.own)
      .map((t) => t.typed);
  assert.deepEqual(own('vilka insatser finns i min kommun'), ['kommun']);
  assert.deepEqual(own('vår kommun funderar på att lämna förbundet'), ['kommun']);
  assert.deepEqual(own('rösta om något min egen kommun vill ha'), ['egen', 'kommun']);
  assert.deepEqual(own('hur stort eget kapital får vi ha'), []);
  assert.deepEqual(own('vad ansvarar kommunen för'), []);
});

test('only an organisation is the reader\'s own: "min region", "vår socialförvaltning", "vårt förbund", not "min anställning" or "vår andel"', () => {
  const own = (q: string) =>
    parseQuery(q)
      .terms.filter((t) => t.own)
      .map((t) => t.typed);
  assert.deepEqual(own('hur mycket ska min region betala'), ['region']);
  assert.deepEqual(own('vår socialförvaltning vill vara med'), ['socialförvaltning']);
  assert.deepEqual(own('får vårt förbund spara pengar'), ['förbund']);
  assert.deepEqual(own('min myndighet och förbundet'), ['myndighet']);
  assert.deepEqual(own('min egen organisation'), ['egen', 'organisation']);
  // What the question is about, though the reader calls it theirs (ex-12 p060: a false "no page answers").
  assert.deepEqual(own('kan jag jobba i en insats men vara kvar på min anställning'), []);
  assert.deepEqual(own('hur stor är vår andel av kostnaderna'), []);
  assert.deepEqual(own('hur går det för våra deltagare'), []);
  assert.deepEqual(own('min egen insats'), []);
});

test('a word followed by a verb of wanting or asking is the actor of the question: "kommunen vill", not "kommunens ansvar"', () => {
  const actors = (q: string) =>
    parseQuery(q)
      .terms.filter((t) => t.actor)
      .map((t) => t.typed);
  assert.deepEqual(actors('kommunen vill minska sitt bidrag'), ['kommunen']);
  assert.deepEqual(actors('regionen undrar om de kan betala mindre'), ['regionen']);
  assert.deepEqual(actors('arbetsförmedlingen funderar på att gå ur'), ['arbetsförmedlingen']);
  assert.deepEqual(actors('arbetsförmedlingens ansvar i förbundet'), []);
  assert.deepEqual(actors('vad gör styrelsen'), []);
  assert.deepEqual(actors('kan regionen säga upp avgiften'), []);
});

test('"vad händer om …" asks what follows: "händer" is searched for no page (its key is that of "hand") but still matches a heading that asks it', () => {
  const q = parseQuery('vad händer om en ledamot slutar');
  assert.deepEqual(q.words, ['ledamot', 'slutar']);
  assert.ok(q.questionKeys.includes(key('händer')));
});
