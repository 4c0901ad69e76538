// Words kept out of the search index that are no part of what a page says (src/lib/index-ignore.ts):
// the "Kort svar" box's title and a paragraph's closing "Läs mer om …" sentence (reader review).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markIndexIgnores, MAX_READ_MORE_WORDS } from '../../src/lib/index-ignore.ts';

const note = '<sup class="not" data-pagefind-ignore><a href="#not-1">1</a></sup>';
/** The text Pagefind indexes: without elements marked data-pagefind-ignore (none nest here but notes). */
const indexed = (html: string) =>
  markIndexIgnores(html)
    .replace(/<sup class="not"[^>]*>.*?<\/sup>/g, '')
    .replace(/<(\w+)[^>]*data-pagefind-ignore[^>]*>.*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

test("the Kort svar box's title is kept out of the index, and its text is not", () => {
  const box =
    '<aside aria-label="Kort svar" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true">Kort svar</p>' +
    '<div class="starlight-aside__content"><p>Ett samordningsförbund finansierar insatser.</p></div></aside>';
  assert.equal(indexed(box), 'Ett samordningsförbund finansierar insatser.');
  assert.match(markIndexIgnores(box), /<p class="starlight-aside__title" aria-hidden="true" data-pagefind-ignore>Kort svar<\/p>/);
  // Another box's title says something of its own ("Förslag – inte gällande lag"): it stays.
  const proposal = box.replaceAll('Kort svar', 'Förslag – inte gällande lag');
  assert.equal(markIndexIgnores(proposal), proposal);
  // Marked once, also when the HTML comes through again.
  assert.equal(markIndexIgnores(markIndexIgnores(box)), markIndexIgnores(box));
});

test('a closing "Läs mer om …" sentence that points to another page is kept out of the index', () => {
  assert.equal(
    indexed(`<p>Revisorerna granskar förbundet.${note} Läs mer om <a href="/roller/revisorerna/">revisorerna</a>.</p>`),
    'Revisorerna granskar förbundet.',
  );
  // Two links, a question mark inside a link, a note marker after it.
  const faq =
    `<p>Förbundet granskas av en <a href="/ordlista/#revisor">revisor</a> för varje medlem.${note} Läs mer under ` +
    '<a href="/roller/revisorerna/#vem-utser-revisorerna">Vem utser revisorerna?</a> och på sidan <a href="/revision/">Revision</a>.</p>';
  assert.equal(indexed(faq), 'Förbundet granskas av en revisor för varje medlem.');
  assert.equal(
    indexed(`<p>Text &amp; mer. Läs mer om de två slagen av insatser under <a href="/insatser/">Insatser</a>.${note}</p>`),
    'Text &amp; mer.',
  );
  assert.equal(markIndexIgnores(markIndexIgnores(faq)), markIndexIgnores(faq));
});

test('a "Läs mer" that is not a closing pointer stays in the index', () => {
  for (const html of [
    // Text of its own follows it.
    '<p>Läs mer om <a href="/x/">x</a>. Sedan säger sidan något.</p>',
    // No link to a page of the site.
    '<p>Text. Läs mer om revisorerna i kommunallagen.</p>',
    '<p>Text. Läs mer på <a href="https://www.finsam.se/">Nationella rådets webbplats</a>.</p>',
    // Inside a sentence, not beginning one.
    '<p>Den som vill läsa mer om <a href="/x/">x</a> kan göra det.</p>',
    `<p>Text. Läs mer om ${Array.from({ length: MAX_READ_MORE_WORDS + 1 }, (_, i) => `ord${i}`).join(' ')} <a href="/x/">x</a>.</p>`,
  ])
    assert.equal(markIndexIgnores(html), html, html);
});
