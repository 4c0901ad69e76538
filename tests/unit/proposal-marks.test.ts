import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markProposals, unmarkProposals } from '../../src/lib/search/proposal-marks.ts';
import { cleanExcerpt, openSentence } from '../../src/lib/search/excerpt.ts';

const box =
  '<aside aria-label="Förslag – inte gällande lag" class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title" aria-hidden="true">Förslag – inte gällande lag</p><div class="starlight-aside__content"><p>Beslut om insatser ska inte få delegeras.</p></div></aside>';
const page = `<p>Styrelsen beslutar.</p>${box}<aside aria-label="Bra att veta" class="starlight-aside"><div class="starlight-aside__content"><p>Annat.</p></div></aside>`;

test("a proposal box's text is marked for the index at its start and end, and the marks come out again", () => {
  const marked = markProposals(page);
  assert.match(
    marked,
    /<div class="starlight-aside__content"><span data-forslag="⸢" data-pagefind-index-attrs="data-forslag"><\/span><p>Beslut/,
  );
  assert.match(
    marked,
    /delegeras\.<\/p><span data-forslag="⸣" data-pagefind-index-attrs="data-forslag"><\/span><\/div><\/aside><aside aria-label="Bra att veta"/,
  );
  assert.equal((marked.match(/data-forslag=/g) ?? []).length, 2);
  assert.equal(unmarkProposals(marked), page);
});

test('an excerpt that begins inside a proposal box is known as one; one before it, or after, is not; the marks never show', () => {
  // Pagefind's text of the page, with the marks as words of their own.
  const content =
    'Styrelsen beslutar. Förslag – inte gällande lag. ⸢ Försäkringskassan föreslår ändringar. Beslut om insatser ska inte få delegeras. ⸣ Efter rutan gäller lagen.';
  assert.equal(openSentence('Beslut om insatser ska inte få delegeras.', content).proposal, true);
  assert.equal(openSentence('Styrelsen beslutar.', content).proposal, undefined);
  assert.equal(openSentence('Efter rutan gäller lagen.', content).proposal, undefined);
  // Begun at the box's title, the title shows and says it already.
  assert.equal(openSentence('Förslag – inte gällande lag. Försäkringskassan föreslår ändringar.', content).proposal, undefined);
  assert.equal(cleanExcerpt('delegeras. ⸣ Efter'), 'delegeras. Efter');
});
