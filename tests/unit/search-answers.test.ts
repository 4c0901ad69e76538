import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GLOSSARY_PAGE, matchQuestion, matchTerm, namesOf, statusText, withoutAnswered } from '../../src/lib/search/answers.ts';
import { faqAnswers } from '../../src/lib/search/faq-answers.ts';
import { parseQuery } from '../../src/lib/search/query.ts';

const terms = [
  { id: 'beredningsgrupp', term: 'Beredningsgrupp', definition: 'Ett forum.' },
  { id: 'eget-kapital', term: 'Eget kapital', definition: 'Pengar som sparats.' },
];

test('a query that names a term gets its definition', () => {
  assert.equal(matchTerm('Beredningsgrupp', terms)?.id, 'beredningsgrupp');
  assert.equal(matchTerm('beredningsgruppen', terms)?.id, 'beredningsgrupp');
  assert.equal(matchTerm('Vad är eget kapital?', terms)?.id, 'eget-kapital');
  assert.equal(matchTerm('beredningsgrupp styrelse', terms), undefined);
  assert.equal(matchTerm('hur många beredningsgrupper finns det', terms), undefined);
});

const faqs = [
  { question: 'Kan styrelsen delegera beslut om att finansiera en insats?', anchor: 'kan-styrelsen', answer: 'Nej.' },
  { question: 'Vem kan vara projektägare i ESF+?', anchor: 'vem-kan', answer: 'En part.' },
];

test('a query close to a FAQ question gets its answer', () => {
  assert.equal(matchQuestion(parseQuery('kan styrelsen delegera beslut'), faqs)?.anchor, 'kan-styrelsen');
  assert.equal(matchQuestion(parseQuery('projektägare ESF+'), faqs)?.anchor, 'vem-kan');
  assert.equal(matchQuestion(parseQuery('styrelsen budget revision ekonomi'), faqs), undefined);
});

// Questions of the real FAQ page: "förbundet" is in many of them, as it is there.
const realFaqs = [
  'Får förbundet driva insatser själv?',
  'Får förbundet besluta om stöd till enskilda personer?',
  'Kan förbundet finansiera en ren språkutbildning eller skuldrådgivning?',
  'Kan förbundet finansiera insatser utanför sitt eget område?',
  'Kan styrelsen delegera beslut om att finansiera en insats?',
  'Kan ledamöterna delta i styrelsemötet på distans?',
  'Vem utser förbundets revisorer?',
  'Får förbundet söka pengar från ESF+?',
  'Kan Nationella rådet bestämma över förbundet?',
  'Vem sitter i styrelsen?',
  'Kan styrelsen fatta beslut utan att samlas till ett möte?',
  'Vem beslutar om ansvarsfrihet för styrelsen?',
].map((question) => ({ question, anchor: question, answer: '' }));
const asked = (q: string) => matchQuestion(parseQuery(q), realFaqs)?.anchor;

test('no FAQ answer for a question whose subject the FAQ question lacks', () => {
  // "eget" and "förbundet" are in the question about "sitt eget område", "kapital" is not.
  assert.equal(asked('hur mycket eget kapital får förbundet ha'), undefined);
  assert.equal(asked('hur stort eget kapital får ett förbund ha'), undefined);
  assert.equal(asked('vem sitter i nationella rådet'), undefined);
  assert.equal(asked('nationella rådets uppgift'), undefined);
  // Only words many questions share: no one question is the answer.
  assert.equal(asked('vilka insatser får förbundet finansiera'), undefined);
  assert.equal(asked('hur beslutas en insats'), undefined);
});

