import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent, reportsDir } from '../../src/lib/content-checks.ts';
import { placeholders } from '../../src/lib/content-guards.ts';

const fixture = join(import.meta.dirname, '../fixtures/minimal');
const reports = join(import.meta.dirname, 'fixtures/kallor');

/** Runs the build's content checks on a copy of the minimal site after `edits` (file → new text; a new file starts empty). */
function check(edits: Record<string, (s: string) => string> = {}, reportsFolder = reports) {
  const dir = mkdtempSync(join(tmpdir(), 'content-checks-'));
  try {
    cpSync(fixture, dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const path = join(dir, 'content', file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
    }
    return checkContent(dir, reportsFolder);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const bigSeries = (s: string) =>
  s.replace('varde: 10,', 'varde: 100,').replace('varde: 4,', 'varde: 40,').replace('varde: 6,', 'varde: 60,');

test('the unchanged fixture passes every check', () => {
  assert.deepEqual(check(), { problems: [], notes: [] });
});

test('a figure typed into prose that a series holds names the file, line and series, and how to fix it', () => {
  const { problems } = check({ 'statistik/antal.yaml': bigSeries, 'docs/index.mdx': (s) => `${s}\nDet finns 100 förbund.\n` });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    /^content\/docs\/index\.mdx:13: talet 100 är inskrivet i texten, men finns i serien antal \(2021\)\. Skriv <Stat id="antal" year=\{2021\} \/>/,
  );
});

test('without the reports, the report checks are skipped with a reason, not passed in silence', () => {
  const { problems, notes } = check(
    { 'kallor/rapport-a.yaml': (s) => s.replace('fil: rapport-a.txt', 'fil: finns-inte.txt') },
    '/finns/inte',
  );
  assert.deepEqual(problems, []);
  assert.equal(notes.length, 1);
  assert.match(notes[0], /hoppades över, eftersom källrapporterna inte finns i \/finns\/inte/);
});

test('with the reports, a fil: that names no report fails, naming the source file and line', () => {
  const { problems } = check({ 'kallor/rapport-a.yaml': (s) => s.replace('fil: rapport-a.txt', 'fil: rapport-c.txt') });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    /^content\/kallor\/rapport-a\.yaml:6: fil: rapport-c\.txt finns inte i mappen med källrapporter .*Där finns: rapport-a\.txt, rapport-b\.txt\./,
  );
});

test('with the reports, a sentence copied from one fails naming page, line and report', () => {
  const copied = 'Förbundet ska besluta om mål och riktlinjer för den finansiella samordningen och stödja samverkan.';
  const { problems } = check({ 'docs/index.mdx': (s) => `${s}\n${copied}\n` });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    /^content\/docs\/index\.mdx:13: texten "ska besluta om .* samverkan" står ordagrant .* i källrapporten rapport-a\.txt/,
  );
});

test('reports are looked for beside the project unless KALLOR_DIR says otherwise', () => {
  assert.equal(reportsDir('/work/projekt', {}), '/work/shared/kallor');
  assert.equal(reportsDir('/work/projekt', { KALLOR_DIR: '/rapporter' }), '/rapporter');
});

test('template placeholders fail in a published page and are allowed in a draft', () => {
  const page = [
    '---',
    'title: Ny',
    "description: 'ERSÄTT: skriv en mening om sidan'",
    '# ERSÄTT i en kommentar räknas inte',
    '---',
    '',
    'Text <Kalla id="…" plats="…" />',
  ].join('\n');
  const found = placeholders(page);
  assert.deepEqual(
    found.map((p) => p.line),
    [3, 7],
  );
  assert.match(found[0].message, /texten "ERSÄTT: skriv en mening om .*" kommer från mallen och står kvar/);
  assert.match(found[1].message, /platshållare från sidmallen/);
  assert.deepEqual(placeholders(page.replace('title: Ny', 'title: Ny\ndraft: true')), []);
});

test('a data file made for a draft page may keep its placeholders until the page is published', () => {
  const role = "namn: Ny\nkort: 'ERSÄTT: en mening'\nsida: /roller/styrelsen/\n";
  const draft = (s: string) => s.replace('---\n', '---\ndraft: true\n');
  assert.deepEqual(check({ 'roller/styrelsen.yaml': () => role, 'docs/roller/styrelsen.mdx': draft }).problems, []);
  const { problems } = check({ 'roller/styrelsen.yaml': () => role });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^content\/roller\/styrelsen\.yaml:2: texten "ERSÄTT: en mening/);
});

// Editors' mistakes that the build's content guards (src/integrations/content-guards.mjs) stop,
// each naming the file and line. tests/build/mistakes.test.mjs shows in one build that the guards
// stop `astro build` and print every problem at once.
const page = 'docs/roller/styrelsen.mdx';
const fixtureText = (file: string) => readFileSync(join(fixture, 'content', file), 'utf8');
const guardMistakes: { name: string; edits: Record<string, (s: string) => string>; expect: RegExp[] }[] = [
  {
    name: 'a personnummer in content',
    edits: { [page]: (s) => `${s}\nKontakta Test Testsson, 19121212-1212.\n` },
    expect: [/^content\/docs\/roller\/styrelsen\.mdx:\d+: "19121212-1212" ser ut som ett personnummer/],
  },
  {
    name: 'an image without alt text',
    edits: { [page]: (s) => `${s}\n![](/favicon.svg)\n` },
    expect: [/^content\/docs\/roller\/styrelsen\.mdx:\d+: bilden \/favicon\.svg saknar alternativtext/],
  },
  {
    name: 'two pages with the same address',
    edits: { 'docs/ordlista/index.mdx': () => fixtureText('docs/ordlista.mdx') },
    expect: [
      /content\/docs\/ordlista\/index\.mdx.*content\/docs\/ordlista\.mdx.*ger båda adressen \/ordlista\/|content\/docs\/ordlista\.mdx.*content\/docs\/ordlista\/index\.mdx.*ger båda adressen \/ordlista\//s,
    ],
  },
  {
    name: 'a page template published unchanged',
    edits: {
      'docs/roller/ny-roll.mdx': () =>
        readFileSync(join(import.meta.dirname, '../../scripts/mallar/vagledning.mdx'), 'utf8')
          .replaceAll('{{titel}}', 'Ny roll')
          .replaceAll('{{slug}}', 'ny-roll')
          .replaceAll('{{idag}}', '2024-02-01')
          .replace(/^draft: true\n/m, ''),
    },
    expect: [/^content\/docs\/roller\/ny-roll\.mdx:\d+: texten "ERSÄTT.*" kommer från mallen och står kvar/],
  },
];

for (const m of guardMistakes) {
  test(`the content guards stop: ${m.name}, naming file and line`, () => {
    const { problems } = check(m.edits);
    assert.ok(problems.length > 0, `no problem found for: ${m.name}`);
    for (const pattern of m.expect)
      assert.ok(
        problems.some((p) => pattern.test(p)),
        `message not found for: ${m.name}\n${problems.join('\n')}`,
      );
  });
}
