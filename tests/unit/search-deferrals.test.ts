import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deferrals, glossaryLinkProblems, readMoreAt, type LinkedPage } from '../../src/lib/search/deferrals.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { preparePages, rankPages, type Found } from '../../src/lib/search/rank.ts';

const body = `
import Kalla from '~/components/Kalla.astro';

## Vad händer när revisionen påtalar brister?

Sedan 2018 påminner Försäkringskassan styrelserna om bristerna. <Kalla id="x" plats="avsnitt 2.4" /> Läs mer på sidan Revision, under [Vad gör styrelsen när revisorerna påtalar brister?](/revision/#vad-gör-styrelsen-när-revisorerna-påtalar-brister)

## Vilken roll har Svenska ESF-rådet?

ESF-rådet beslutar om stöd. Läs mer på sidan om [beredningsgruppen](/roller/beredningsgrupp/#vad-innebär-de-utvidgade-uppgifterna-om-esf).

## Vad kan styrelsen fråga?

- Hur fördelas pengarna? Läs mer under [Hur många insatser av varje slag finansieras?](/insatser/#hur-många-insatser-av-varje-slag-finansieras)

## Vad är ansvarsfrihet?

Se [Ansvarsfrihet](/ordlista/#ansvarsfrihet). Läs mer under [Vad granskar revisorerna?](/roller/revisorerna/#vad-granskar-revisorerna)

## Vem granskar?

${'Revisorerna granskar räkenskaperna och förvaltningen varje år. '.repeat(12)}Läs mer under [Hur prövas ansvarsfriheten?](/revision/#hur-prövas-ansvarsfriheten)
`;

test('a short section that sends the reader on by the heading of another page points there', () => {
  const found = deferrals(body, '/roller/revisorerna/');
  assert.deepEqual(
    [...found],
    [['Vad händer när revisionen påtalar brister?', '/revision/#vad-gör-styrelsen-när-revisorerna-påtalar-brister']],
  );
});

test('no pointer: a link named as a page, a list item, a link to its own page, a long section', () => {
  const found = deferrals(body, '/roller/revisorerna/');
  for (const heading of ['Vilken roll har Svenska ESF-rådet?', 'Vad kan styrelsen fråga?', 'Vad är ansvarsfrihet?', 'Vem granskar?'])
    assert.equal(found.has(heading), false, heading);
});

test('a page whose matching section only points on ranks right below the page it points to, which opens there', () => {
  const pages = preparePages({
    pages: [
      {
        url: '/roller/revisorerna/',
        title: 'Revisorerna',
        sections: [['Vad händer när revisionen påtalar brister?', 'brister']],
        defers: [['brister', '/revision/#styrelsen-brister']],
      },
      {
        url: '/revision/',
        title: 'Revision',
        sections: [
          ['Hur revideras ett förbund?', 'hur'],
          ['Vad gör styrelsen?', 'styrelsen-brister'],
        ],
      },
    ],
    terms: [],
    faqs: [],
  });
  const q = parseQuery('vad händer när revisorerna påtalar brister');
  const found = new Map<string, Found>([
    ['/roller/revisorerna/', { words: new Set(q.words), score: 1, all: true }],
    ['/revision/', { words: new Set(['brister']), score: 0.3, all: false }],
  ]);
  const ranked = rankPages(q, pages, found);
  assert.deepEqual(
    ranked.map((r) => r.url),
    ['/revision/', '/roller/revisorerna/'],
  );
  assert.equal(ranked[0].section?.anchor, 'styrelsen-brister');
  assert.equal(ranked[0].headings?.[0].anchor, 'styrelsen-brister');
  // Without the pointer the role page, whose title and heading hold the question, comes first.
  const plain = preparePages({
    pages: pages.map((p) => ({ url: p.url, title: p.title, sections: p.sections.map((s) => [s.text, s.anchor] as [string, string]) })),
    terms: [],
    faqs: [],
  });
  assert.equal(rankPages(q, plain, found)[0].url, '/roller/revisorerna/');
});

test('a page the reader names by its title is not led away by a section that points on', () => {
  const pages = preparePages({
    pages: [
      // A page of entries (its questions are its headings) opens at its best entry, never at its title.
      { url: '/fragor-och-svar/', title: 'Frågor och svar', entries: 'faqs', defers: [['esf-styrelsen', '/esf/#var-tas-fragorna-upp']] },
      { url: '/esf/', title: 'ESF+', sections: [['Var tas frågorna upp?', 'var-tas-fragorna-upp']] },
    ],
    terms: [],
    faqs: [['esf-styrelsen', 'Ska frågor om ESF tas upp i styrelsen?']],
  });
  const q = parseQuery('frågor och svar');
  const found = new Map<string, Found>([
    ['/fragor-och-svar/', { words: new Set(q.words), score: 1, all: true }],
    ['/esf/', { words: new Set(q.words), score: 0.2, all: true }],
  ]);
  assert.equal(rankPages(q, pages, found)[0].url, '/fragor-och-svar/');
  // The same section still leads on from a question that does not name the page.
  const asked = parseQuery('ska frågor om esf tas upp i styrelsen');
  const foundAsked = new Map<string, Found>([
    ['/fragor-och-svar/', { words: new Set(asked.words), score: 1, all: true }],
    ['/esf/', { words: new Set(['frågor']), score: 0.2, all: false }],
  ]);
  assert.equal(rankPages(asked, pages, foundAsked)[0].url, '/esf/');
});