test('no FAQ answer when two query words are found in the same word of the question', () => {
  // "granskar" is searched as "revision" too: it and "revision" would both be found in "revisionen".
  const synonyms = new Map([['granskar', 'revision']]);
  // "styrelsen" is in most of the questions: it says whose question it is, not what it asks.
  const faqs = [
    'Vem betalar revisionen?',
    'Vem sitter i styrelsen?',
    'Vad gör styrelsen?',
    'Hur ofta möts styrelsen?',
    'Kan styrelsen delegera?',
  ].map((question) => ({
    question,
    anchor: question,
    answer: '',
  }));
  const q = (text: string) => matchQuestion(parseQuery(text, { synonyms, vocabulary: new Set(), concepts: [] }), faqs)?.anchor;
  assert.equal(q('vem granskar styrelsen revision'), undefined);
  // Each word found in a word of its own still counts: "betalar" and "revision".
  assert.equal(q('vem betalar revision'), 'Vem betalar revisionen?');
});

test('a FAQ answer still comes for questions that ask what the FAQ question asks', () => {
  assert.equal(asked('får förbundet driva insatser själv'), 'Får förbundet driva insatser själv?');
  assert.equal(asked('kan styrelsen delegera beslut om finansiering'), 'Kan styrelsen delegera beslut om att finansiera en insats?');
  assert.equal(asked('kan ledamöter delta i mötet på distans'), 'Kan ledamöterna delta i styrelsemötet på distans?');
  assert.equal(asked('vem utser revisorerna'), 'Vem utser förbundets revisorer?');
  assert.equal(asked('får vi finansiera skuldrådgivning'), 'Kan förbundet finansiera en ren språkutbildning eller skuldrådgivning?');
});

test('FAQ answers are read from the MDX under ### questions, citations stripped, Stat answers left to the link', () => {
  const mdx = [
    "import Kalla from '~/components/Kalla.astro';",
    '',
    '## Styrelsen',
    '',
    '### Kan styrelsen delegera?',
    '',
    'Nej, enligt **Försäkringskassan** får [styrelsen](/roller/styrelsen/) inte delegera. <Kalla id="x" plats="3.4" />',
    'Mer text.',
    '',
    'Andra stycket räknas inte.',
    '',
    '## Om förbunden',
    'Text under en ämnesrubrik är inget svar.',
    '',
    '### Hur många förbund finns?',
    '',
    'Det fanns <Stat id="antal-forbund" year={2024} /> förbund.',
  ].join('\n');
  assert.deepEqual(faqAnswers(mdx), [
    {
      question: 'Kan styrelsen delegera?',
      answer: 'Nej, enligt Försäkringskassan får styrelsen inte delegera. Mer text.',
      links: [[34, 43, '/roller/styrelsen/']],
      body: 'Nej, enligt Försäkringskassan får styrelsen inte delegera. Mer text.',
    },
    { question: 'Hur många förbund finns?', answer: '', body: 'Det fanns förbund.' },
  ]);
});

test('a definition question typed without å, ä and ö still names the term', () => {
  assert.equal(matchTerm('vad ar eget kapital', terms)?.id, 'eget-kapital');
  assert.equal(matchTerm('vad innebar beredningsgrupp', terms)?.id, 'beredningsgrupp');
});

test('the entry a direct answer shows is not listed again among the results', () => {
  const hits = [
    { url: '/uppfoljning/', open: 'hur-fungerade-sus' },
    { url: GLOSSARY_PAGE, open: 'sus' },
    { url: '/insatser/inriktningar/', open: undefined },
  ];
  const anchorOf = (h: (typeof hits)[number]) => h.open;
  assert.deepEqual(
    withoutAnswered(hits, { page: GLOSSARY_PAGE, anchor: 'sus' }, anchorOf).map((h) => h.url),
    ['/uppfoljning/', '/insatser/inriktningar/'],
  );
  // Another entry of the same page, or no direct answer at all, leaves the list as it is.
  assert.equal(withoutAnswered(hits, { page: GLOSSARY_PAGE, anchor: 'uppfoljning-finsam' }, anchorOf).length, 3);
  assert.equal(withoutAnswered(hits, undefined, anchorOf).length, 3);
});

test('the status line names the direct answer beside the results listed', () => {
  // A definition box above one result is "Ett direkt svar och 1 träff", a box alone is not "Inga träffar".
  assert.equal(statusText(1, true), 'textAnswerOne');
  assert.equal(statusText(0, true), 'textAnswerOnly');
  assert.equal(statusText(4, true), 'textAnswerOther');
  assert.equal(statusText(0, false), 'textNone');
  assert.equal(statusText(1, false), 'textOne');
  assert.equal(statusText(3, false), 'textOther');
  assert.equal(statusText(15, false), 'textOther');
});

