// Editors' mistakes that only a build can show, each made on purpose in a throw-away copy of a tiny
// valid site: the build must fail with a message that names the file. The valid copy must build
// cleanly, so a failure below is caused by the mistake and nothing else.
//
// Schema mistakes (frontmatter and data files) are tested without a build, through the same schemas
// and Astro's own error printer, in tests/unit/content-mistakes.test.ts; the content guards'
// mistakes in tests/unit/content-checks.test.ts. Here: one build shows that a schema error really
// stops `astro build`, one that the guards stop it and print every problem at once, one that the
// links validator reports every dead link at once, and one build each for what stops the build at
// its first error: broken YAML in a data file and a component's error while a page renders.
// The builds run side by side (each in its own copy), so the file takes about as long as its
// slowest build on a 2-core machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { makeSiteCopy, removeSiteCopy } from '../../scripts/site-copy.mjs';
import { distProblems } from '../../scripts/check-dist.mjs';
import { PRODUCTION_URL, siteConfig } from '../../src/config/site.mjs';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/minimal/content');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const page = 'docs/roller/styrelsen.mdx';
const fixtureText = (file) => readFileSync(join(fixture, file), 'utf8');

/** At most one build per core at once: more only share the same cores (and slow the other build-test files). */
let slots = availableParallelism();
const waiting = [];
async function slot() {
  if (slots > 0) slots--;
  else await new Promise((r) => waiting.push(r));
  return () => (waiting.length ? waiting.shift()() : slots++);
}

/**
 * Builds a copy of the fixture after `edits` (file in content/ → edit of its text; a new file starts
 * empty) and returns exit status, output (colours removed) and, while `inspect` runs, the copy's dist/.
 */
