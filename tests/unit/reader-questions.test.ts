import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  askedFromWire,
  blankReaderQuestions,
  askedToWire,
  questionRanges,
  readerQuestionWords,
  withoutReaderQuestions,
} from '../../src/lib/search/reader-questions.ts';
import {
  addReaderQuestions,
  askedPositions,
  questionsText,
  readReaderQuestions,
  removeReaderQuestions,
  QUESTIONS_DIR,
} from '../../src/lib/reader-questions-files.ts';
import { askedScore, preparePages, rankPages, READER_QUESTION, type Found } from '../../src/lib/search/rank.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { fromWire, toWire } from '../../src/lib/search/data-wire.ts';
import { sectionOpening, type PagefindAnchor } from '../../src/lib/search/section-text.ts';
import { cleanExcerpt, textAfter } from '../../src/lib/search/excerpt.ts';

const page =
  '<h1 id="_top">Styrelsen</h1><h2 id="vad-får-styrelsen-inte-delegera">Vad får styrelsen inte delegera?</h2><p>Text.</p><h2 id="möten">Möten</h2>';
const questions = new Map([['vad-får-styrelsen-inte-delegera', ['kan chefen besluta om insatser', 'delegering "styrelse"']]]);

test('a heading gets its questions in an attribute Pagefind indexes, between the marks; out again they leave the page as it was', () => {
  const problems: string[] = [];
  const html = addReaderQuestions(page, '/roller/styrelsen/', 'content/sok/lasarfragor/roller.yaml', questions, problems);
  assert.deepEqual(problems, []);
  assert.match(
    html,
    /<h2 id="vad-får-styrelsen-inte-delegera" data-lasarfragor="⁅ kan chefen besluta om insatser\. delegering &quot;styrelse&quot; ⁆" data-pagefind-index-attrs="data-lasarfragor">/,
  );
  assert.match(html, /<h2 id="möten">/);
  assert.equal(removeReaderQuestions(html), page);
});

test('a question for a heading the page does not have names the file, the page, the anchor and the headings there', () => {
  const problems: string[] = [];
  // Starlight's table of contents is a heading too, but not one an editor can put questions under.
  const withContents = `<h2 id="starlight__on-this-page">På den här sidan</h2>${page}`;
  addReaderQuestions(withContents, '/roller/styrelsen/', 'content/sok/lasarfragor/roller.yaml', new Map([['delegera', ['x y']]]), problems);
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    /^content\/sok\/lasarfragor\/roller\.yaml: \/roller\/styrelsen\/ har ingen rubrik med ankaret "delegera"\. Rubrikerna där: vad-får-styrelsen-inte-delegera, möten\.$/,
  );
});

test('the files are read per page and heading; a wrong address, an empty list, an over-long question and a second entry for a page are named', () => {
  const root = mkdtempSync(join(tmpdir(), 'lasarfragor-'));
  mkdirSync(join(root, QUESTIONS_DIR), { recursive: true });
  writeFileSync(
    join(root, QUESTIONS_DIR, 'a.yaml'),
    '/roller/styrelsen/:\n  möten:\n    - " hur ofta träffas de "\n  tom: []\nroller/fel:\n  x: [y]\n',
  );
  writeFileSync(
    join(root, QUESTIONS_DIR, 'b.yaml'),
    `/roller/styrelsen/:\n  möten: [a]\n/ekonomi/:\n  pengar: ["${'ord '.repeat(13).trim()}"]\n`,
  );
  const { questions: read, problems } = readReaderQuestions(root);
  assert.deepEqual(read.get('/roller/styrelsen/')?.headings.get('möten'), ['hur ofta träffas de']);
  assert.equal(read.get('/roller/styrelsen/')?.file, 'content/sok/lasarfragor/a.yaml');
  assert.equal(problems.length, 4, problems.join('\n'));
  assert.match(problems[0], /a\.yaml: \/roller\/styrelsen\/ tom: ska vara en lista/);
  assert.match(problems[1], /a\.yaml: "roller\/fel" är ingen sidadress/);
  assert.match(problems[2], /b\.yaml: \/roller\/styrelsen\/ finns redan i content\/sok\/lasarfragor\/a\.yaml/);
  assert.match(problems[3], /b\.yaml: \/ekonomi\/ pengar: ".*" har fler än 12 ord/);
});