test('the status line says how many of the results are shown while there are more', () => {
  // "Visar 5 av 12 träffar", then "12 träffar" when all are shown.
  assert.equal(statusText(12, false, 5), 'textSome');
  assert.equal(statusText(12, false, 12), 'textOther');
  assert.equal(statusText(12, true, 5), 'textAnswerSome');
  assert.equal(statusText(12, true, 12), 'textAnswerOther');
  // A long list says how many it holds, like the filters that count the same results: "Visar 5 av 30".
  assert.equal(statusText(30, false, 5), 'textSome');
  assert.equal(statusText(30, true, 5), 'textAnswerSome');
  // Four results are all shown at once.
  assert.equal(statusText(4, false, 4), 'textOther');
});

test("an answer's closing 'Läs mer' link is kept apart from its text, for the answer box to link there once", () => {
  const mdx = [
    "import Kalla from '~/components/Kalla.astro';",
    '',
    '### Vem betalar revisionen?',
    '',
    'Förbundet betalar. <Kalla id="x" plats="3.9.4" /> Läs mer under [Vem betalar revisionen?](/roller/revisorerna/#vem-betalar-revisionen)',
    '',
    '### Vem utser revisorerna?',
    '',
    'Läs mer på sidan [Revision](/revision/) om hur det går till. Parterna utser dem.',
  ].join('\n');
  const [pays, appoints] = faqAnswers(mdx);
  assert.equal(pays.answer, 'Förbundet betalar.');
  assert.deepEqual(pays.more, { title: 'Vem betalar revisionen?', href: '/roller/revisorerna/#vem-betalar-revisionen' });
  // A link inside the answer, not closing it, stays part of the text, and a link there.
  assert.equal(appoints.answer, 'Läs mer på sidan Revision om hur det går till. Parterna utser dem.');
  assert.deepEqual(appoints.links, [[17, 25, '/revision/']]);
  assert.equal(appoints.more, undefined);
});

test("an answer keeps its links to the site's pages, where their words are in its text", () => {
  const mdx = [
    "import Kalla from '~/components/Kalla.astro';",
    '',
    '### Vem utser förbundets revisorer?',
    '',
    'Förbundet granskas av en [revisor](/ordlista/#revisor) för varje medlem. <Kalla id="x" plats="25 §" />',
    'Läs mer under [Vem utser revisorerna?](/roller/revisorerna/#vem-utser-revisorerna) och på sidan [Revision](/revision/).',
    '',
    '### Var står det?',
    '',
    'I [*lagen*  om finansiell samordning](/lagstiftning/) och på [en annan webbplats](https://example.org/), ',
    'som [inte](//example.org/) länkas härifrån.',
  ].join('\n');
  const [appoints, where] = faqAnswers(mdx);
  // Two links close it: the sentence stays in the text, and so do its links (reader review).
  assert.equal(appoints.more, undefined);
  const linked = (f: typeof appoints) => (f.links ?? []).map(([start, end, href]) => [f.answer.slice(start, end), href]);
  assert.deepEqual(linked(appoints), [
    ['revisor', '/ordlista/#revisor'],
    ['Vem utser revisorerna?', '/roller/revisorerna/#vem-utser-revisorerna'],
    ['Revision', '/revision/'],
  ]);
  assert.match(appoints.answer, /medlem\. Läs mer under Vem utser revisorerna\? och på sidan Revision\.$/);
  // Spaces tidied inside a link keep its words; a link to another website is plain text.
  assert.equal(where.answer, 'I lagen om finansiell samordning och på en annan webbplats, som inte länkas härifrån.');
  assert.deepEqual(linked(where), [['lagen om finansiell samordning', '/lagstiftning/']]);
});

