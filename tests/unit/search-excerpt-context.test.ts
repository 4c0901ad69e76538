// Snippets that showed a label instead of an answer, a pronoun without the sentence it points back
// to, one list item as if it were the only one, or left out the sentence with the searched word
// (review 27, S-4 to S-8).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSentence, pastColon, pastProposalLabel, settleExcerpt, withEllipses, withinParagraph } from '../../src/lib/search/excerpt.ts';
import { markSeparators, UNLISTED_COLON, unmarkSeparators } from '../../src/lib/search/separator-marks.ts';
import { PROPOSAL_CLOSE, PROPOSAL_OPEN } from '../../src/lib/search/proposal-marks.ts';

const filler = (n: number, word = 'ord') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const esc = (t: string) => t;

// As Pagefind holds a section about proposals: heading, the fixed preamble, the box's title, the box.
const proposalPage = [
  'Vilka förslag från 2024 berör styrelsen?',
  'Inget i det här avsnittet gäller i dag. Förslagen gäller bara om lagen ändras.',
  `Förslag – inte gällande lag. ${PROPOSAL_OPEN} I sin analys av Finsamlagen 2024 föreslår Försäkringskassan att kommuner och regioner ska få gemensamma ledamöter.`,
  `Beslut om finansiering av insatser ska inte få delegeras. ${PROPOSAL_CLOSE} Vad gör förbundschefen? Förbundschefen leder kansliet.`,
].join(' ');
const label = 'Inget i det här avsnittet gäller i dag. Förslagen gäller bara om lagen ändras. Förslag – inte gällande lag.';

test("an excerpt that is only a proposal box's label shows the box's own text, and says it is a proposal", () => {
  const out = pastProposalLabel(label, proposalPage, esc);
  assert.match(out, /^I sin analys av Finsamlagen 2024 föreslår Försäkringskassan/);
  assert.doesNotMatch(out, /Inget i det här|gällande lag/);
  assert.equal(openSentence(out, proposalPage).proposal, true);
});

test("an excerpt that begins with the label keeps the box's words it has and goes on from the page", () => {
  const out = pastProposalLabel(`Förslagen gäller bara om lagen ändras. Förslag – inte gällande lag. I sin analys`, proposalPage, esc);
  assert.match(out, /^I sin analys av Finsamlagen 2024/);
  // As many words as the label took, at least: the excerpt is not shorter than it was.
  assert.ok(out.split(' ').length >= 10);
});

test('an excerpt that does not begin with a label, or a page without proposals, is left as it was', () => {
  const inside = 'Beslut om finansiering av insatser ska inte få delegeras.';
  assert.equal(pastProposalLabel(inside, proposalPage, esc), inside);
  const plain = 'Inget i det här avsnittet gäller i dag. Förslagen gäller bara om lagen ändras.';
  assert.equal(pastProposalLabel(plain, `Rubrik? ${plain} Mer text.`, esc), plain);
});

const faqPage =
  'Vem bestämmer vilka personer som får delta i en insats? Det gör parterna. De ansvarar för insatserna de har kommit överens om och avgör vilka personer som får ta del av dem. Ansvaret ligger kvar hos parterna.';
const faqHeadings = ['Vem bestämmer vilka personer som får delta i en insats?'];

test('a snippet that opens with a word pointing back takes the short sentence before it along', () => {
  const html = 'De ansvarar för insatserna de har kommit överens om och avgör vilka personer som får ta del av dem.';
  const out = openSentence(html, faqPage, esc, faqHeadings);
  assert.equal(out.html, `Det gör parterna. ${html}`);
  assert.equal(out.midSentence, false);
});

test('also when the snippet began inside that sentence and was finished from the page', () => {
  const out = openSentence(
    'för insatserna de har kommit överens om och avgör vilka personer som får ta del av dem.',
    faqPage,
    esc,
    faqHeadings,
  );
  assert.match(out.html, /^Det gör parterna\. De ansvarar för insatserna/);
});