test('excerpts lose whole reader questions and those cut at either end; other text is kept', () => {
  assert.equal(
    withoutReaderQuestions('Inledning. ⁅kan chefen <mark>besluta</mark>. delegering⁆ Vad får styrelsen'),
    'Inledning. Vad får styrelsen',
  );
  assert.equal(
    withoutReaderQuestions('<mark>besluta</mark> om insatser⁆ Vad får styrelsen inte delegera? Text.'),
    'Vad får styrelsen inte delegera? Text.',
  );
  assert.equal(withoutReaderQuestions('Text om möten. ⁅hur ofta'), 'Text om möten.');
  assert.equal(withoutReaderQuestions('Ingen fråga här.'), 'Ingen fråga här.');
  assert.equal(cleanExcerpt('Före[1] ⁅fråga⁆ efter'), 'Före efter');
  assert.equal(textAfter('A b. ⁅fråga ett⁆ Rubrik? Sista meningen.', 'A b.'), 'Rubrik? Sista meningen.');
});

test("a section's opening starts after its heading's reader questions and the heading", () => {
  const content =
    'Styrelsen. ⁅ kan chefen besluta. delegering ⁆ Vad får styrelsen inte delegera? Styrelsen får inte lämna ifrån sig budgeten.';
  const anchors: PagefindAnchor[] = [
    { element: 'h1', id: 'start', text: 'Styrelsen', location: 0 },
    { element: 'h2', id: 'delegera', text: 'Vad får styrelsen inte delegera?', location: 1 },
  ];
  assert.equal(readerQuestionWords(content.split(/\s+/), 1), 6);
  assert.equal(sectionOpening(content, anchors, 'delegera', 30), 'Styrelsen får inte lämna ifrån sig budgeten.');
});

// A page as Pagefind has it: the questions stand where their heading starts (word 2), before its text.
const asks = new Map([['vad-får-styrelsen-inte-delegera', ['kan chefen besluta om insatser', 'delegering']]]);
const indexed = `Styrelsen. Inledning. ${questionsText(asks.get('vad-får-styrelsen-inte-delegera')!)} Vad får styrelsen inte delegera? Text. Möten Text.`;
const locations = new Map([
  ['vad-får-styrelsen-inte-delegera', 2],
  ['möten', 19],
]);

