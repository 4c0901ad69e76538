import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readerQuestionWords, withoutReaderQuestions } from '../../src/lib/search/reader-questions.ts';
import { addReaderQuestions, readReaderQuestions, removeReaderQuestions, QUESTIONS_DIR } from '../../src/lib/reader-questions-files.ts';
import { sectionOpening, type PagefindAnchor } from '../../src/lib/search/section-text.ts';
import { cleanExcerpt, textAfter } from '../../src/lib/search/excerpt.ts';

const page = '<h1 id="_top">Styrelsen</h1><h2 id="vad-får-styrelsen-inte-delegera">Vad får styrelsen inte delegera?</h2><p>Text.</p><h2 id="möten">Möten</h2>';
const questions = new Map([['vad-får-styrelsen-inte-delegera', ['kan chefen besluta om insatser', 'delegering "styrelse"']]]);

test('a heading gets its questions in an attribute Pagefind indexes, between the marks; out again they leave the page as it was', () => {
  const problems: string[] = [];
  const html = addReaderQuestions(page, '/roller/styrelsen/', 'content/sok/lasarfragor/roller.yaml', questions, problems);
  assert.deepEqual(problems, []);
  assert.match(
    html,
    /<h2 id="vad-får-styrelsen-inte-delegera" data-lasarfragor="⁅kan chefen besluta om insatser\. delegering &quot;styrelse&quot;⁆" data-pagefind-index-attrs="data-lasarfragor">/,
  );
  assert.match(html, /<h2 id="möten">/);
  assert.equal(removeReaderQuestions(html), page);
});

test('a question for a heading the page does not have names the file, the page, the anchor and the headings there', () => {
  const problems: string[] = [];
  addReaderQuestions(page, '/roller/styrelsen/', 'content/sok/lasarfragor/roller.yaml', new Map([['delegera', ['x y']]]), problems);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^content\/sok\/lasarfragor\/roller\.yaml: \/roller\/styrelsen\/ har ingen rubrik med ankaret "delegera"\. Rubrikerna där: vad-får-styrelsen-inte-delegera, möten\.$/);
});

test('the files are read per page and heading; a wrong address, an empty list, an over-long question and a second entry for a page are named', () => {
  const root = mkdtempSync(join(tmpdir(), 'lasarfragor-'));
  mkdirSync(join(root, QUESTIONS_DIR), { recursive: true });
  writeFileSync(join(root, QUESTIONS_DIR, 'a.yaml'), '/roller/styrelsen/:\n  möten:\n    - " hur ofta träffas de "\n  tom: []\nroller/fel:\n  x: [y]\n');
  writeFileSync(join(root, QUESTIONS_DIR, 'b.yaml'), `/roller/styrelsen/:\n  möten: [a]\n/ekonomi/:\n  pengar: ["${'ord '.repeat(13).trim()}"]\n`);
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
  assert.equal(withoutReaderQuestions('Inledning. ⁅kan chefen <mark>besluta</mark>. delegering⁆ Vad får styrelsen'), 'Inledning. Vad får styrelsen');
  assert.equal(withoutReaderQuestions('<mark>besluta</mark> om insatser⁆ Vad får styrelsen inte delegera? Text.'), 'Vad får styrelsen inte delegera? Text.');
  assert.equal(withoutReaderQuestions('Text om möten. ⁅hur ofta'), 'Text om möten.');
  assert.equal(withoutReaderQuestions('Ingen fråga här.'), 'Ingen fråga här.');
  assert.equal(cleanExcerpt('Före[1] ⁅fråga⁆ efter'), 'Före efter');
  assert.equal(textAfter('A b. ⁅fråga ett⁆ Rubrik? Sista meningen.', 'A b.'), 'Rubrik? Sista meningen.');
});

test("a section's opening starts after its heading's reader questions and the heading", () => {
  const content = 'Styrelsen. ⁅kan chefen besluta. delegering⁆ Vad får styrelsen inte delegera? Styrelsen får inte lämna ifrån sig budgeten.';
  const anchors: PagefindAnchor[] = [
    { element: 'h1', id: 'start', text: 'Styrelsen', location: 0 },
    { element: 'h2', id: 'delegera', text: 'Vad får styrelsen inte delegera?', location: 1 },
  ];
  assert.equal(readerQuestionWords(content.split(/\s+/), 1), 4);
  assert.equal(sectionOpening(content, anchors, 'delegera', 30), 'Styrelsen får inte lämna ifrån sig budgeten.');
});
