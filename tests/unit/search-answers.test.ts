import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchQuestion, matchTerm } from '../../src/lib/search/answers.ts';
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
  assert.equal(matchQuestion(parseQuery('styrelsen'), faqs), undefined);
  assert.equal(matchQuestion(parseQuery('styrelsen budget revision ekonomi'), faqs), undefined);
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
      body: 'Nej, enligt Försäkringskassan får styrelsen inte delegera. Mer text.',
    },
    { question: 'Hur många förbund finns?', answer: '', body: 'Det fanns förbund.' },
  ]);
});

test('a definition question typed without å, ä and ö still names the term', () => {
  assert.equal(matchTerm('vad ar eget kapital', terms)?.id, 'eget-kapital');
  assert.equal(matchTerm('vad innebar beredningsgrupp', terms)?.id, 'beredningsgrupp');
});
