import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readablePlace } from '../../src/lib/places.ts';

test("a paragraph of today's law, quoted in the proposal, reads as today's law and says where the report quotes it", () => {
  assert.equal(readablePlace('författningsförslaget, 10 § nuvarande lydelse'), '10 § i dagens lag, citerad i rapportens lagförslag');
  assert.equal(readablePlace('författningsförslag, 7 § nuvarande lydelse'), '7 § i dagens lag, citerad i rapportens lagförslag');
  assert.equal(
    readablePlace('författningsförslaget, 25 och 26 §§ nuvarande lydelse'),
    '25 och 26 §§ i dagens lag, citerade i rapportens lagförslag',
  );
  assert.equal(
    readablePlace('avsnitt 3.11.3 och författningsförslaget, 25 § nuvarande lydelse'),
    'avsnitt 3.11.3 och 25 § i dagens lag, citerad i rapportens lagförslag',
  );
  assert.equal(
    readablePlace('författningsförslag, 7 § nuvarande lydelse, och avsnitt 3.3.1'),
    '7 § i dagens lag, citerad i rapportens lagförslag, och avsnitt 3.3.1',
  );
  assert.equal(readablePlace('avsnitt 5, 10 § nuvarande lydelse'), 'avsnitt 5, 10 § i dagens lag');
  assert.equal(readablePlace('avsnitt 5, 25 och 26 §§ nuvarande lydelse'), 'avsnitt 5, 25 och 26 §§ i dagens lag');
});

test('no legal term or bracket reaches the reader, and the paragraph is kept', () => {
  const places = [
    'författningsförslaget, 10 § nuvarande lydelse',
    'författningsförslaget, 7 och 10 §§ nuvarande lydelse',
    'författningsförslaget, 26 § föreslagen lydelse',
    'författningsförslaget, 7 a §',
    'författningskommentaren, 26 §, och författningsförslaget, 26 §',
    'avsnitt 5, författningskommentaren till 26 §',
    'titelsidan och författningsförslaget, inledningen',
    'författningsförslaget',
  ];
  for (const plats of places) {
    const shown = readablePlace(plats);
    assert.doesNotMatch(shown, /författning|lydelse|[()]/, shown);
    for (const paragraph of plats.match(/\d+(?: [a-z])? §/g) ?? []) assert.ok(shown.includes(paragraph), `${paragraph} saknas i: ${shown}`);
  }
});

test("the report's proposal and its commentary are named in plain words, the paragraph first", () => {
  assert.equal(readablePlace('författningsförslag, 7 § föreslagen lydelse'), '7 § som rapporten föreslår att den ska lyda');
  assert.equal(
    readablePlace('avsnitt 3.5, 3.5.3 och 3.11.2 samt författningsförslaget, 7, 7 a och 10 §§ föreslagen lydelse'),
    'avsnitt 3.5, 3.5.3 och 3.11.2 samt 7, 7 a och 10 §§ som rapporten föreslår att de ska lyda',
  );
  assert.equal(readablePlace('avsnitt 3.9 och författningsförslaget, 25 §'), 'avsnitt 3.9 och 25 § i rapportens lagförslag');
  assert.equal(readablePlace('författningsförslaget, 30–37 §§'), '30–37 §§ i rapportens lagförslag');
  assert.equal(
    readablePlace('författningskommentaren, 26 §, och författningsförslaget, 26 §'),
    'rapportens kommentar till 26 § i lagförslaget, och 26 § i rapportens lagförslag',
  );
  assert.equal(readablePlace('avsnitt 5, författningskommentaren till 26 §'), 'avsnitt 5, rapportens kommentar till 26 § i lagförslaget');
  assert.equal(readablePlace('titelsidan och författningsförslaget, inledningen'), 'titelsidan och inledningen till rapportens lagförslag');
});

test('places without legal terms are shown as written', () => {
  for (const plats of ['avsnitt 3.1.1', 'tabell 1 och 2, avsnitt 3.1', 'bilaga 1', 'avsnitt 5, kommentar till 2 §'])
    assert.equal(readablePlace(plats), plats);
});