test('a compound asked for is found by its last part, the thing it is, but a word that picks a question out only as itself', () => {
  const faqs = [
    'När får en ledamot inte delta i ett beslut på grund av jäv?',
    'Vem företräder jag som styrelseledamot?',
    'Får förbundet hantera personuppgifter om deltagarna?',
    'Vilka grupper ska förbunden prioritera?',
    'Vem sitter i styrelsen?',
    'Får förbundet driva insatser själv?',
    'Vem utser förbundets revisorer?',
  ].map((question) => ({ question, anchor: question, answer: '' }));
  const answered = (q: string) => matchQuestion(parseQuery(q), faqs)?.anchor;
  // A styrelseledamot is a ledamot, målgrupper are grupper.
  assert.equal(answered('jäv styrelseledamot'), 'När får en ledamot inte delta i ett beslut på grund av jäv?');
  assert.equal(answered('prioriterade målgrupper'), 'Vilka grupper ska förbunden prioritera?');
  // A samordningsförbund is a förbund, but its uppgifter are not the personuppgifter of the question.
  assert.equal(answered('samordningsförbundets uppgifter'), undefined);
});

test('a term is named in any inflection of its words, and a term spelt as asked wins over one that only inflects to it', () => {
  const glossary = [
    { id: 'individinriktad-insats', term: 'Individinriktad insats', definition: '' },
    { id: 'preciserad-inriktning', term: 'Preciserad inriktning', definition: '' },
    { id: 'insats', term: 'Insats', definition: '' },
    { id: 'insatser', term: 'Insatser', definition: '' },
  ];
  // "individinriktade" and "insatser" keep endings the stemmer leaves on the term's words.
  assert.equal(matchTerm('individinriktade insatser', glossary)?.id, 'individinriktad-insats');
  assert.equal(matchTerm('preciserade inriktningar', glossary)?.id, 'preciserad-inriktning');
  assert.equal(matchTerm('insatser', glossary)?.id, 'insatser');
  assert.equal(matchTerm('insats', glossary)?.id, 'insats');
  // Still the whole query, word for word.
  assert.equal(matchTerm('individinriktade insatser för unga', glossary), undefined);
});

test('a definition question may follow the term, or end in a filler word', () => {
  const glossary = [{ id: 'nationella-radet', term: 'Nationella rådet', definition: '' }];
  assert.equal(matchTerm('nationella rådet vad är det', glossary)?.id, 'nationella-radet');
  assert.equal(matchTerm('nationella rådet vad gör de', glossary)?.id, 'nationella-radet');
  assert.equal(matchTerm('vad gör nationella rådet egentligen', glossary)?.id, 'nationella-radet');
  assert.equal(matchTerm('vad är egentligen nationella rådet', glossary)?.id, 'nationella-radet');
  assert.equal(matchTerm('nationella rådet och förbunden', glossary), undefined);
});

test('a term with a parenthesis is asked by the words before it, and an abbreviation also by what it stands for', () => {
  assert.deepEqual(namesOf('Part (samverkanspart)'), ['Part (samverkanspart)', 'Part']);
  assert.deepEqual(namesOf('NNS (Nationella nätverket för samordningsförbund)'), [
    'NNS (Nationella nätverket för samordningsförbund)',
    'NNS',
    'Nationella nätverket för samordningsförbund',
  ]);
  assert.deepEqual(namesOf('Revisor'), ['Revisor']);
  const glossary = [
    { id: 'nns', term: 'NNS (Nationella nätverket för samordningsförbund)', definition: '' },
    { id: 'part', term: 'Part (samverkanspart)', definition: '' },
    { id: 'uppgiftsskyldighet', term: 'Uppgiftsskyldighet (förslag)', definition: '' },
  ];
  assert.equal(matchTerm('NNS', glossary)?.id, 'nns');
  assert.equal(matchTerm('vad är NNS', glossary)?.id, 'nns');
  assert.equal(matchTerm('nationella nätverket för samordningsförbund', glossary)?.id, 'nns');
  assert.equal(matchTerm('vilka är parterna', glossary)?.id, 'part');
  assert.equal(matchTerm('uppgiftsskyldighet', glossary)?.id, 'uppgiftsskyldighet');
  // A parenthesis after a word that is no abbreviation qualifies the term; it does not name it.
  assert.equal(matchTerm('förslag', glossary), undefined);
  assert.equal(matchTerm('samverkanspart', glossary), undefined);
});

