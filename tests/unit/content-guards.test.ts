import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duplicateSlugs, figuresWithoutNote, imagesWithoutAlt, personnummer, shortAnswerForm } from '../../src/lib/content-guards.ts';

test('a valid personnummer is found in any common form; other numbers are not', () => {
  // 19121212-1212 is Skatteverket's well-known test number (valid check digit).
  for (const form of ['121212-1212', '19121212-1212', '1212121212', '191212121212']) {
    assert.equal(personnummer(`Text ${form} text`).length, 1, form);
  }
  assert.deepEqual(personnummer('Dnr FK 2024/007710 och 2003:1210, 121212-1213 och 22 857 deltagare'), []);
  assert.equal(personnummer('rad ett\nrad 19121212-1212')[0].line, 2);
});

test('images need a text alternative', () => {
  assert.equal(imagesWithoutAlt('![](bild.png)').length, 1);
  assert.equal(imagesWithoutAlt('<img src="a.png">').length, 1);
  assert.deepEqual(imagesWithoutAlt('![Karta över processen](bild.png) <img src="a.png" alt="Karta">'), []);
});

test('two files with the same address are reported', () => {
  assert.deepEqual(duplicateSlugs(['roller.mdx', 'roller/styrelsen.mdx']), []);
  assert.equal(duplicateSlugs(['roller.mdx', 'roller/index.mdx']).length, 1);
  assert.match(duplicateSlugs(['esf.mdx', 'ESF.md'])[0], /ger båda adressen \/esf\//);
});

test('a short answer written in bold instead of the Kort svar box is reported with its line', () => {
  const problems = shortAnswerForm('---\ntitle: x\n---\n\n**Kort svar:** Styrelsen beslutar.\n');
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 5);
  assert.match(problems[0].message, /:::note\[Kort svar\]/);
  assert.deepEqual(shortAnswerForm(':::note[Kort svar]\nStyrelsen beslutar.\n:::\n'), []);
});

test('a figure without its own note stands only in a table whose caption cites the sources', () => {
  const stat = '<Stat id="antal-forbund" year={2024} utanNot />';
  const problems = figuresWithoutNote(`Text\n${stat}\n`);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 2);
  assert.match(problems[0].message, /<caption>/);
  assert.equal(figuresWithoutNote(`<table>\n<caption>Antal</caption>\n<tr><td>${stat}</td></tr>\n</table>`).length, 1);
  const cited = `<table>\n<caption>Antal, enligt analysen <Kalla id="fk-analys-finsamlagen-2024" plats="avsnitt 2.1" /></caption>\n<tr><td>${stat}</td></tr>\n</table>`;
  assert.deepEqual(figuresWithoutNote(cited), []);
  assert.deepEqual(figuresWithoutNote('<Stat id="antal-forbund" year={2024} />'), []);
});
