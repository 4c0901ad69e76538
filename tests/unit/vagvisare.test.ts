// The checks that make a broken vägvisare fail the build, run on small fixture guides in
// tests/unit/fixtures/vagvisare/ (one mistake per file), and the pages a guide is built into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkGuide, type Known } from '../../src/lib/vagvisare/check.ts';
import { answerHref, guidePages } from '../../src/lib/vagvisare/paths.ts';
import { isFraga, type Vagvisare } from '../../src/lib/vagvisare/model.ts';

const fixture = (name: string) => parse(readFileSync(new URL(`fixtures/vagvisare/${name}.yaml`, import.meta.url), 'utf8')) as Vagvisare;
const known: Known = { kallor: new Set(['rapport-a', 'rapport-b']), processer: new Set(['esf']), sidor: new Set(['/roller/styrelsen/']) };

test('a valid guide has no problems', () => {
  assert.deepEqual(checkGuide(fixture('giltig'), known), []);
});

test('an answer that leads nowhere names the step, the answer and the steps that exist', () => {
  assert.deepEqual(checkGuide(fixture('svar-leder-ingenstans'), known), [
    'steget "andra": svaret "Ja" leder till "inm", som inte finns. Ange id:t för ett steg i filen: andra, forsta, inom, utanfor.',
  ]);
});

test('a loop is reported with the steps it passes', () => {
  const problems = checkGuide(fixture('slinga'), known);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^stegen bildar en slinga: forsta → andra → forsta\./);
});

test('an unknown source id names the step and lists the valid ids', () => {
  assert.deepEqual(checkGuide(fixture('okand-kalla'), known), [
    'steget "utanfor": källan "rapport-x" i grund finns inte i content/kallor/. Giltiga id: rapport-a, rapport-b.',
  ]);
});

test('a step that no answer leads to is reported', () => {
  assert.deepEqual(checkGuide(fixture('foraldralost-steg'), known), [
    'steget "glomd" nås inte från start ("forsta"). Låt ett svar leda dit eller ta bort steget.',
  ]);
});

test('a link to a page that does not exist is reported', () => {
  assert.match(
    checkGuide(fixture('dod-lank'), known).join('\n'),
    /steget "inom": länken "\/roller\/styrelse\/" leder inte till någon sida/,
  );
});

test('a guide must start with a question that exists', () => {
  assert.match(checkGuide({ ...fixture('giltig'), start: 'inom' }, known).join('\n'), /start: "inom" är ett utfall/);
  assert.match(checkGuide({ ...fixture('giltig'), start: 'borja' }, known).join('\n'), /start: "borja" är inget steg i filen/);
});

test('two answers with the same id on one question are reported, since they would share an address', () => {
  const guide = fixture('giltig');
  const first = guide.steg[0];
  if (isFraga(first)) first.svar[1].id = 'ja';
  assert.match(checkGuide(guide, known).join('\n'), /steget "forsta": två svar har id "ja"/);
});

test('every path gets its own pages, each outcome page lists the answers that led to it', () => {
  const pages = guidePages('test', fixture('giltig'));
  assert.deepEqual(
    pages.map((p) => p.sida),
    [
      '/vagvisare/test/forsta/',
      '/vagvisare/test/ja/andra/',
      '/vagvisare/test/ja/ja/inom/',
      '/vagvisare/test/ja/nej/utanfor/',
      '/vagvisare/test/nej/utanfor/',
    ],
  );
  const outcome = pages.find((p) => p.sida === '/vagvisare/test/ja/nej/utanfor/')!;
  assert.deepEqual(
    outcome.givna.map((g) => [g.fraga.id, g.svar, g.andraSida]),
    [
      ['forsta', 'Ja', '/vagvisare/test/forsta/'],
      ['andra', 'Nej', '/vagvisare/test/ja/andra/'],
    ],
  );
  // Each answer on a question page links to the page that walking the path produced.
  const second = pages[1];
  assert.equal(answerHref(second, 'test', 'nej', 'utanfor'), '/vagvisare/test/ja/nej/utanfor/');
  assert.ok(pages.every((p) => new Set(pages.map((q) => q.sida)).has(p.sida)));
  assert.equal(new Set(pages.map((p) => p.sida)).size, pages.length, 'every page has its own address');
});

test('the real guides pass the checks and every path ends in an outcome', () => {
  for (const name of ['finansiera-insats', 'esf-projekt', 'delegera-beslut']) {
    const guide = parse(readFileSync(new URL(`../../content/vagvisare/${name}.yaml`, import.meta.url), 'utf8')) as Vagvisare;
    const kallor = new Set(['fk-analys-finsamlagen-2024', 'fk-esf-beredningsstruktur-2025']);
    const sidor = new Set(guide.steg.flatMap((s) => (isFraga(s) ? [] : s.lasMer.map((l) => l.sida.split('#')[0]))));
    assert.deepEqual(checkGuide(guide, { kallor, processer: new Set(['esf']), sidor }), [], name);
    const pages = guidePages(name, guide);
    const questions = pages.filter((p) => isFraga(p.steg));
    for (const q of questions) {
      if (!isFraga(q.steg)) continue;
      for (const a of q.steg.svar)
        assert.ok(
          pages.some((p) => p.sida === answerHref(q, name, a.id, a.till)),
          `${name}: ${q.sida} → ${a.id}`,
        );
    }
  }
});