test('the sentence before is not taken when it is a heading, too long, or the pointing word is not first', () => {
  const first = 'Det gör parterna. De ansvarar för insatserna de har kommit överens om.';
  assert.equal(openSentence(first, faqPage, esc, faqHeadings).html, first);
  const long = `Rubrik? ${filler(14)} slut. De ansvarar för allt som händer i insatserna.`;
  assert.equal(
    openSentence('De ansvarar för allt som händer i insatserna.', long, esc, ['Rubrik?']).html,
    'De ansvarar för allt som händer i insatserna.',
  );
  const named = 'Ansvaret ligger kvar hos parterna.';
  assert.equal(openSentence(named, faqPage, esc, faqHeadings).html, named);
});

test("a sentence outside a proposal box is not taken along with one inside it, nor the box's title", () => {
  const page = `Rubrik? Kort mening här. ${PROPOSAL_OPEN} Det ska inte längre gälla. ${PROPOSAL_CLOSE} Mer.`;
  const out = openSentence('Det ska inte längre gälla.', page, esc, ['Rubrik?']);
  assert.equal(out.html, 'Det ska inte längre gälla.');
  assert.equal(out.proposal, true);
  // After the box: its last sentence is a proposal, not what the sentence points back to today.
  const after = `Rubrik? ${PROPOSAL_OPEN} Förbundet ska få söka pengar. ${PROPOSAL_CLOSE} Det gäller inte i dag. Mer.`;
  const today = openSentence('Det gäller inte i dag.', after, esc, ['Rubrik?']);
  assert.equal(today.html, 'Det gäller inte i dag.');
  assert.equal(today.proposal, undefined);
});

test('the first item after a colon that announces several ends with "…": it is not the only one', () => {
  const html = 'Förbundens eget kapital skulle registreras där. Deltagare kunde registreras på tre sätt:';
  const after =
    'Med personuppgifter, om deltagaren lämnade sitt samtycke. Det var bara för dessa deltagare. Anonymt, om deltagaren inte samtyckte.';
  const out = pastColon(html, after, esc);
  assert.equal(out, `${html} Med personuppgifter, om deltagaren lämnade sitt samtycke. …`);
  // withEllipses adds no second one.
  assert.equal(withEllipses(out), out);
  // A colon that announces one thing is followed by it, whole.
  assert.equal(
    pastColon('Reglerna säger detta:', 'Intäkter och kostnader. Mer text.', esc),
    'Reglerna säger detta: Intäkter och kostnader.',
  );
});

test('a begun sentence that holds a searched word the rest lacks is finished, not left out', () => {
  const html = `${filler(10)} <mark>insatser</mark> ${filler(6, 'w')} i insatserna. Som stöd har Försäkringskassan tagit fram en <mark>förteckning</mark> över <mark>lokala</mark>`;
  const after =
    'insatser som förbunden finansierar och ett stödmaterial för försäkringsutredare. Vilka personer som får delta avgör parterna.';
  const out = settleExcerpt(html, after, esc);
  assert.match(
    out,
    /<mark>förteckning<\/mark> över <mark>lokala<\/mark> insatser som förbunden finansierar och ett stödmaterial för försäkringsutredare\.$/,
  );
  // Without a searched word of its own, the begun sentence is left out as before.
  const plain = html.replace('<mark>förteckning</mark>', 'förteckning').replace('<mark>lokala</mark>', 'lokala');
  assert.match(settleExcerpt(plain, after, esc), /i insatserna\.$/);
});

const linkListPage =
  '<p>Den tar dig genom sidorna i en ordning där varje steg bygger på det förra:</p>\n<ul data-pagefind-ignore>\n<li><a href="/a/">A</a></li>\n</ul>\n<p>Vid sidan av läsvägen är två saker bra att göra:</p>\n<ul>\n<li>Gå en utbildning.</li>\n</ul>';

test('a colon before a list left out of the index is read by Pagefind as a colon of its own, and the page keeps its own', () => {
  const marked = markSeparators(linkListPage);
  assert.match(marked, new RegExp(`förra<span data-sok-tecken=":">${UNLISTED_COLON}</span></p>`));
  // A colon before a list that is indexed stays a colon.
  assert.match(marked, /göra:<\/p>/);
  assert.equal(unmarkSeparators(marked), linkListPage);
});

