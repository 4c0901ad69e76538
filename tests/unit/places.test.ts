import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readablePlace } from '../../src/lib/places.ts';

test("a paragraph of today's law, reprinted in the proposal, reads as today's law and says where it is reprinted", () => {
  assert.equal(readablePlace('författningsförslaget, 10 § nuvarande lydelse'), '10 § som den lyder i dag (återgiven i lagförslaget)');
  assert.equal(readablePlace('författningsförslag, 7 § nuvarande lydelse'), '7 § som den lyder i dag (återgiven i lagförslaget)');
  assert.equal(
    readablePlace('författningsförslaget, 25 och 26 §§ nuvarande lydelse'),
    '25 och 26 §§ som de lyder i dag (återgivna i lagförslaget)',
  );
  assert.equal(
    readablePlace('avsnitt 3.11.3 och författningsförslaget, 25 § nuvarande lydelse'),
    'avsnitt 3.11.3 och 25 § som den lyder i dag (återgiven i lagförslaget)',
  );
  assert.equal(
    readablePlace('författningsförslag, 7 § nuvarande lydelse, och avsnitt 3.3.1'),
    '7 § som den lyder i dag (återgiven i lagförslaget), och avsnitt 3.3.1',
  );
  for (const plats of ['författningsförslaget, 10 § nuvarande lydelse', 'författningsförslaget, 7 och 10 §§ nuvarande lydelse'])
    assert.doesNotMatch(readablePlace(plats), /förslaget till ändring/);
});

test('the law proposal and its columns are named in plain words, the paragraph kept', () => {
  assert.equal(readablePlace('författningsförslag, 7 § föreslagen lydelse'), 'förslaget till ändring i lagen, 7 § som den föreslås lyda');
  assert.equal(
    readablePlace('avsnitt 3.5, 3.5.3 och 3.11.2 samt författningsförslaget, 7, 7 a och 10 §§ föreslagen lydelse'),
    'avsnitt 3.5, 3.5.3 och 3.11.2 samt förslaget till ändring i lagen, 7, 7 a och 10 §§ som de föreslås lyda',
  );
  assert.equal(
    readablePlace('författningskommentaren, 26 §, och författningsförslaget, 26 §'),
    'kommentaren till lagförslaget, 26 §, och förslaget till ändring i lagen, 26 §',
  );
});

test('places without legal terms are shown as written', () => {
  for (const plats of ['avsnitt 3.1.1', 'tabell 1 och 2, avsnitt 3.1', 'bilaga 1', 'avsnitt 5, kommentar till 2 §'])
    assert.equal(readablePlace(plats), plats);
});
