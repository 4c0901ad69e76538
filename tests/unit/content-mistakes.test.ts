// Each editor's mistake in frontmatter or a data file, made on purpose in the minimal fixture site,
// must fail its collection's schema (or, for broken YAML in frontmatter, Astro's frontmatter parser)
// with the Swedish message and name the file, exactly as the build
// prints it (tests/unit/helpers/content-entry.ts runs the real schemas through Astro's validation and
// error printer). The unchanged files must pass, so a failure below is caused by the mistake alone.
// Mistakes only a build shows (links, components, YAML syntax, the build really stopping) are in
// tests/build/mistakes.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from './helpers/content-entry.ts';

const page = 'docs/roller/styrelsen.mdx';
const setDate = (value: string) => (s: string) => s.replace("granskad: '2024-02-01'", `granskad: ${value}`);

interface Mistake {
  name: string;
  file: string;
  edit: (text: string) => string;
  expect: RegExp[];
  reject?: RegExp[];
}

const mistakes: Mistake[] = [
  {
    name: 'an intent leads to a page that does not exist',
    file: 'sok/avsikter.yaml',
    edit: (s) => s.replace('/roller/styrelsen/', '/roller/finns-inte/'),
    expect: [/\/roller\/finns-inte\/ är ingen sida i content\/docs\//],
  },
  {
    name: "a concept without the pages' wording",
    file: 'sok/begrepp.yaml',
    edit: (s) => s.replace(/  sidorna:.*\n/, ''),
    expect: [/sidorna/],
  },
  {
    name: 'broken YAML in frontmatter',
    file: page,
    edit: (s) => s.replace(/^kallor:.*$/m, 'kallor: [rapport-a'),
    expect: [/Location:\s+\S*content\/docs\/roller\/styrelsen\.mdx:4:/],
  },
  { name: 'missing title', file: page, edit: (s) => s.replace(/^title:.*\n/m, ''), expect: [/title.*fältet saknas/] },
  {
    name: 'empty description',
    file: page,
    edit: (s) => s.replace(/^description:.*$/m, "description: ''"),
    expect: [/description.*fältet är tomt/],
  },
  {
    name: 'unknown source id',
    file: page,
    edit: (s) => s.replace('kallor: [rapport-a]', 'kallor: [rapport-x]'),
    expect: [/"rapport-x" finns inte i content\/kallor\/\. Kontrollera stavningen\. Giltiga id: rapport-a, rapport-b\./],
  },
  {
    name: 'unknown role id',
    file: page,
    edit: (s) => s.replace('roller: [styrelsen]', 'roller: [styrelse]'),
    expect: [/"styrelse" finns inte i content\/roller\//],
  },
  {
    name: 'no sources at all',
    file: page,
    edit: (s) => s.replace('kallor: [rapport-a]', 'kallor: []'),
    expect: [/kallor.*ange minst en källa/],
  },
  { name: 'impossible review date', file: page, edit: setDate("'2025-13-45'"), expect: [/2025-13-45 är inget riktigt datum/] },
  { name: 'unquoted review date', file: page, edit: setDate('2024-02-01'), expect: [/skriv datumet inom citattecken/] },
  {
    name: 'review date without leading zeros',
    file: page,
    edit: setDate("'2024-2-1'"),
    expect: [/datumet ska skrivas 'ÅÅÅÅ-MM-DD'/],
    reject: [/framtiden/, /inget riktigt datum/],
  },
  { name: 'review date in the future', file: page, edit: setDate("'2999-01-01'"), expect: [/2999-01-01 ligger i framtiden/] },
  {
    name: 'a chart note that points to another series in words',
    file: 'statistik/antal.yaml',
    edit: (s) => `${s}anmarkningar:\n  - "Se serien om andelar."\n`,
    expect: [/anmärkningen hänvisar till en annan serie i text.*relaterade:/],
  },
  {
    name: 'a related series that does not exist',
    file: 'statistik/antal.yaml',
    edit: (s) => `${s}relaterade: [antla]\n`,
    expect: [/serien finns inte i content\/statistik\//],
  },
  // The other vägvisare mistakes (loops, unknown sources, orphan steps) are unit-tested in tests/unit/vagvisare.test.ts.
  {
    name: 'a vägvisare answer that leads nowhere',
    file: 'vagvisare/test.yaml',
    edit: (s) => s.replace('till: ja-utfall', 'till: ja-utfal'),
    expect: [/steget "fraga": svaret "Nej" leder till "ja-utfal", som inte finns/],
  },
  {
    name: 'series whose parts do not add up',
    file: 'statistik/antal.yaml',
    edit: (s) => s.replace('varde: 6,', 'varde: 7,'),
    expect: [/Serien "Antal i test": delarna för 2021 summerar till 11, men totalen är 10/],
  },
  {
    name: 'a value with neither a figure nor a share',
    file: 'statistik/antal.yaml',
    edit: (s) => s.replace('kategori: b, varde: 6, ', 'kategori: b, '),
    expect: [
      /Serien "Antal i test": värdet för 2021, b saknar varde\. Skriv siffran som rapporten anger i varde/,
      /content\/statistik\/antal\.yaml/,
    ],
  },
];

test('every file the mistakes below start from passes its schema unchanged', async () => {
  for (const file of new Set(mistakes.map((m) => m.file))) {
    const { ok, output } = await validate(file);
    assert.ok(ok, `${file} does not pass unchanged:\n${output}`);
  }
});

for (const m of mistakes) {
  test(`fails on: ${m.name}, naming the file`, async () => {
    const { ok, output } = await validate(m.file, m.edit);
    assert.equal(ok, false, `the schema passed despite: ${m.name}`);
    for (const pattern of m.expect) assert.match(output, pattern, `message not found for: ${m.name}\n${output}`);
    // The printer's "Location:" names the content file, as `astro build` prints it.
    const file = m.file.replace(/[.]/g, '\\.');
    assert.match(output, new RegExp(`Location:\\s+\\S*content/${file}`), `the file is not named for: ${m.name}\n${output}`);
    for (const pattern of m.reject ?? []) assert.doesNotMatch(output, pattern, `a wrong message for: ${m.name}\n${output}`);
  });
}