test('a "Läs mer" link follows a section that only points on, and is named by where it lands', () => {
  const pages = new Map<string, LinkedPage>([
    [
      '/roller/revisorerna/',
      { title: 'Revisorerna', sections: [['Hur går prövningen av ansvarsfrihet till?', 'hur-går-prövningen-av-ansvarsfrihet-till']] },
    ],
    ['/revision/', { title: 'Revision', sections: [['Hur prövas ansvarsfriheten?', 'hur-prövas-ansvarsfriheten']] }],
    ['/roller/forbundschef/', { title: 'Förbundschef och kansli', sections: [] }],
  ]);
  const pointers = new Map([['/roller/revisorerna/#hur-går-prövningen-av-ansvarsfrihet-till', '/revision/#hur-prövas-ansvarsfriheten']]);
  // The one-sentence section on the revisors' page says "Läs mer på sidan Revision": that is where it leads.
  assert.deepEqual(readMoreAt('/roller/revisorerna/#hur-går-prövningen-av-ansvarsfrihet-till', pages, pointers), {
    title: 'Hur prövas ansvarsfriheten?',
    href: '/revision/#hur-prövas-ansvarsfriheten',
  });
  // Written percent-encoded, the same.
  assert.equal(
    readMoreAt('/roller/revisorerna/#hur-g%C3%A5r-pr%C3%B6vningen-av-ansvarsfrihet-till', pages, pointers)?.href,
    '/revision/#hur-prövas-ansvarsfriheten',
  );
  // A section that answers is where the link stays; a page is named by its title.
  assert.deepEqual(readMoreAt('/revision/#hur-prövas-ansvarsfriheten', pages, pointers)?.title, 'Hur prövas ansvarsfriheten?');
  assert.deepEqual(readMoreAt('/roller/forbundschef/', pages, pointers), {
    title: 'Förbundschef och kansli',
    href: '/roller/forbundschef/',
  });
  // No such page or heading: nothing to name.
  assert.equal(readMoreAt('/finns-inte/', pages, pointers), undefined);
  assert.equal(readMoreAt('/revision/#finns-inte', pages, pointers), undefined);
  // Sections that point at each other end where the circle closes, not in a loop.
  const circle = new Map([
    ['/revision/#hur-prövas-ansvarsfriheten', '/roller/revisorerna/#hur-går-prövningen-av-ansvarsfrihet-till'],
    ['/roller/revisorerna/#hur-går-prövningen-av-ansvarsfrihet-till', '/revision/#hur-prövas-ansvarsfriheten'],
  ]);
  assert.ok(readMoreAt('/revision/#hur-prövas-ansvarsfriheten', pages, circle));
});

test('a glossary entry that links to a heading that does not exist stops the build, naming the file and a near heading', () => {
  const pages = new Map<string, LinkedPage>([
    [
      '/ekonomi/',
      {
        title: 'Ekonomi',
        sections: [
          ['Vad gäller för eget kapital och budget i balans?', 'vad-gäller-för-eget-kapital-och-budget-i-balans'],
          ['Vad går pengarna till?', 'vad-går-pengarna-till'],
        ],
      },
    ],
  ]);
  const ok = [
    { file: 'content/ordlista/ekonomi.yaml', sida: '/ekonomi/' },
    { file: 'content/ordlista/budget-i-balans.yaml', sida: '/ekonomi/#vad-gäller-för-eget-kapital-och-budget-i-balans' },
    { file: 'content/ordlista/eget-kapital.yaml', sida: '/ekonomi/#vad-g%C3%A4ller-f%C3%B6r-eget-kapital-och-budget-i-balans' },
    { file: 'content/ordlista/sus.yaml' },
  ];
  assert.deepEqual(glossaryLinkProblems(ok, pages), []);
  const [renamed, gone] = glossaryLinkProblems(
    [
      { file: 'content/ordlista/budget-i-balans.yaml', sida: '/ekonomi/#vad-gäller-för-budget-i-balans' },
      { file: 'content/ordlista/tillsyn.yaml', sida: '/tillsyn/' },
    ],
    pages,
  );
  assert.match(renamed, /^content\/ordlista\/budget-i-balans\.yaml: .*ingen rubrik med ankaret #vad-gäller-för-budget-i-balans/);
  assert.match(renamed, /Menar du #vad-gäller-för-eget-kapital-och-budget-i-balans/);
  assert.match(gone, /^content\/ordlista\/tillsyn\.yaml: .*\/tillsyn\/ är ingen sida/);
});
