import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claims, proposalAsLaw, proposalAsLawInEntry } from '../../src/lib/proposal-wording.ts';

const kalla = (plats: string) => `<Kalla id="fk-analys-finsamlagen-2024" plats="${plats}" />`;

test('claims are the text before each run of citations, with their places', () => {
  const found = claims(`Första. ${kalla('a')} ${kalla('b')} Andra. ${kalla('c')}`);
  assert.deepEqual(
    found.map((c) => [c.text, c.platser]),
    [
      ['Första.', ['a', 'b']],
      ['Andra.', ['c']],
    ],
  );
});

test("the proposed 26 § wording cited to today's text fails and says what applies today", () => {
  const [problem, ...rest] = proposalAsLaw(
    `Revisionsberättelsen lämnas till [styrelsen](/roller/styrelsen/) och medlemmarna, och varje medlem prövar. ${kalla('författningsförslaget, 26 § nuvarande lydelse')}`,
  );
  assert.equal(rest.length, 0);
  assert.match(
    problem.message,
    /förslagets lydelse av 26 § men hänvisar till nuvarande lydelse\. I dag gäller: revisionsberättelsen lämnas till styrelsen, förbundsmedlemmarna och Arbetsförmedlingen/,
  );
});

test("today's 26 § wording passes in its several phrasings", () => {
  for (const s of [
    'Revisionsberättelsen lämnas till styrelsen, förbundsmedlemmarna och Arbetsförmedlingen.',
    'Revisionsberättelsen lämnas till styrelsen, till förbundsmedlemmarna och till Arbetsförmedlingen.',
    'Revisionsberättelsen lämnas till styrelsen, medlemmarna och Arbetsförmedlingen, och varje medlem prövar.',
  ]) {
    assert.deepEqual(proposalAsLaw(`${s} ${kalla('författningsförslaget, 26 § nuvarande lydelse')}`), [], s);
  }
});

test('the proposed wording passes inside a proposal box citing the proposal, and fails outside one', () => {
  const claim = `Revisionsberättelsen ska lämnas till styrelsen och medlemmarna. ${kalla('författningsförslaget, 26 § föreslagen lydelse')}`;
  assert.deepEqual(proposalAsLaw([':::caution[Förslag – inte gällande lag]', claim, ':::'].join('\n')), []);
  assert.match(proposalAsLaw(claim)[0].message, /som om den gällde i dag/);
});

test('a flat ban on running insatser is the 7 § proposal, not today’s law', () => {
  const answer = `Nej. Förbundet får enligt 7 § inte driva insatser själv. ${kalla('författningsförslaget, 7 § nuvarande lydelse')}`;
  assert.match(proposalAsLaw(answer)[0].message, /7 §/);
  assert.deepEqual(
    proposalAsLaw(`Lagen förbjuder det inte uttryckligen i dag, men det är parterna som bedriver insatserna. ${kalla('avsnitt 2.1')}`),
    [],
  );
  assert.deepEqual(
    proposalAsLaw(
      `Försäkringskassan föreslår att det ska stå i lagen att förbunden inte får bedriva insatser. ${kalla('författningsförslaget, 7 § föreslagen lydelse')}`,
    ),
    [],
  );
});

test('a glossary entry with the proposed wording and a citation of today’s text fails', () => {
  assert.equal(
    proposalAsLawInEntry('Den lämnas till styrelsen och förbundsmedlemmarna.', 'författningsförslaget, 26 § nuvarande lydelse').length,
    0,
    'no revisionsberättelse named',
  );
  assert.equal(
    proposalAsLawInEntry(
      'Revisionsberättelsen lämnas till styrelsen och förbundsmedlemmarna.',
      'författningsförslaget, 26 § nuvarande lydelse',
    ).length,
    1,
  );
});
