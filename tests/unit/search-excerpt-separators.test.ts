// Snippets that end at a colon, stop at an abbreviation, glue list items into false sentences or read
// a bold label as a sentence (review of /sok/), and the section that holds a snippet's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSentence, pastColon, settleExcerpt, withEllipses } from '../../src/lib/search/excerpt.ts';
import { markSeparators, unmarkSeparators } from '../../src/lib/search/separator-marks.ts';
import { sectionAt } from '../../src/lib/search/section-text.ts';

test('an excerpt ending at a colon goes on with the first list item when it is short', () => {
  const html = 'Staten betalar hälften. Den andra hälften delar kommunerna och regionerna lika på:';
  const after = 'kommunerna i länet betalar en fjärdedel; regionen betalar en fjärdedel. Sedan beslutar styrelsen.';
  const out = pastColon(html, after);
  assert.equal(out, `${html} kommunerna i länet betalar en fjärdedel`);
  assert.equal(withEllipses(out), `${out} …`);
});

test('an excerpt ending at a colon goes on with the next sentence when it is short', () => {
  assert.equal(
    pastColon('Reglerna är lika stora:', 'Intäkter och kostnader. Mer text.'),
    'Reglerna är lika stora: Intäkter och kostnader.',
  );
});

test('what follows a colon too long to show: the excerpt ends before that sentence', () => {
  const first =
    'Revisorerna granskar förbundets verksamhet varje år och lämnar en berättelse till medlemmarna som sedan prövar frågan om ansvarsfrihet för styrelsen.';
  const html = `${first} För revisionen finns ingen särskild regel:`;
  const after =
    'den som granskar följer god revisionssed i kommunal verksamhet enligt det som gäller för kommuner och regioner i övrigt utan undantag';
  assert.equal(pastColon(html, after), first);
});

test('a short excerpt with too long a sequel shows its first words, cut', () => {
  const out = pastColon('Det gäller:', 'a b c d e f g h i j k l m n o');
  assert.equal(out, 'Det gäller: a b c d e f g h i j k l');
  assert.match(withEllipses(out), / …$/);
  assert.equal(pastColon('Inget kolon här.', 'Mer.'), 'Inget kolon här.');
});

test('settleExcerpt no longer takes a colon for the end of the excerpt', () => {
  assert.match(withEllipses('Styrelsen beslutar om:'), / …$/);
});

test('an abbreviation does not end a sentence or an excerpt', () => {
  const out = withEllipses('Genom en hänvisning i 21 § till 11 kap.');
  assert.equal(out, 'Genom en hänvisning i 21 § till 11 kap. …');
  for (const a of ['bl.a.', 't.ex.', 'm.fl.', 's.', 'dvs.', 'enl.', 'jfr.', 'nr.', 'st.', 'ca.', 'prop.'])
    assert.match(withEllipses(`Se ${a}`), / …$/, a);
  assert.equal(withEllipses('Styrelsen beslutar.'), 'Styrelsen beslutar.');
  // The sentence is finished from the page, not cut after "kap.".
  const settled = settleExcerpt(
    'Budgeten ska vara i balans. Genom en hänvisning i 21 § till 11 kap.',
    'kommunallagen gäller det även förbundet. Nästa mening här.',
  );
  assert.match(settled, /kommunallagen gäller det även förbundet\.$/);
  // A sentence does not begin after "kap." before a capital letter.
  const opened = openSentence('Kommunallagen gäller också.', 'Enligt 11 kap. Kommunallagen gäller också.');
  assert.equal(opened.html, 'Enligt 11 kap. Kommunallagen gäller också.');
});

const page = (body: string) => `<main data-pagefind-body>${body}</main>`;

test('list items and table cells get a separator for Pagefind, and the page is restored after', () => {
  const html = page(
    '<ul>\n<li>förbundets namn och ändamål</li>\n<li>förbundets organisation<sup class="not" data-pagefind-ignore><a href="#n">1</a></sup></li>\n<li><p>sista punkten</p></li>\n</ul>' +
      '<table><thead><tr><th>Inriktning</th> <th>Motsvarar</th> </tr></thead><tbody><tr><th scope="row">Rehabilitering</th> <td>Individinriktad</td> <td>Insatser.</td></tr></tbody></table>' +
      '<ul><li>från EU:s socialfond ESF+</li><li>det bör prövas.</li></ul>',
  );
  const marked = markSeparators(html);
  const text = marked.replace(/<sup[\s\S]*?<\/sup>/g, '').replace(/<[^>]*>/g, '');
  assert.match(text, /namn och ändamål;\s+förbundets organisation;\s+sista punkten\n/);
  assert.match(text, /Inriktning; Motsvarar; Rehabilitering; Individinriktad; Insatser\./);
  assert.match(text, /ESF\+;det bör prövas\./);
  assert.equal(unmarkSeparators(marked), html);
});

test('a short bold label that opens a paragraph or an item reads as a label, and is restored', () => {
  const html = page(
    '<p><strong>Vad lagen kräver.</strong> Uppgiften att följa upp.</p><ol><li><strong>Politisk påverkan.</strong> NNS har tagit på sig.</li></ol>',
  );
  const marked = markSeparators(html);
  const text = marked.replace(/<[^>]*>/g, '');
  assert.match(text, /Vad lagen kräver: Uppgiften/);
  assert.match(text, /Politisk påverkan: NNS/);
  assert.equal(unmarkSeparators(marked), html);
  // Bold text that is a paragraph of its own, or a long sentence, stays a sentence.
  const alone = page(
    '<p><strong>Vad lagen kräver.</strong></p><p><strong>En lång mening med många ord som inte är en etikett alls.</strong> Sedan.</p>',
  );
  assert.equal(markSeparators(alone), alone);
});

test("a step's title on a line of its own gets a colon for Pagefind, so it does not run into the step's text", () => {
  // Processflode: "<strong>Kom överens om projektägare</strong><br> Parterna bestämmer …" read as
  // "Kom överens om projektägare Parterna bestämmer …" in a snippet (review 27 follow-up).
  const html = page(
    '<ol><li><strong class="process-steg-rubrik">Kom överens om projektägare</strong><br> Parterna bestämmer.</li><li><strong class="process-steg-rubrik">Är det klart?</strong><br> Ja.</li></ol>',
  );
  const marked = markSeparators(html);
  const text = marked.replace(/<[^>]*>/g, '');
  assert.match(text, /Kom överens om projektägare: Parterna bestämmer/);
  // A title that ends in a sign of its own keeps it.
  assert.match(text, /Är det klart\? Ja/);
  assert.equal(unmarkSeparators(marked), html);
});

test('sectionAt names the section that holds the excerpt, or the page top before the first heading', () => {
  const content = 'Sidan. Inledning om styrelsen och vad den gör i förbundet. Rubrik ett. Text i avsnitt ett om budget och balans.';
  const anchors = [
    { element: 'h1', id: '_top', text: 'Sidan', location: 0 },
    { element: 'h2', id: 'rubrik-ett', text: 'Rubrik ett', location: 11 },
  ];
  assert.equal(sectionAt(content, anchors, 'Inledning om styrelsen och vad den gör'), null);
  assert.deepEqual(sectionAt(content, anchors, '… i avsnitt ett om <mark>budget</mark> och balans.'.replace(/<[^>]*>/g, '')), {
    id: 'rubrik-ett',
    title: 'Rubrik ett',
  });
  assert.equal(sectionAt(content, anchors, 'ord som inte finns på sidan alls'), undefined);
});
