// Each editor's mistake, made on purpose in a throw-away copy of a tiny valid site, must fail the
// build with a message that names the file. The unchanged copy must build, so a failure below is
// caused by the mistake and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { makeSiteCopy, removeSiteCopy } from '../../scripts/site-copy.mjs';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/minimal/content');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function build(dir, env = {}) {
  const r = spawnSync(process.execPath, [astro, 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** Builds a copy of the fixture after `edit` changed one file in it (and `also` others: file → edit). */
function buildWith(file, edit, also = {}) {
  const dir = makeSiteCopy(fixture);
  try {
    for (const [f, e] of [[file, edit], ...Object.entries(also)]) {
      const path = join(dir, 'content', f);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, e(existsSync(path) ? readFileSync(path, 'utf8') : ''));
    }
    return build(dir);
  } finally {
    removeSiteCopy(dir);
  }
}

const page = 'docs/roller/styrelsen.mdx';

const mistakes = [
  { name: 'an intent leads to a page that does not exist', file: 'sok/avsikter.yaml', edit: (s) => s.replace('/roller/styrelsen/', '/roller/finns-inte/'), expect: [/\/roller\/finns-inte\/ är ingen sida i content\/docs\//, /sok\/avsikter\.yaml/] },
  { name: 'a concept without the pages\' wording', file: 'sok/begrepp.yaml', edit: (s) => s.replace(/  sidorna:.*\n/, ''), expect: [/sidorna/, /sok\/begrepp\.yaml/] },
  { name: 'missing title', file: page, edit: (s) => s.replace(/^title:.*\n/m, ''), expect: [/title.*fältet saknas/, /content\/docs\/roller\/styrelsen\.mdx/] },
  { name: 'empty description', file: page, edit: (s) => s.replace(/^description:.*$/m, "description: ''"), expect: [/description.*fältet är tomt/, /content\/docs\/roller\/styrelsen\.mdx/] },
  { name: 'broken YAML in frontmatter', file: page, edit: (s) => s.replace(/^kallor:.*$/m, 'kallor: [rapport-a'), expect: [/content\/docs\/roller\/styrelsen\.mdx/] },
  { name: 'broken YAML in a data file', file: 'statistik/antal.yaml', edit: (s) => `${s}titel: [oops\n`, expect: [/statistik\/antal\.yaml failed to parse/] },
  { name: 'unknown source id', file: page, edit: (s) => s.replace('kallor: [rapport-a]', 'kallor: [rapport-x]'), expect: [/"rapport-x" finns inte i content\/kallor\//, /content\/docs\/roller\/styrelsen\.mdx/] },
  { name: 'unknown role id', file: page, edit: (s) => s.replace('roller: [styrelsen]', 'roller: [styrelse]'), expect: [/"styrelse" finns inte i content\/roller\//, /content\/docs\/roller\/styrelsen\.mdx/] },
  { name: 'no sources at all', file: page, edit: (s) => s.replace('kallor: [rapport-a]', 'kallor: []'), expect: [/kallor.*ange minst en källa/, /content\/docs\/roller\/styrelsen\.mdx/] },
  { name: 'impossible review date', file: page, edit: (s) => s.replace("granskad: '2024-02-01'", "granskad: '2025-13-45'"), expect: [/2025-13-45 är inget riktigt datum/, /content\/docs\/roller\/styrelsen\.mdx/] },
  { name: 'unquoted review date', file: page, edit: (s) => s.replace("granskad: '2024-02-01'", 'granskad: 2024-02-01'), expect: [/skriv datumet inom citattecken/, /content\/docs\/roller\/styrelsen\.mdx/] },
  { name: 'review date without leading zeros', file: page, edit: (s) => s.replace("granskad: '2024-02-01'", "granskad: '2024-2-1'"), expect: [/datumet ska skrivas 'ÅÅÅÅ-MM-DD'/, /content\/docs\/roller\/styrelsen\.mdx/], reject: [/framtiden/, /inget riktigt datum/] },
  { name: 'review date in the future', file: page, edit: (s) => s.replace("granskad: '2024-02-01'", "granskad: '2999-01-01'"), expect: [/2999-01-01 ligger i framtiden/, /content\/docs\/roller\/styrelsen\.mdx/] },
  { name: 'dead link to a page', file: 'docs/index.mdx', edit: (s) => s.replace('(/roller/styrelsen/#vem-sitter-i-styrelsen)', '(/roller/styrelse/)'), expect: [/content\/docs\/index\.mdx:11: länken \/roller\/styrelse\/ leder inte till någon sida på webbplatsen\. Menade du \/roller\/styrelsen\/\?/, /Location:\s+\S*content\/docs\/index\.mdx:11/], reject: [/invalid link/, /node_modules\/starlight-links-validator/] },
  { name: 'dead anchor', file: 'docs/index.mdx', edit: (s) => s.replace('#vem-sitter-i-styrelsen', '#vem-sitter-i-styrelse'), expect: [/content\/docs\/index\.mdx:11: länken \/roller\/styrelsen\/#vem-sitter-i-styrelse pekar på en rubrik .* Menade du \/roller\/styrelsen\/#vem-sitter-i-styrelsen\?/], reject: [/invalid hash/] },
  { name: 'link to a glossary term that does not exist', file: 'docs/index.mdx', edit: (s) => s.replace('/ordlista/#parter', '/ordlista/#partner'), expect: [/content\/docs\/index\.mdx:11: länken \/ordlista\/#partner pekar på en rubrik/] },
  { name: 'Stat year without a value', file: 'docs/index.mdx', edit: (s) => s.replace('year={2021}', 'year={2019}'), expect: [/content\/docs\/index\.mdx: <Stat id="antal" year=\{2019\}> – serien har inget värde för 2019/] },
  { name: 'Stat with an unknown series', file: 'docs/index.mdx', edit: (s) => s.replace('id="antal"', 'id="antla"'), expect: [/content\/docs\/index\.mdx: <Stat id="antla"> – serien "antla" finns inte/] },
  // Chapter pages render twice (alone and in the chapter's print view); either way the page file is named.
  { name: 'unknown source id in the text of a chapter page', file: page, edit: (s) => `${s}\nimport Kalla from '~/components/Kalla.astro';\n\nText. <Kalla id="rapport-x" plats="s. 1" />\n`, expect: [/content\/docs\/roller\/styrelsen\.mdx: källan "rapport-x" finns inte i content\/kallor\//], reject: [/skriv-ut\/roller:/, /\{\{sidans fil\}\}/] },
  { name: 'citation without a place', file: page, edit: (s) => `${s}\nimport Kalla from '~/components/Kalla.astro';\n\nText. <Kalla id="rapport-a" plats="" />\n`, expect: [/content\/docs\/roller\/styrelsen\.mdx: <Kalla id="rapport-a"> saknar plats/], reject: [/skriv-ut\/roller:/] },
  { name: 'a personnummer in content', file: page, edit: (s) => `${s}\nKontakta Test Testsson, 19121212-1212.\n`, expect: [/content\/docs\/roller\/styrelsen\.mdx:\d+: "19121212-1212" ser ut som ett personnummer/] },
  { name: 'an image without alt text', file: page, edit: (s) => `${s}\n![](/favicon.svg)\n`, expect: [/content\/docs\/roller\/styrelsen\.mdx:\d+: bilden \/favicon\.svg saknar alternativtext/] },
  { name: 'two pages with the same address', file: 'docs/ordlista/index.mdx', edit: () => readFileSync(join(fixture, 'docs/ordlista.mdx'), 'utf8'), expect: [/content\/docs\/ordlista\/index\.mdx/, /content\/docs\/ordlista\.mdx/, /ger båda adressen \/ordlista\//] },
  { name: 'a chart note that points to another series in words', file: 'statistik/antal.yaml', edit: (s) => `${s}anmarkningar:\n  - "Se serien om andelar."\n`, expect: [/content\/statistik\/antal\.yaml/, /anmärkningen hänvisar till en annan serie i text.*relaterade:/] },
  { name: 'a related series that does not exist', file: 'statistik/antal.yaml', edit: (s) => `${s}relaterade: [antla]\n`, expect: [/content\/statistik\/antal\.yaml/, /serien finns inte i content\/statistik\//] },
  // The other vägvisare mistakes (loops, unknown sources, orphan steps) are unit-tested in tests/unit/vagvisare.test.ts.
  { name: 'a vägvisare answer that leads nowhere', file: 'vagvisare/test.yaml', edit: (s) => s.replace('till: ja-utfall', 'till: ja-utfal'), expect: [/content\/vagvisare\/test\.yaml/, /steget "fraga": svaret "Nej" leder till "ja-utfal", som inte finns/] },
  { name: 'series whose parts do not add up', file: 'statistik/antal.yaml', edit: (s) => s.replace('varde: 6,', 'varde: 7,'), expect: [/content\/statistik\/antal\.yaml/, /Serien "Antal i test": delarna för 2021 summerar till 11, men totalen är 10/] },
  {
    name: 'a figure typed where a series holds it',
    file: 'docs/index.mdx',
    edit: (s) => `${s}\nDet finns 100 förbund.\n`,
    also: { 'statistik/antal.yaml': (s) => s.replace('varde: 10,', 'varde: 100,').replace('varde: 4,', 'varde: 40,').replace('varde: 6,', 'varde: 60,') },
    expect: [/content\/docs\/index\.mdx:13: talet 100 är inskrivet i texten, men finns i serien antal \(2021\)\. Skriv <Stat id="antal" year=\{2021\} \/>/],
  },
  {
    name: 'a page template published unchanged',
    file: 'docs/roller/ny-roll.mdx',
    edit: () =>
      readFileSync(join(root, 'scripts/mallar/vagledning.mdx'), 'utf8')
        .replaceAll('{{titel}}', 'Ny roll')
        .replaceAll('{{slug}}', 'ny-roll')
        .replaceAll('{{idag}}', '2024-02-01')
        .replace(/^draft: true\n/m, ''),
    expect: [/content\/docs\/roller\/ny-roll\.mdx:\d+: texten "ERSÄTT.*" kommer från mallen och står kvar/],
  },
];

test('the unchanged fixture builds, with a feedback link when the repository is known', () => {
  const dir = makeSiteCopy(fixture);
  try {
    const { status, output } = build(dir, { GITHUB_REPOSITORY: 'exempel/kunskapsstod' });
    assert.equal(status, 0, output.slice(-3000));
    // A build with nothing wrong prints progress only, so that any warning an editor sees is about
    // their change. Known exceptions: Starlight's own 404 page logs that no content/docs/404.md
    // exists, and this tiny fixture has no process data and no FAQ page, which the real site has.
    const known = [/Entry docs → 404 was not found/, /content\/processer\/" does not exist/, /collection "processer" does not exist/, /Entry docs → fragor-och-svar was not found/];
    const warnings = output.split('\n').filter((l) => /\[WARN\]/.test(l) && !known.some((k) => k.test(l)));
    assert.deepEqual(warnings, []);
    // The copy has no reports folder beside it: the report checks say they were skipped, and why.
    assert.match(output, /hoppades över, eftersom källrapporterna inte finns i /);
    const html = readFileSync(join(dir, 'dist/roller/styrelsen/index.html'), 'utf8');
    assert.match(html, /Fick du svar på din fråga\?/);
    assert.match(html, /href="https:\/\/github\.com\/exempel\/kunskapsstod\/issues\/new\?title=[^"]*Styrelsen/);
    // A vägvisare in the content becomes a start page and one page per question and outcome.
    const outcome = readFileSync(join(dir, 'dist/vagvisare/test/ja/nej-utfall/index.html'), 'utf8');
    assert.match(outcome, /Styrelsen beslutar själv/);
    assert.match(outcome, /href="\/vagvisare\/test\/fraga\/"/);
  } finally {
    removeSiteCopy(dir);
  }
});

// A page cites a source it does not list in kallor: the source list follows from the citations, so
// the editor need not list it twice. The citation becomes a note that links to the source's page.
test('a cited source that the page does not list joins its source list and notes', () => {
  const dir = makeSiteCopy(fixture);
  try {
    const path = join(dir, 'content', page);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nimport Kalla from '~/components/Kalla.astro';\n\nText. <Kalla id="rapport-b" plats="avsnitt 2" />\n`);
    const { status, output } = build(dir);
    assert.equal(status, 0, output.slice(-3000));
    for (const html of [readFileSync(join(dir, 'dist/roller/styrelsen/index.html'), 'utf8'), readFileSync(join(dir, 'dist/skriv-ut/roller/index.html'), 'utf8')]) {
      assert.match(html, /<li id="kalla-rapport-b">/);
      assert.match(html, /<li id="not-1">.*?<a href="\/kallor\/rapport-b\/">Rapport B, utgiven 2025<\/a>, <span class="not-plats"[^>]*>avsnitt 2<\/span>\./s);
      assert.match(html, /<sup class="not" data-pagefind-ignore><a href="#not-1" id="not-ref-1" aria-label="Källa 1">1<\/a><\/sup>/);
    }
  } finally {
    removeSiteCopy(dir);
  }
});

for (const m of mistakes) {
  test(`fails on: ${m.name}`, () => {
    const { status, output } = buildWith(m.file, m.edit, m.also);
    assert.notEqual(status, 0, `the build passed despite: ${m.name}`);
    for (const pattern of m.expect) assert.match(output, pattern, `message not found for: ${m.name}\n${output.slice(-2500)}`);
    for (const pattern of m.reject ?? []) assert.doesNotMatch(output, pattern, `a wrong or English message for: ${m.name}\n${output.slice(-2500)}`);
  });
}