// Questions of the real FAQ page, enough of them that "styrelsen" and "förbundet" are common there.
const boardFaqs = [
  'Vad gör styrelsen?',
  'Vem sitter i styrelsen?',
  'Vem företräder jag som styrelseledamot?',
  'Får min organisation tala om vad den tycker inför ett styrelsemöte?',
  'Får styrelsens ledamöter arvode?',
  'När får en ledamot inte delta i ett beslut på grund av jäv?',
  'Kan styrelsen delegera beslut om att finansiera en insats?',
  'Kan styrelsen fatta beslut utan att samlas till ett möte?',
  'Kan ledamöterna delta i styrelsemötet på distans?',
  'Kan flera kommuner dela på en plats i styrelsen?',
  'Vem utser förbundets revisorer?',
  'Vem beslutar om ansvarsfrihet för styrelsen?',
  'Finns det någon tillsyn över samordningsförbunden?',
  'Får förbundet driva insatser själv?',
  'Får förbundet söka pengar från ESF+?',
  'Kan Nationella rådet bestämma över förbundet?',
].map((question) => ({ question, anchor: question, answer: '' }));
// "hur många" asks for a number: a concept named only by question words, as in content/sok/begrepp.yaml.
const kindLexicon = {
  synonyms: new Map(),
  vocabulary: new Set<string>(),
  concepts: [{ id: 'antal', ord: ['hur många', 'antal'], sidorna: ['antal'] }],
};
const board = (q: string) => matchQuestion(parseQuery(q, kindLexicon), boardFaqs)?.anchor;

test('a query that asks otherwise than a FAQ question gets it only if the question is about nothing the query lacks', () => {
  // "Kan styrelsen … möte?" asks whether it may decide without meeting, not how often it meets.
  assert.equal(board('hur ofta möts styrelsen'), undefined);
  // A number of revisorer is not who appoints them ("utser" is not asked).
  assert.equal(board('hur många revisorer har ett förbund'), undefined);
  assert.equal(board('hur många platser får varje kommun i styrelsen'), undefined);
  // The question holds nothing the query lacks: it answers it, though it asks with another word.
  assert.equal(board('hur många sitter i styrelsen'), 'Vem sitter i styrelsen?');
  assert.equal(board('vem har tillsyn över samordningsförbunden'), 'Finns det någon tillsyn över samordningsförbunden?');
  assert.equal(board('arvode styrelseledamot hur mycket'), 'Får styrelsens ledamöter arvode?');
  // The same question words as the FAQ question: the other rules decide, as before.
  assert.equal(board('ansvarsfrihet styrelse hur går det till'), 'Vem beslutar om ansvarsfrihet för styrelsen?');
  assert.equal(board('kan styrelsen delegera beslut om finansiering'), 'Kan styrelsen delegera beslut om att finansiera en insats?');
  assert.equal(board('kan styrelsen fatta beslut utan möte'), 'Kan styrelsen fatta beslut utan att samlas till ett möte?');
});

test('a query of one word gets the one FAQ question that has it, and only when no other question has it', () => {
  assert.equal(board('jäv'), 'När får en ledamot inte delta i ett beslut på grund av jäv?');
  assert.equal(board('arvode'), 'Får styrelsens ledamöter arvode?');
  assert.equal(board('distans'), 'Kan ledamöterna delta i styrelsemötet på distans?');
  // In many questions, or in two: it picks none of them.
  assert.equal(board('styrelsen'), undefined);
  assert.equal(board('ledamot'), undefined);
  // More than the word: the query asks something of it that the question need not answer.
  assert.equal(board('vad är jäv'), undefined);
  assert.equal(board('jäv mall'), undefined);
  // Inside a compound only ("styrelsemötet"): "möte" is not what that question is about.
  assert.equal(board('mötet'), undefined);
});
