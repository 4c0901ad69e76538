import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanExcerpt, openSentence, withEllipses, withoutHeading } from '../../src/lib/search/excerpt.ts';

const heading = 'Hur går prövningen av ansvarsfrihet till?';

test('the end of the heading an excerpt starts with is cut (the snippet the reader saw)', () => {
  assert.equal(
    withoutHeading('prövningen av <mark>ansvarsfrihet</mark> till? Revisionsberättelsen lämnas till styrelsen.', [heading]),
    'Revisionsberättelsen lämnas till styrelsen.',
  );
});

test('a whole heading at the start is cut, also with a marked last word', () => {
  assert.equal(withoutHeading(`${heading} Sedan prövar varje medlem.`, [heading]), 'Sedan prövar varje medlem.');
  assert.equal(
    withoutHeading('<mark>Ansvarsfrihet.</mark> Medlemmarnas ställningstagande', ['Ansvarsfrihet']),
    'Medlemmarnas ställningstagande',
  );
});

test('one ordinary word that happens to end the heading is kept: it may begin the text', () => {
  assert.equal(withoutHeading('styrelsen beslutar om budgeten.', ['Vad gör styrelsen']), 'styrelsen beslutar om budgeten.');
  assert.equal(withoutHeading('till styrelsen.', [heading]), 'till styrelsen.');
});

test('the heading inside the text, or a text without it, is left alone', () => {
  const text = 'Revisionsberättelsen lämnas. Hur går prövningen av ansvarsfrihet till? Sedan prövar';
  assert.equal(withoutHeading(text, [heading]), text);
});

test('escaped characters in the excerpt match the heading', () => {
  assert.equal(withoutHeading('Mål &amp; medel: Förbundet sätter mål.', ['Mål & medel:']), 'Förbundet sätter mål.');
});

test('an excerpt that is only the heading keeps it rather than showing nothing', () => {
  assert.equal(withoutHeading('ansvarsfrihet till?', [heading]), 'ansvarsfrihet till?');
});

test('source markers are taken out of excerpts', () => {
  assert.equal(cleanExcerpt('är 274[1] kronor'), 'är 274 kronor');
});

test("soft hyphens from a page's title are taken out, so the title is seen and left out of the snippet (u23)", () => {
  // Pagefind's text of the page begins with its title as the page shows it, hyphenated for narrow screens.
  const excerpt = cleanExcerpt('Försäkrings\u00adkassan. <mark>Försäkringskassan</mark> är en av de fyra parterna');
  assert.doesNotMatch(excerpt, /\u00ad/);
  assert.equal(withoutHeading(excerpt, ['Försäkringskassan']), '<mark>Försäkringskassan</mark> är en av de fyra parterna');
  // The text after the excerpt is found in the page's text with its soft hyphens too.
  assert.equal(
    textAfter(
      'Tillgänglighets\u00adredogörelse. Rådet står bakom webbplatsen. Den följer lagen.',
      'Tillgänglighetsredogörelse. Rådet står bakom',
    ),
    'webbplatsen. Den följer lagen.',
  );
});

test('an excerpt cut inside a sentence says so with "…" at the cut, and only there', () => {
  assert.equal(withEllipses('får <mark>besluta</mark> att insatsen ska'), '… får <mark>besluta</mark> att insatsen ska …');
  assert.equal(withEllipses('Styrelsen <mark>beslutar</mark> om budgeten.'), 'Styrelsen <mark>beslutar</mark> om budgeten.');
  assert.equal(withEllipses('<mark>Styrelsen</mark> beslutar om'), '<mark>Styrelsen</mark> beslutar om …');
  assert.equal(withEllipses('har ansvaret för uppföljningen.'), '… har ansvaret för uppföljningen.');
  assert.equal(withEllipses(''), '');
});

// settleExcerpt and textAfter: an excerpt ends where a sentence does, or goes on into the sentence
// that turns it ("Men …"), and stays as long as it was (review of /sok/).
import { EXCERPT_WORDS, settleExcerpt, textAfter } from '../../src/lib/search/excerpt.ts';