async function build(edits = {}, { env = {}, inspect } = {}) {
  const release = await slot();
  const dir = makeSiteCopy(fixture);
  try {
    for (const [file, edit] of Object.entries(edits)) {
      const path = join(dir, 'content', file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
    }
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const status = await new Promise((r) => child.on('close', r));
    const result = { status, output: output.replace(/\x1b\[[0-9;]*m/g, '') };
    if (inspect) result.inspected = inspect(join(dir, 'dist'), result);
    return result;
  } finally {
    removeSiteCopy(dir);
    release();
  }
}

/** A build that must fail with every message in `expect` and none in `reject`. */
function mistake(name, edits, { expect, reject = [] }) {
  // Started at once, so that all builds of the file run side by side; the test waits for its own.
  const result = build(edits);
  test(`fails on: ${name}`, async () => {
    const { status, output } = await result;
    assert.notEqual(status, 0, `the build passed despite: ${name}`);
    for (const pattern of expect) assert.match(output, pattern, `message not found for: ${name}\n${output.slice(-2500)}`);
    for (const pattern of reject) assert.doesNotMatch(output, pattern, `a wrong or English message for: ${name}\n${output.slice(-2500)}`);
  });
}

// The valid fixture, plus a page that cites a source it does not list in kallor: the source list
// follows from the citations, so the editor need not list it twice. It is built under a sub-path, as
// GitHub Pages without a custom domain serves it: every link and asset must then carry the base
// (content/docs/roller/lankar.mdx holds the risky kinds: Markdown and JSX links and images,
// anchors, components' links), checked by the same check `npm run check-dist` runs over dist/.
const BASE = '/kunskapsstod/';
const cited = (s) => `${s}\nimport Kalla from '~/components/Kalla.astro';\n\nText. <Kalla id="rapport-b" plats="avsnitt 2" />\n`;
const valid = build(
  { [page]: cited },
  {
    env: { GITHUB_REPOSITORY: 'exempel/kunskapsstod', BASE_PATH: BASE, SITE_URL: '' },
    inspect: (dist) => ({
      dist: distProblems(dist, siteConfig({ BASE_PATH: BASE })),
      styrelsen: readFileSync(join(dist, 'roller/styrelsen/index.html'), 'utf8'),
      lankar: readFileSync(join(dist, 'roller/lankar/index.html'), 'utf8'),
      print: readFileSync(join(dist, 'skriv-ut/roller/index.html'), 'utf8'),
      outcome: readFileSync(join(dist, 'vagvisare/test/ja/nej-utfall/index.html'), 'utf8'),
    }),
  },
);

test('the valid fixture builds without warnings, with a feedback link when the repository is known', async () => {
  const { status, output, inspected } = await valid;
  assert.equal(status, 0, output.slice(-3000));
  // A build with nothing wrong prints progress only, so that any warning an editor sees is about
  // their change. Known exceptions: Starlight's own 404 page logs that no content/docs/404.md
  // exists, and this tiny fixture has no process data and no FAQ page, which the real site has.
  const known = [
    /Entry docs → 404 was not found/,
    /content\/processer\/" does not exist/,
    /collection "processer" does not exist/,
    /Entry docs → fragor-och-svar was not found/,
  ];
  const warnings = output.split('\n').filter((l) => /\[WARN\]/.test(l) && !known.some((k) => k.test(l)));
  assert.deepEqual(warnings, []);
  // The copy has no reports folder beside it: the report checks say they were skipped, and why.
  assert.match(output, /hoppades över, eftersom källrapporterna inte finns i /);
  assert.match(inspected.styrelsen, /Fick du svar på din fråga\?/);
  assert.match(inspected.styrelsen, /href="https:\/\/github\.com\/exempel\/kunskapsstod\/issues\/new\?title=[^"]*Styrelsen/);
  // A vägvisare in the content becomes a start page and one page per question and outcome.
  assert.match(inspected.outcome, /Styrelsen beslutar själv/);
  assert.match(inspected.outcome, /href="\/kunskapsstod\/vagvisare\/test\/fraga\/"/);
});

test(`built under ${BASE}, every link, asset and anchor of every page resolves, and nothing names localhost`, async () => {
  const { status, output, inspected } = await valid;
  assert.equal(status, 0, output.slice(-3000));
  const { problems, pages, checked } = inspected.dist;
  // The site's own navigation (sidebar, start page) links pages that the tiny fixture lacks; such a
  // link is right when it carries the base and the real site has the page.
  const realPage = (problem) => {
    const id = new RegExp(` href="${BASE}([^"#]*)" → finns inte under`).exec(problem)?.[1]?.replace(/\/$/, '');
    return id !== undefined && ['.mdx', '.md', '/index.mdx'].some((ext) => existsSync(join(root, 'content/docs', `${id}${ext}`)));
  };
  assert.deepEqual(
    problems.filter((p) => !realPage(p)),
    [],
  );
  // Enough to know the check saw the whole fixture, print views and vägvisare included.
  assert.ok(pages >= 15 && checked >= 500, `only ${pages} pages and ${checked} links checked`);
  // The risky kinds of link are there and carry the base.
  assert.match(inspected.lankar, /<a href="\/kunskapsstod\/roller\/styrelsen\/">Styrelsen, länkad med JSX<\/a>/);
  assert.match(inspected.lankar, /href="\/kunskapsstod\/roller\/styrelsen\/#vem-sitter-i-styrelsen"/);
  assert.match(inspected.lankar, /<img src="\/kunskapsstod\/favicon\.svg" alt="Webbplatsens ikon"/);
  assert.match(inspected.lankar, /<img alt="Webbplatsens ikon, infogad med JSX" src="\/kunskapsstod\/favicon\.svg"/);
  assert.ok(
    inspected.styrelsen.includes(`<link rel="canonical" href="${new URL(`${BASE}roller/styrelsen/`, PRODUCTION_URL).href}"`),
    'the canonical address lacks the sub-path',
  );
});

test('a cited source that the page does not list joins its source list and notes, on the page and in the print view', async () => {
  const { status, output, inspected } = await valid;
  assert.equal(status, 0, output.slice(-3000));
  // In the print view the page's notes follow the page, their ids carrying the page's prefix.
  for (const [html, p] of [
    [inspected.styrelsen, ''],
    [inspected.print, 'sida-roller-styrelsen__'],
  ]) {
    assert.match(html, /<li id="kalla-rapport-b">/);
    assert.match(
      html,
      new RegExp(
        `<li id="${p}not-1">.*?<a href="/kunskapsstod/kallor/rapport-b/">Rapport B, utgiven 2025</a>, <span class="not-plats"[^>]*>avsnitt 2</span>\\.`,
        's',
      ),
    );
    assert.ok(
      html.includes(`<sup class="not" data-pagefind-ignore><a href="#${p}not-1" id="${p}not-ref-1" aria-label="Not 1">1</a></sup>`),
      `${p || 'page'}: marker 1`,
    );
  }
});

// The links validator reports every dead link of the build at once, in Swedish, with file and line
// (lines 13–15: appended after the fixture's 11 lines and a blank one).
mistake(
  'a dead link to a page, a dead anchor and a glossary term that does not exist (one build)',
  {
    'docs/index.mdx': (s) =>
      `${s}\nSe [styrelse](/roller/styrelse/).\nSe [rubriken](/roller/styrelsen/#vem-sitter-i-styrelse).\nSe [partner](/ordlista/#partner).\n`,
  },
  {
    expect: [
      /content\/docs\/index\.mdx:13: länken \/roller\/styrelse\/ leder inte till någon sida på webbplatsen\. Menade du \/roller\/styrelsen\/\?/,
      /content\/docs\/index\.mdx:14: länken \/roller\/styrelsen\/#vem-sitter-i-styrelse pekar på en rubrik .* Menade du \/roller\/styrelsen\/#vem-sitter-i-styrelsen\?/,
      /content\/docs\/index\.mdx:15: länken \/ordlista\/#partner pekar på en rubrik/,
      /Location:\s+\S*content\/docs\/index\.mdx:13/,
    ],
    reject: [/invalid link/, /invalid hash/, /node_modules\/starlight-links-validator/],
  },
);

// The content guards stop the build before Astro reads the content and print every problem at once.
const bigSeries = (s) => s.replace('varde: 10,', 'varde: 100,').replace('varde: 4,', 'varde: 40,').replace('varde: 6,', 'varde: 60,');
mistake(
  'a personnummer, an image without alt text, two pages with one address, a typed figure, an unchanged template and a figure written another way (one build)',
  {
    [page]: (s) => `${s}\nKontakta Test Testsson, 19121212-1212.\n\n![](/favicon.svg)\n`,
    'docs/ordlista/index.mdx': () => fixtureText('docs/ordlista.mdx'),
    'docs/index.mdx': (s) => `${s}\nDet finns 100 förbund.\nDet var 22857 deltagare.\n`,
    'statistik/antal.yaml': bigSeries,
    'docs/roller/ny-roll.mdx': () =>
      readFileSync(join(root, 'scripts/mallar/vagledning.mdx'), 'utf8')
        .replaceAll('{{titel}}', 'Ny roll')
        .replaceAll('{{slug}}', 'ny-roll')
        .replaceAll('{{idag}}', '2024-02-01')
        .replace(/^draft: true\n/m, ''),
  },
  {
    expect: [
      /content\/docs\/roller\/styrelsen\.mdx:\d+: "19121212-1212" ser ut som ett personnummer/,
      /content\/docs\/roller\/styrelsen\.mdx:\d+: bilden \/favicon\.svg saknar alternativtext/,
      /content\/docs\/ordlista\/index\.mdx/,
      /ger båda adressen \/ordlista\//,
      /content\/docs\/index\.mdx:13: talet 100 är inskrivet i texten, men finns i serien antal \(2021\)\. Skriv <Stat id="antal" year=\{2021\} \/>/,
      /content\/docs\/roller\/ny-roll\.mdx:\d+: texten "ERSÄTT.*" kommer från mallen och står kvar/,
      // The figure checks (src/lib/content-figures.ts) report in the same list.
      /content\/docs\/index\.mdx:14: "22857" är skrivet på ett annat sätt än webbplatsens siffror/,
    ],
  },
);

// A schema error stops the build and names the file (each schema mistake: tests/unit/content-mistakes.test.ts).
mistake(
  'a missing title (a schema error)',
  { [page]: (s) => s.replace(/^title:.*\n/m, '') },
  { expect: [/title.*fältet saknas/, /Location:\s+\S*content\/docs\/roller\/styrelsen\.mdx/] },
);

// A parse error stops the build at the first broken file (broken frontmatter: tests/unit/content-mistakes.test.ts).
mistake(
  'broken YAML in a data file',
  { 'statistik/antal.yaml': (s) => `${s}titel: [oops\n` },
  { expect: [/statistik\/antal\.yaml failed to parse/] },
);

// A component's error stops the build at the page that renders first; it names the page's file.
mistake(
  'a Stat year without a value',
  { 'docs/index.mdx': (s) => s.replace('year={2021}', 'year={2019}') },
  { expect: [/content\/docs\/index\.mdx: <Stat id="antal" year=\{2019\}> – serien har inget värde för 2019/] },
);
mistake(
  'a Stat with an unknown series',
  { 'docs/index.mdx': (s) => s.replace('id="antal"', 'id="antla"') },
  { expect: [/content\/docs\/index\.mdx: <Stat id="antla"> – serien "antla" finns inte/] },
);
// Chapter pages render twice (alone and in the chapter's print view); either way the page file is named.
mistake(
  'an unknown source id in the text of a chapter page',
  { [page]: (s) => `${s}\nimport Kalla from '~/components/Kalla.astro';\n\nText. <Kalla id="rapport-x" plats="s. 1" />\n` },
  {
    expect: [/content\/docs\/roller\/styrelsen\.mdx: källan "rapport-x" finns inte i content\/kallor\//],
    reject: [/skriv-ut\/roller:/, /\{\{sidans fil\}\}/],
  },
);
mistake(
  'a citation without a place',
  { [page]: (s) => `${s}\nimport Kalla from '~/components/Kalla.astro';\n\nText. <Kalla id="rapport-a" plats="" />\n` },
  { expect: [/content\/docs\/roller\/styrelsen\.mdx: <Kalla id="rapport-a"> saknar plats/], reject: [/skriv-ut\/roller:/] },
);
