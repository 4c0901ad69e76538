// The HTML of /sok/'s results and direct answer (src/lib/search/render.ts): a result's link names its
// page and section, each once; the answer box has a heading; "Läs mer" names the page (review of /sok/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerHtml, answerTextHtml, readMore, resultHtml } from '../../src/lib/search/render.ts';

const sv: Record<string, string> = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/i18n/sv.json'), 'utf8'));
const text = { textMore: sv['sok.answer.more'], textMorePage: sv['sok.answer.morePage'], textMoreSection: sv['sok.answer.moreSection'] };
const pages = [
  { url: '/revision/', title: 'Revision' },
  { url: '/roller/beredningsgrupp/', title: 'Beredningsgruppen' },
];

test('a result is a level-3 heading whose one link holds the page title and the section, with a colon heard between', () => {
  const html = resultHtml({
    href: '/revision/#hur',
    title: 'Revision',
    section: 'Hur prövas <mark>ansvarsfriheten</mark>?',
    excerpt: 'Text.',
  });
  assert.equal(
    html,
    '<li><h3 class="sok-traff"><a href="/revision/#hur"><span class="sok-sida">Revision<span class="sok-kolon">:</span></span>' +
      '<span class="sok-section">Hur prövas <mark>ansvarsfriheten</mark>?</span></a></h3><p class="sok-excerpt">Text.</p></li>',
  );
  // The section is inside the link only: read once.
  assert.equal(html.match(/ansvarsfriheten/g)?.length, 1);
  assert.doesNotMatch(html, /<p class="sok-section"/);
});

test('a result without a section is its title alone; a title ending in a question mark gets no colon', () => {
  const html = resultHtml({
    href: '/vagvisare/x/',
    title: 'Får styrelsen delegera?',
    type: '<span class="sok-typ">Vägvisare</span>',
    excerpt: '',
  });
  assert.match(
    html,
    /<h3 class="sok-traff"><span class="sok-typ">Vägvisare<\/span><a href="\/vagvisare\/x\/"><span class="sok-sida">Får styrelsen delegera\?<\/span><\/a><\/h3>/,
  );
  assert.doesNotMatch(html, /sok-kolon/);
  assert.doesNotMatch(resultHtml({ href: '/x/', title: 'Vad?', section: 'Mer', excerpt: '' }), /sok-kolon/);
  // The address is escaped as an attribute.
  assert.match(resultHtml({ href: '/x/#"a"', title: 'X', excerpt: '' }), /href="\/x\/#&quot;a&quot;"/);
});

test('the answer box has a level-2 heading naming its source and what it answers, the box labelled by it', () => {
  const html = answerHtml('Ordlistan', 'SUS', 'Ett <system>.', '/ordlista/#sus', 'Läs mer på sidan Ordlista, under SUS');
  assert.match(
    html,
    /^<h2 id="sok-svar-rubrik" class="sok-svar-rubrik"><span class="sok-svar-typ">Ordlistan<span class="sok-kolon">:<\/span><\/span><span class="sok-svar-titel">SUS<\/span><\/h2>/,
  );
  assert.match(html, /<p>Ett &lt;system&gt;\.<\/p>/);
  assert.match(html, /<p class="sok-svar-mer"><a href="\/ordlista\/#sus">Läs mer på sidan Ordlista, under SUS<\/a><\/p>$/);
  assert.doesNotMatch(answerHtml('Frågor och svar', 'Vem?', '', '/f/#v', 'Läs mer'), /<p><\/p>/);
});

test('"Läs mer" names the page, and the section when the link leads to one', () => {
  assert.equal(
    readMore('/revision/#hur-prövas', 'Hur prövas ansvarsfriheten?', pages, text),
    'Läs mer på sidan Revision, under Hur prövas ansvarsfriheten?',
  );
  assert.equal(readMore('/roller/beredningsgrupp/', 'Beredningsgruppen', pages, text), 'Läs mer på sidan Beredningsgruppen');
  // A page search does not know: named by the section alone, still no "Läs mer: …" with nothing before it.
  assert.equal(readMore('/okand/#x', 'Ett avsnitt', pages, text), 'Läs mer under Ett avsnitt');
  assert.equal(readMore('/okand/', 'En sida', pages, text), 'Läs mer på sidan En sida');
});

test("an answer's links are links in the box, to the same pages, and nothing else in the file becomes markup", () => {
  const text = 'En <b>revisor</b> granskar. Läs mer under Vem utser revisorerna? och på sidan Revision.';
  const at = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
  const html = answerHtml('Frågor och svar', 'Vem?', text, '/fragor-och-svar/#vem', 'Läs mer', [
    [...at('Revision'), '/kunskapsstod/revision/'],
    [...at('Vem utser revisorerna?'), '/kunskapsstod/roller/revisorerna/#vem-utser-revisorerna'],
  ]);
  assert.match(
    html,
    /<p>En &lt;b&gt;revisor&lt;\/b&gt; granskar\. Läs mer under <a href="\/kunskapsstod\/roller\/revisorerna\/#vem-utser-revisorerna">Vem utser revisorerna\?<\/a> och på sidan <a href="\/kunskapsstod\/revision\/">Revision<\/a>\.<\/p>/,
  );
  // The box's own link stays last, in its own paragraph.
  assert.match(html, /<p class="sok-svar-mer"><a href="\/fragor-och-svar\/#vem">Läs mer<\/a><\/p>$/);
  // Only paths on this site become links; an address or offsets that are wrong leave the text as it is.
  for (const href of ['https://example.org/', '//example.org/', '/\\example.org/', 'javascript:alert(1)', ' /x/', '/x/" onclick="y'])
    assert.equal(answerTextHtml('Se sidan.', [[3, 8, href]]), 'Se sidan.', href);
  assert.equal(answerTextHtml('Se sidan.', [[3, 20, '/x/']]), 'Se sidan.');
  assert.equal(answerTextHtml('Se sidan.', [[5, 3, '/x/']]), 'Se sidan.');
  // Overlapping links: the first is kept.
  assert.equal(
    answerTextHtml('Se sidan.', [
      [0, 5, '/a/'],
      [3, 8, '/b/'],
    ]),
    '<a href="/a/">Se si</a>dan.',
  );
  assert.equal(answerTextHtml('a & b', [[4, 5, "/b/?x='1'&y"]]), '<a href="/b/?x=&#39;1&#39;&amp;y">b</a>'.replace(/^/, 'a &amp; '));
});