const page =
  'Unga som varken arbetar eller studerar. En slutrapport föreslog två saker: att förbunden finansierar insatser för unga med aktivitetsersättning, unga med funktionsnedsättning och unga långtidssjukskrivna, och att förbunden ger insatser för unga som varken arbetar eller studerar särskild prioritet. Myndigheterna bedömde att de unga i den gruppen redan nås av arbetet med de prioriterade grupperna, och att ingen särskild insats behövdes.';
const cut =
  'att förbunden <mark>finansierar</mark> <mark>insatser</mark> för <mark>unga</mark> med aktivitetsersättning, unga med funktionsnedsättning och unga långtidssjukskrivna, och att förbunden ger insatser för <mark>unga</mark> som varken arbetar eller studerar särskild prioritet. Myndigheterna';
const words = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .split(/\s+/)
    .filter(Boolean).length;

test('textAfter finds the excerpt in the page and gives what follows it', () => {
  assert.match(textAfter(page, cut), /^bedömde att de unga/);
  assert.equal(textAfter(page, 'ord som inte finns på sidan'), '');
  // Found twice, the excerpt gives nothing to go on with rather than the wrong continuation.
  assert.equal(textAfter('a b. a b. c', 'a b.'), '');
});

test('a sentence merely begun at the end is left out: the excerpt ends where a sentence does', () => {
  const settled = settleExcerpt(cut, textAfter(page, cut));
  assert.match(settled, /särskild prioritet\.$/);
  assert.doesNotMatch(settled, /Myndigheterna/);
  assert.match(settled, /^att förbunden <mark>finansierar<\/mark>/);
});

test('a sentence cut near its end is finished from the page, and the start gives up as many words', () => {
  const filler = Array.from({ length: 26 }, (_, i) => `ord${i}`).join(' ');
  const html = `${filler}. Styrelsen <mark>beslutar</mark> om`;
  const settled = settleExcerpt(html, 'budgeten varje år. Nästa mening.');
  assert.match(settled, /Styrelsen <mark>beslutar<\/mark> om budgeten varje år\.$/);
  assert.ok(words(settled) <= Math.max(words(html), EXCERPT_WORDS));
  assert.ok(words(settled) > words(html) - 4);
});

test('a next sentence that begins with men, däremot, dock or ändå goes with the excerpt', () => {
  for (const turn of ['Men', 'Däremot', 'Dock', 'Ändå']) {
    const settled = settleExcerpt('Förbundet får ha ett eget <mark>kapital</mark>.', `${turn} det får inte vara för stort. Nästa mening.`);
    assert.equal(settled, `Förbundet får ha ett eget <mark>kapital</mark>. ${turn} det får inte vara för stort.`);
  }
  // "Mentor" is no "men".
  assert.equal(settleExcerpt('Förbundet har en plan.', 'Mentorer hjälper till. Sedan mer.'), 'Förbundet har en plan.');
});

test('a begun sentence that turns is finished rather than left out, within the length budget', () => {
  const filler = Array.from({ length: 25 }, (_, i) => `ord${i}`).join(' ');
  const html = `${filler} slut. Men myndigheterna`;
  const settled = settleExcerpt(html, 'bedömde något annat. Sedan mer.');
  assert.match(settled, /slut\. Men myndigheterna bedömde något annat\.$/);
  assert.ok(words(settled) <= Math.max(words(html), EXCERPT_WORDS));
});

test('words added from the page are escaped and may be marked; a cut mark is closed', () => {
  assert.equal(
    settleExcerpt('Ett <mark>beslut</mark>.', 'Men <b> & styrelsen. Sedan.', (t) =>
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace('styrelsen', '<mark>styrelsen</mark>'),
    ),
    'Ett <mark>beslut</mark>. Men &lt;b&gt; &amp; <mark>styrelsen</mark>.',
  );
  assert.equal(settleExcerpt('Ett beslut.', 'Men <b>. Sedan.'), 'Ett beslut. Men &lt;b&gt;.');
});