test("where each question stands among the page's words is counted from its heading, and a page indexed otherwise is named", () => {
  const problems: string[] = [];
  const asked = askedPositions('/roller/styrelsen/', indexed, locations, ['vad-får-styrelsen-inte-delegera', 'möten'], asks, problems);
  assert.deepEqual(problems, []);
  assert.deepEqual(asked, [{ section: 0, at: 2, lengths: [5, 1] }]);
  // "kan" … "insatser." are words 3–7, "delegering" word 8.
  assert.deepEqual(questionRanges(asked[0]), [
    [3, 7],
    [8, 8],
  ]);
  askedPositions(
    '/roller/styrelsen/',
    indexed,
    new Map([['vad-får-styrelsen-inte-delegera', 3]]),
    ['vad-får-styrelsen-inte-delegera'],
    questions,
    problems,
  );
  assert.equal(problems.length, 1);
  assert.match(problems[0], /\/roller\/styrelsen\/#vad-får-styrelsen-inte-delegera där rubriken börjar \(ord 3\)/);
});

test('the positions travel in /sok/data.json as short steps and come back exactly', () => {
  const asked = [
    { section: 1, at: 59, lengths: [5, 3, 6, 12] },
    { section: 3, at: 1298, lengths: [1] },
  ];
  const wire = askedToWire(asked);
  assert.equal(wire, '1:1n:536c 2:yf:1');
  assert.deepEqual(askedFromWire(wire), asked);
  const data = {
    synonyms: [],
    concepts: [],
    intents: [],
    terms: [],
    faqs: [],
    vocabulary: '',
    pages: [{ url: '/a/', title: 'A', sections: [['Rubrik', 'rubrik']] as [string, string][], asked }],
  };
  assert.deepEqual(fromWire(toWire(data)).pages[0].asked, asked);
});

test('a reader question that holds the words counts as a heading would, less the more other words it has; one word of the question is not enough', () => {
  const q = parseQuery('kan chefen besluta om insatser');
  assert.equal(q.terms.length, 3);
  const at = new Map(q.words.map((w, i) => [w, [3 + i, 40]]));
  const found: Found = { words: new Set(q.words), score: 1, all: true, at };
  const weights = q.terms.map(() => 1);
  // Its three words and nothing else: as a heading that is the question.
  assert.equal(askedScore(q, found, [[3, 5]], weights), READER_QUESTION);
  // The same three words in a question of six words count less, yet more than two of them.
  const longer = askedScore(q, found, [[3, 8]], weights);
  assert.ok(longer < READER_QUESTION && longer > askedScore(q, found, [[4, 8]], weights));
  // One word in each of two questions, one word in one, or none: nothing.
  assert.equal(
    askedScore(
      q,
      found,
      [
        [3, 3],
        [4, 4],
      ],
      weights,
    ),
    0,
  );
  assert.equal(askedScore(q, { ...found, at: new Map([[q.words[0], [3]]]) }, [[3, 7]], weights), 0);
  assert.equal(askedScore(q, found, [[20, 30]], weights), 0);
  assert.equal(askedScore(q, found, undefined, weights), 0);
});

test('a page whose reader question holds the question ranks above one whose text has the words as closely, and opens that section', () => {
  const q = parseQuery('kan chefen besluta om insatser');
  const pages = preparePages({
    pages: [
      {
        url: '/roller/styrelsen/',
        title: 'Styrelsen',
        sections: [
          ['Vad får styrelsen inte delegera?', 'delegera'],
          ['Möten', 'moten'],
        ],
        asked: [{ section: 0, at: 2, lengths: [5] }],
      },
      { url: '/ekonomi/', title: 'Ekonomi', sections: [['Vad går pengarna till?', 'pengar']] },
    ],
    terms: [],
    faqs: [],
  });
  const inQuestion = new Map(q.words.map((w, i) => [w, [3 + i]]));
  const together = new Map(q.words.map((w, i) => [w, [50 + i]]));
  const found = new Map<string, Found>([
    ['/roller/styrelsen/', { words: new Set(q.words), score: 0.8, all: true, at: inQuestion }],
    ['/ekonomi/', { words: new Set(q.words), score: 1, all: true, at: together }],
  ]);
  const [first] = rankPages(q, pages, found);
  assert.equal(first.url, '/roller/styrelsen/');
  assert.equal(first.headings?.[0].anchor, 'delegera');
  // Without its question the same page is not first.
  const plain = preparePages({ pages: [{ ...pagesData[0] }, pagesData[1]], terms: [], faqs: [] });
  assert.equal(rankPages(q, plain, found)[0].url, '/ekonomi/');
});
const pagesData = [
  {
    url: '/roller/styrelsen/',
    title: 'Styrelsen',
    sections: [
      ['Vad får styrelsen inte delegera?', 'delegera'],
      ['Möten', 'moten'],
    ] as [string, string][],
  },
  { url: '/ekonomi/', title: 'Ekonomi', sections: [['Vad går pengarna till?', 'pengar']] as [string, string][] },
];

test("the questions' words leave the fragment as one sign each, and every later word keeps its position", () => {
  const content = `Inledning. ${questionsText(['kan chefen besluta om insatser', 'delegering'])} Vad får styrelsen inte delegera? Text.`;
  const blank = blankReaderQuestions(content);
  assert.equal(blank, 'Inledning. ⁅ · · · · · · ⁆ Vad får styrelsen inte delegera? Text.');
  assert.equal(blank.split(/\s+/).length, content.split(/\s+/).length);
  assert.equal(withoutReaderQuestions(blank), 'Inledning. Vad får styrelsen inte delegera? Text.');
  assert.equal(blankReaderQuestions('Ingen fråga.'), 'Ingen fråga.');
});

test('questions under a heading the index leaves out are named: Pagefind would search them nowhere', () => {
  const problems: string[] = [];
  const boxed = `${page}<div data-pagefind-ignore="all"><h2 id="fraga-chefen">Fråga chefen om</h2></div>`;
  const html = addReaderQuestions(
    boxed,
    '/lasvagar/ny/',
    'content/sok/lasarfragor/lasvagar.yaml',
    new Map([['fraga-chefen', ['x y']], ...questions]),
    problems,
  );
  assert.deepEqual(problems, [
    'content/sok/lasarfragor/lasvagar.yaml: /lasvagar/ny/: rubriken med ankaret "fraga-chefen" står i en del av sidan som inte söks (data-pagefind-ignore), så frågorna under den hittas aldrig. Flytta dem till en rubrik som söks.',
  ]);
  // The heading the index reads keeps its questions.
  assert.match(html, /<h2 id="vad-får-styrelsen-inte-delegera" data-lasarfragor=/);
});
