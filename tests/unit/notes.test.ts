import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MARKER_SEPARATOR,
  bySource,
  citationToken,
  citesParagraph,
  markerAfterDigitMessage,
  markerHtml,
  markerId,
  markersAfterDigit,
  numberNotes,
} from '../../src/lib/notes.ts';

const k = (id: string, plats: string) => citationToken('kalla', id, plats);
const s = (id: string, plats: string) => citationToken('stat', id, plats);
// The first use of a note is starred; a later use carries its number, so each can be returned to.
const marker = (n: number, use: number) => `[${n}${use === 1 ? '*' : `/${use}`}]`;

test('each citation becomes a marker after the claim, without the space before it', () => {
  const { html, notes } = numberNotes(`<p>Ett. ${k('a', 's. 1')} Två. ${k('b', 's. 2')}</p>`, marker);
  assert.equal(html, '<p>Ett.[1*] Två.[2*]</p>');
  assert.deepEqual(notes, [
    { n: 1, refs: [{ id: 'a', plats: 's. 1' }], uses: 1 },
    { n: 2, refs: [{ id: 'b', plats: 's. 2' }], uses: 1 },
  ]);
});

test('the same source and place share one number across the page; each use is counted, so the note can lead back to every one', () => {
  const { html, notes } = numberNotes(`<p>Ett. ${k('a', 's. 1')}</p><p>Två. ${k('b', 's. 2')}</p><p>Tre. ${k('a', 's. 1')}</p>`, marker);
  assert.equal(html, '<p>Ett.[1*]</p><p>Två.[2*]</p><p>Tre.[1/2]</p>');
  assert.deepEqual(
    notes.map((n) => n.uses),
    [2, 1],
  );
});

test('neighbouring citations of the same note in one paragraph give one marker, after the last', () => {
  const { html } = numberNotes(`<p>Ett. ${k('a', 's. 1')} Två. ${k('a', 's. 1')} Tre. ${k('b', 's. 2')}</p>`, marker);
  assert.equal(html, '<p>Ett. Två.[1*] Tre.[2*]</p>');
});

test('the same note in two paragraphs keeps a marker in each', () => {
  const { html } = numberNotes(`<p>Ett. ${k('a', 's. 1')}</p><p>Två. ${k('a', 's. 1')}</p>`, marker);
  assert.equal(html, '<p>Ett.[1*]</p><p>Två.[1/2]</p>');
});

test('a figure followed by a citation of the same source is cited once, in one note naming both places', () => {
  const { html, notes } = numberNotes(
    `<p>Det var <span class="stat"><data>339</data>${s('a', 'tabell 4')}</span> mkr. ${k('a', 's. 24')}</p>`,
    marker,
  );
  assert.equal(html, '<p>Det var <span class="stat"><data>339</data></span> mkr.[1*]</p>');
  assert.deepEqual(notes[0].refs, [
    { id: 'a', plats: 'tabell 4' },
    { id: 'a', plats: 's. 24' },
  ]);
});

test('a figure followed by a citation of another source keeps its own marker', () => {
  const { html } = numberNotes(
    `<p>Det var <span class="stat"><data>339</data>${s('a', 'tabell 4')}</span> mkr. ${k('b', 's. 24')}</p>`,
    marker,
  );
  assert.equal(html, '<p>Det var <span class="stat"><data>339</data>[1*]</span> mkr.[2*]</p>');
});

test('a sentence whose note names a subset of the next one shares its marker', () => {
  const { html, notes } = numberNotes(
    `<p>Det var <span class="stat">1${s('a', 'tabell 4')}</span>. ${k('a', 's. 24')} Mer. ${k('a', 's. 24')}</p>`,
    marker,
  );
  assert.equal(html, '<p>Det var <span class="stat">1</span>. Mer.[1*]</p>');
  assert.equal(notes.length, 1);
});

test('a Kort svar box reads as plain text with one marker naming every place it cited', () => {
  const box = `<aside aria-label="Kort svar" class="starlight-aside"><p>Ett. ${k('a', 'avsnitt 1')} Två. ${k('a', 'avsnitt 2')}</p><p>Tre. ${k('b', 's. 3')}</p></aside>`;
  const { html, notes } = numberNotes(`${box}<p>Sedan. ${k('a', 'avsnitt 1')}</p>`, marker);
  assert.equal(html, '<aside aria-label="Kort svar" class="starlight-aside"><p>Ett. Två.</p><p>Tre.[1*]</p></aside><p>Sedan.[2*]</p>');
  assert.deepEqual(notes[0].refs, [
    { id: 'a', plats: 'avsnitt 1' },
    { id: 'a', plats: 'avsnitt 2' },
    { id: 'b', plats: 's. 3' },
  ]);
  assert.deepEqual(bySource(notes[0].refs), [
    { id: 'a', platser: ['avsnitt 1', 'avsnitt 2'] },
    { id: 'b', platser: ['s. 3'] },
  ]);
});