test('a snippet does not run on from such a colon into the next paragraph', () => {
  const html = `Den tar dig genom sidorna i en ordning där varje steg bygger på det <mark>förra</mark>${UNLISTED_COLON} Vid sidan av läsvägen är två saker bra att göra:`;
  assert.equal(withinParagraph(html), 'Den tar dig genom sidorna i en ordning där varje steg bygger på det <mark>förra</mark>: …');
  // When the words searched for are after it, the snippet begins there.
  const later = `Den tar dig genom sidorna${UNLISTED_COLON} Vid sidan av läsvägen är två <mark>saker</mark> bra att göra:`;
  assert.equal(withinParagraph(later), 'Vid sidan av läsvägen är två <mark>saker</mark> bra att göra:');
  assert.equal(withinParagraph('Ett vanligt kolon: Och mer.'), 'Ett vanligt kolon: Och mer.');
});

test("a paragraph that leads into a list without a sign of its own gets a colon in Pagefind's text, not its full stop", () => {
  const html = '<p>Försäkringskassan föreslår bland annat att</p>\n<ul>\n<li>kommuner ska få gemensamma ledamöter</li>\n</ul>';
  const marked = markSeparators(html);
  assert.match(marked, /bland annat att<span data-sok-tecken="">:<\/span><\/p>/);
  assert.equal(unmarkSeparators(marked), html);
  // One that has its own sign, or leads into a list left out of the index, is not touched here.
  assert.doesNotMatch(markSeparators('<p>Så här:</p><ul><li>a</li></ul>'), /data-sok-tecken="">/);
  assert.doesNotMatch(markSeparators('<p>Läs vidare</p><ul data-pagefind-ignore><li>a</li></ul>'), /data-sok-tecken/);
});

test('an excerpt already finished with that first item says the same', () => {
  const html =
    'Förbundens eget kapital skulle registreras där. Deltagare kunde registreras på tre sätt: Med personuppgifter, om deltagaren lämnade sitt samtycke.';
  assert.equal(pastColon(html, 'Det var bara för dessa deltagare.', esc), `${html} …`);
  // Not after a colon that announces one thing, nor after more than the first item's sentence.
  const one = 'Reglerna säger detta: Intäkter och kostnader ska vara lika stora.';
  assert.equal(pastColon(one, 'Mer.', esc), one);
  const more = `${html} Det var bara för dessa deltagare som resultat kunde redovisas.`;
  assert.equal(pastColon(more, 'Mer.', esc), more);
});

test('a snippet that takes the sentence before along gives up sentences at its end, but none with a searched word', () => {
  const page = `Rubrik? Protokollet ska anslås. Det betyder att ett besked publiceras. ${filler(14, 'A')} slut. ${filler(14, 'B')} slut. Mer.`;
  const html = `Det betyder att ett besked publiceras. ${filler(14, 'A')} slut. ${filler(14, 'B')} slut.`;
  const out = openSentence(html, page, esc, ['Rubrik?']).html;
  assert.equal(out, `Protokollet ska anslås. Det betyder att ett besked publiceras. ${filler(14, 'A')} slut.`);
  // A searched word only in the last sentence keeps it.
  const marked = html.replace('B3', '<mark>B3</mark>');
  assert.equal(openSentence(marked, page, esc, ['Rubrik?']).html, `Protokollet ska anslås. ${marked}`);
});

test('a finished sentence with a searched word and a turning one after it never take the whole excerpt ("eget kapital" stopped /sok/)', () => {
  const html = `${filler(20, 'A')} slut. Som stöd finns <mark>kapital</mark> ${filler(6, 'c')}`;
  const after = `${filler(12, 'd')} slut. Men ${filler(18, 'e')} slut. Nästa.`;
  const out = settleExcerpt(html, after, esc);
  assert.match(out, /<mark>kapital<\/mark>.* d11 slut\.$/);
});
