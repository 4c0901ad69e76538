import { test } from 'node:test';
import assert from 'node:assert/strict';
import { softHyphens } from '../../src/lib/hyphenate.ts';
import { hyphenatedTitle } from '../../src/lib/page-title.ts';

const shown = (s: string) => softHyphens(s).replaceAll('\u00ad', '|');

test('long compounds get a break after the joining s', () => {
  assert.equal(shown('Tillgänglighetsredogörelse'), 'Tillgänglighets|redogörelse');
  assert.equal(shown('Samordningsförbundets uppgifter'), 'Samordnings|förbundets uppgifter');
  assert.equal(shown('Långtidssjukskrivna'), 'Långtids|sjukskrivna');
  assert.equal(shown('Arbetsförmedlingen'), 'Arbets|förmedlingen');
  assert.equal(shown('Unga med funktionsnedsättning'), 'Unga med funktions|nedsättning');
  // The search page's heading broke as "kunskapsstöd/et" at 320 px.
  assert.equal(shown('Sök i kunskapsstödet'), 'Sök i kunskaps|stödet');
  assert.equal(shown('Medlemskapsavgift'), 'Medlemskaps|avgift');
});

test('a break never leaves a single letter: a genitive s stays with its word', () => {
  for (const word of ['Samordningsförbundets', 'Försäkringskassans', 'Arbetsförmedlingens', 'Beredningsgruppens'])
    for (const part of shown(word).split('|')) assert.ok(part.length >= 5, `${shown(word)}: "${part}"`);
  assert.equal(shown('Samordningsförbundets'), 'Samordnings|förbundets');
  // A joint needs four letters after it, so a word ending in a joint-like "-ings" + one letter is not broken there.
  assert.equal(shown('Uppföljningsdatas'), 'Uppföljnings|datas');
  assert.equal(shown('Tillgänglighetsx'), 'Tillgänglighetsx');
});

test('short words, words without a joint and the text itself are left alone', () => {
  assert.equal(shown('Styrelsen'), 'Styrelsen');
  assert.equal(shown('Strukturövergripande insatser'), 'Strukturövergripande insatser');
  assert.equal(softHyphens('Tillgänglighetsredogörelse').replaceAll('\u00ad', ''), 'Tillgänglighetsredogörelse');
});

test('Starlight’s rendered title gets soft hyphens, and search gets the title without them', () => {
  const html = '<h1 id="_top" class="astro-x">Tillgänglighetsredogörelse &amp; mer</h1>';
  assert.equal(
    hyphenatedTitle(html).replaceAll('\u00ad', '|'),
    '<h1 id="_top" class="astro-x" data-pagefind-meta="title:Tillgänglighetsredogörelse &amp; mer">Tillgänglighets|redogörelse &amp; mer</h1>',
  );
  assert.throws(() => hyphenatedTitle('<h1 id="_top"><span>Titel</span></h1>'), /Starlights sidrubrik/);
});
