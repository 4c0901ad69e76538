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

/** Builds a copy of the fixture after `edit` changed one file in it. */
function buildWith(file, edit) {
  const dir = makeSiteCopy(fixture);
  try {
    const path = join(dir, 'content', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
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
  { name: 'review date in the future', file: page, edit: (s) => s.replace("granskad: '2024-02-01'", "granskad: '2999-01-01'"), expect: [/2999-01-01 ligger i framtiden/, /content\/docs\/roller\/styrelsen\.mdx/] },
  { name: 'dead link to a page', file: 'docs/index.mdx', edit: (s) => s.replace('(/roller/styrelsen/#vem-sitter-i-styrelsen)', '(/roller/styrelse/)'), expect: [/index\.mdx/, /\/roller\/styrelse\/\s+.*invalid link/s] },
  { name: 'dead anchor', file: 'docs/index.mdx', edit: (s) => s.replace('#vem-sitter-i-styrelsen', '#sammansattning'), expect: [/index\.mdx/, /invalid hash/] },
  { name: 'link to a glossary term that does not exist', file: 'docs/index.mdx', edit: (s) => s.replace('/ordlista/#parter', '/ordlista/#partner'), expect: [/index\.mdx/, /\/ordlista\/#partner/, /invalid hash/] },
  { name: 'Stat year without a value', file: 'docs/index.mdx', edit: (s) => s.replace('year={2021}', 'year={2019}'), expect: [/content\/docs\/index\.mdx: <Stat id="antal" year=\{2019\}> – serien har inget värde för 2019/] },
  { name: 'Stat with an unknown series', file: 'docs/index.mdx', edit: (s) => s.replace('id="antal"', 'id="antla"'), expect: [/content\/docs\/index\.mdx: <Stat id="antla"> – serien "antla" finns inte/] },
  { name: 'a personnummer in content', file: page, edit: (s) => `${s}\nKontakta Test Testsson, 19121212-1212.\n`, expect: [/content\/docs\/roller\/styrelsen\.mdx:\d+: "19121212-1212" ser ut som ett personnummer/] },
  { name: 'an image without alt text', file: page, edit: (s) => `${s}\n![](/favicon.svg)\n`, expect: [/content\/docs\/roller\/styrelsen\.mdx:\d+: bilden \/favicon\.svg saknar alternativtext/] },
  { name: 'two pages with the same address', file: 'docs/ordlista/index.mdx', edit: () => readFileSync(join(fixture, 'docs/ordlista.mdx'), 'utf8'), expect: [/content\/docs\/ordlista\/index\.mdx/, /content\/docs\/ordlista\.mdx/, /ger båda adressen \/ordlista\//] },
  { name: 'series whose parts do not add up', file: 'statistik/antal.yaml', edit: (s) => s.replace('varde: 6,', 'varde: 7,'), expect: [/content\/statistik\/antal\.yaml/, /Serien "Antal i test": delarna för 2021 summerar till 11, men totalen är 10/] },
];

test('the unchanged fixture builds, with a feedback link when the repository is known', () => {
  const dir = makeSiteCopy(fixture);
  try {
    const { status, output } = build(dir, { GITHUB_REPOSITORY: 'exempel/kunskapsstod' });
    assert.equal(status, 0, output.slice(-3000));
    const html = readFileSync(join(dir, 'dist/roller/styrelsen/index.html'), 'utf8');
    assert.match(html, /Fick du svar på din fråga\?/);
    assert.match(html, /href="https:\/\/github\.com\/exempel\/kunskapsstod\/issues\/new\?title=[^"]*Styrelsen/);
  } finally {
    removeSiteCopy(dir);
  }
});

for (const m of mistakes) {
  test(`fails on: ${m.name}`, () => {
    const { status, output } = buildWith(m.file, m.edit);
    assert.notEqual(status, 0, `the build passed despite: ${m.name}`);
    for (const pattern of m.expect) assert.match(output, pattern, `message not found for: ${m.name}\n${output.slice(-2500)}`);
  });
}