test('an excerpt already whole, or with nothing to go on with, is left as it was', () => {
  assert.equal(settleExcerpt('Styrelsen beslutar.', 'Förbundschefen verkställer.'), 'Styrelsen beslutar.');
  assert.equal(settleExcerpt('de bildar de fyra parterna:', 'Arbetsförmedlingen och andra.'), 'de bildar de fyra parterna:');
  // Too short to lose its end to a cut: kept with its ending mid-sentence (withEllipses marks it).
  assert.equal(settleExcerpt('Kort. Och sedan en lång', ''), 'Kort. Och sedan en lång');
  // "2 kap. 3 §" is no sentence end.
  const law = `${Array.from({ length: 20 }, (_, i) => `ord${i}`).join(' ')} enligt 2 kap. 3 § lagen om`;
  assert.equal(settleExcerpt(law, ''), law);
});

test('a cut sentence is not finished at the cost of a word the reader searched for at the start', () => {
  const html = `<mark>Styrelsen</mark> har beslutanderätten och ansvarar för förvaltningen i förbundet. ${Array.from({ length: 14 }, (_, i) => `ord${i}`).join(' ')} och regioner av politiker,`;
  const settled = settleExcerpt(html, 'medan parterna representeras av tjänstemän. Nästa.');
  // Finishing would take "Styrelsen" off the start; ending at the last full stop would keep too little.
  assert.equal(settled, html);
  // A turn is worth it.
  assert.match(settleExcerpt(html, 'men parterna av tjänstemän. Nästa.'), /politiker, men parterna av tjänstemän\.$/);
});

test('a begun sentence that turns is kept when it cannot be finished, and may be finished at a colon', () => {
  const filler = Array.from({ length: 24 }, (_, i) => `ord${i}`).join(' ');
  const html = `${filler} i en viss grupp av ärenden. Följande får dock`;
  // Too long to finish: kept as it was, cut ("dock …"), not left out.
  const long = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
  assert.equal(settleExcerpt(html, `${long} slut. Nästa.`), html);
  // Finished at the colon that opens a list.
  assert.match(settleExcerpt(html, 'inte delegeras: a, b och c. Nästa.'), /Följande får dock inte delegeras:$/);
});

test('an excerpt that begins a few words into a sentence begins where the sentence does; a longer cut is marked, also before a digit', () => {
  const content =
    'Hur fungerade SUS? År 2017 registrerades 15 035 av sammanlagt 28 381 deltagare i de individinriktade insatserna med personuppgifter. År 2021 var siffrorna andra.';
  const cut = '28 381 deltagare i de individinriktade insatserna med personuppgifter.';
  assert.deepEqual(openSentence(cut, content), {
    html: `År 2017 registrerades 15 035 av sammanlagt ${cut}`,
    midSentence: false,
  });
  assert.equal(withEllipses(openSentence(cut, content).html, false).startsWith('År 2017'), true);
  // Nine words or more missing: the start stays, marked as a cut though it begins with a digit.
  const long =
    'Hur fungerade SUS? Det året registrerade förbunden och parterna tillsammans i systemet 15 035 av sammanlagt 28 381 deltagare.';
  const opened = openSentence('28 381 deltagare.', long);
  assert.deepEqual(opened, { html: '28 381 deltagare.', midSentence: true });
  assert.equal(withEllipses(opened.html, opened.midSentence), '… 28 381 deltagare.');
  // At the start of a sentence, after a heading, and after "kap." inside one.
  assert.deepEqual(openSentence('År 2021 var siffrorna andra.', content), { html: 'År 2021 var siffrorna andra.', midSentence: false });
  assert.deepEqual(openSentence('Styrelsen beslutar.', 'Vem beslutar? Styrelsen beslutar.'), {
    html: 'Styrelsen beslutar.',
    midSentence: false,
  });
  assert.deepEqual(openSentence('5 § gäller också.', 'Enligt 11 kap. 5 § gäller också.'), {
    html: 'Enligt 11 kap. 5 § gäller också.',
    midSentence: false,
  });
  // Not found in the page's text: nothing is known, and a small first letter decides as before.
  assert.deepEqual(openSentence('okänd text', content), { html: 'okänd text' });
});
