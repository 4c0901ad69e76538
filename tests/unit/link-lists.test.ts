import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markLinkLists, MAX_GLOSS_WORDS } from '../../src/lib/link-lists.ts';

/** The start tags of the lists markLinkLists keeps out of the index. */
const marked = (html: string) => (markLinkLists(html).match(/<(?:ul|ol)\b[^>]*>/g) ?? []).filter((t) => t.includes('data-pagefind-ignore'));
const note = '<sup class="not" data-pagefind-ignore><a href="#not-1">1</a></sup>';

test('a list of links to other pages, each with a line about it, is kept out of the search index', () => {
  const lasVidare =
    '<h2 id="läs-vidare">Läs vidare</h2><ul>' +
    '<li><a href="/insatser/individinriktade/">Individinriktade insatser</a> – vad de innehåller och vem de är till för.</li>' +
    '<li><a href="/insatser/fran-behov-till-beslut/">Från behov till beslut</a> – hur en insats kommer till och följs upp.</li></ul>';
  assert.deepEqual(marked(lasVidare), ['<ul data-pagefind-ignore>']);
  // The link in bold, a numbered list, a class of its own: the same list.
  assert.deepEqual(
    marked('<ol class="kapitelkort"><li><strong><a href="/ekonomi/">Ekonomi</a></strong>: budget och eget kapital.</li></ol>'),
    ['<ol class="kapitelkort" data-pagefind-ignore>'],
  );
  // An item that is mostly links, though it does not start with one (the start page's "Vad vill du göra?").
  assert.deepEqual(
    marked(
      '<ul><li>Få svar i en <a href="/vagvisare/">vägvisare</a>: <a href="/vagvisare/finansiera-insats/">kan förbundet finansiera insatsen?</a></li>' +
        '<li><a href="/ekonomi/">Förstå budgeten och det egna kapitalet</a></li></ul>',
    ),
    ['<ul data-pagefind-ignore>'],
  );
});

test('a list that says things of its own stays searchable', () => {
  // A cited item is a claim (the reading paths, the target groups).
  assert.deepEqual(
    marked(`<ul><li><a href="/malgrupper/unga/">Unga</a>. Gruppen avser unga utan aktivitetsersättning.${note}</li></ul>`),
    [],
  );
  // More than a line about the page it names.
  const long = Array.from({ length: MAX_GLOSS_WORDS + 1 }, (_, i) => `ord${i}`).join(' ');
  assert.deepEqual(marked(`<ul><li><a href="/ekonomi/">Ekonomi</a> ${long}</li></ul>`), []);
  // One item that is no link, or whose link is a term in passing, is enough.
  assert.deepEqual(marked('<ul><li><a href="/ekonomi/">Ekonomi</a></li><li>Styrelsen beslutar om budgeten.</li></ul>'), []);
  assert.deepEqual(marked('<ul><li>Styrelsen antar <a href="/ordlista/#budget">budgeten</a> före årets början.</li></ul>'), []);
  // Links to places on the same page, or to other websites, point nowhere in the guidance.
  assert.deepEqual(marked('<ul><li><a href="#noter">Noter</a></li><li><a href="https://finsam.se/">finsam.se</a></li></ul>'), []);
});

test('a nested list of links inside a list that says more is marked on its own, and nothing is marked twice', () => {
  const html =
    '<ul><li>Styrelsen beslutar om mycket, bland annat om budgeten och om vilka insatser som ska finansieras under året som kommer, och mer därtill.' +
    '<ul><li><a href="/ekonomi/">Ekonomi</a></li></ul></li></ul>';
  assert.equal(markLinkLists(html), html.replace('<ul><li><a', '<ul data-pagefind-ignore><li><a'));
  const once = markLinkLists('<ul><li><a href="/ekonomi/">Ekonomi</a></li></ul>');
  assert.equal(markLinkLists(once), once);
});