test("a chart's sources join the page's sources without a marker", () => {
  const { html, notes, sources } = numberNotes(`<figure>${citationToken('lista', 'c')}</figure><p>Ett. ${k('a', 's. 1')}</p>`, marker);
  assert.equal(html, '<figure></figure><p>Ett.[1*]</p>');
  assert.equal(notes.length, 1);
  assert.deepEqual(sources, ['c', 'a']);
});

test('places with any character survive the token', () => {
  const { notes } = numberNotes(`<p>Ett. ${k('a', 'författningsförslaget, 7 § <"-->')}</p>`, marker);
  assert.equal(notes[0].refs[0].plats, 'författningsförslaget, 7 § <"-->');
});

test('a place naming a paragraph is recognised, for the link to the law', () => {
  assert.equal(citesParagraph('författningsförslaget, 10 § nuvarande lydelse'), true);
  assert.equal(citesParagraph('avsnitt 3.4'), false);
});

test("a note's first marker keeps the plain id; later markers are numbered, so every id is unique", () => {
  assert.equal(markerId(3, 1), 'not-ref-3');
  assert.equal(markerId(3, 2), 'not-ref-3-2');
  assert.notEqual(markerId(3, 12), markerId(31, 2));
});

test('two markers with only a space between them get a comma, so that notes 6 and 7 do not read as 67', () => {
  const { html } = numberNotes(`<p>Ett. ${k('a', 's. 1')} ${k('b', 's. 2')} Två. ${k('c', 's. 3')}</p>`, marker);
  assert.equal(html, `<p>Ett.[1*]${MARKER_SEPARATOR}[2*] Två.[3*]</p>`);
  // Text between two markers ends the run: no comma before the third.
  assert.equal((html.match(/not-skilje/g) ?? []).length, 1);
});

// Review 21: copied as text, "573" and note 8 read "5738". The build names every such marker.
const real = (n: number, use: number) => markerHtml(n, use, `Not ${n}`);
const stat = (value: string) => `<span class="stat"><data value="${value}">${value}</data>${s('a', 's. 1')}</span>`;

test('a note marker directly after a figure is found, with the text before it; after the sentence it is not', () => {
  const glued = numberNotes(`<p>Under 2023 var det ${stat('573')}. Talet räknar beslut.</p>`, real).html;
  assert.deepEqual(markersAfterDigit(glued), ['Under 2023 var det 573']);
  const moved = numberNotes(`<p>Under 2023 var det ${stat('573')}. ${k('a', 's. 1')} Talet räknar beslut.</p>`, real).html;
  assert.deepEqual(markersAfterDigit(moved), []);
});

test('a marker after a word, a parenthesis or another marker passes; one after a year in a sentence does not', () => {
  const html = numberNotes(
    `<p>Ett (år). ${k('a', 's. 1')} Två ${k('b', 's. 2')} ${k('c', 's. 3')}</p><p>Det gällde 2012${k('d', 's. 4')}</p>`,
    real,
  ).html;
  assert.deepEqual(markersAfterDigit(html), ['Det gällde 2012']);
});

test("the message names the page's file, the figure and the fix", () => {
  assert.equal(
    markerAfterDigitMessage('content/docs/insatser/fran-behov-till-beslut.mdx', ['var 573']),
    'content/docs/insatser/fran-behov-till-beslut.mdx: en not står direkt efter en siffra (”…var 573”). Kopierad som text läses siffran och notens nummer som ett tal. Lägg <Kalla> efter meningen; är siffran en <Stat>, lägg en <Kalla> med samma källa efter meningen, så hamnar siffrans not där. I en tabell: skriv utanNot och ange källorna i tabellens caption.',
  );
});

test('two notes side by side read as a list, "20, 6", never as the decimal number "20,6"', () => {
  const { html } = numberNotes(`<p>Ett. ${k('a', 's. 1')} ${k('b', 's. 2')}</p>`, marker);
  const separator = html.slice(html.indexOf('[1*]') + 4, html.indexOf('[2*]'));
  // Seen only: a comma and a narrow no-break space, inside one hidden element that search leaves out.
  assert.equal(separator.replace(/<[^>]+>/g, ''), ',\u202F');
  assert.match(separator, /^<sup class="not-skilje" aria-hidden="true" data-pagefind-ignore>[^<]*<\/sup>$/);
});
