import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isPrintOnly,
  isWideOnly,
  linkSplitStylesheets,
  scopesIn,
  scriptsLoaded,
  splitStylesheet,
  tagsIn,
  wordsIn,
} from '../../src/lib/css-split.ts';

test('only min-width queries of 50rem (800px) or more count as wide', () => {
  for (const q of ['(width>=50rem)', '(min-width: 72rem)', '(width >= 50em)', '(min-width:800px)']) assert.ok(isWideOnly(q), q);
  for (const q of ['(width>=30rem)', '(max-width: 50rem)', 'print', '(hover:hover)', '(min-width: 50rem) and (hover: hover)'])
    assert.ok(!isWideOnly(q), q);
});

/** No rule in these tests belongs to a scoped component, so every scope counts as rendered. */
const ALL = new Set<string>();

test('the rules of a component no page renders are left out, in every medium; a negated scope stays', () => {
  const css =
    '.a:where(.astro-aaaaaaaa){color:red}.b:where(.astro-bbbbbbbb),.c{color:blue}' +
    '@media (width>=50rem){.b:where(.astro-bbbbbbbb){margin:0}}@media print{.b:where(.astro-bbbbbbbb){margin:1cm}}' +
    '.d:not(.astro-bbbbbbbb){padding:0}';
  const rendered = new Set(scopesIn('<p class="a astro-aaaaaaaa">'));
  const { narrow, wide, print } = splitStylesheet(css, rendered);
  assert.equal(narrow, '.a:where(.astro-aaaaaaaa){color:red}.c{color:blue}.d:not(.astro-bbbbbbbb){padding:0}');
  assert.equal(wide, '');
  assert.equal(print, '');
});

test('only a plain print query counts as print-only', () => {
  for (const q of ['print', ' PRINT ']) assert.ok(isPrintOnly(q), q);
  for (const q of ['screen', 'print, screen', 'not print', 'print and (min-width: 20rem)', 'all']) assert.ok(!isPrintOnly(q), q);
});

test('print rules move out with their cascade layer, in their order; screen rules stay', () => {
  const css = '@layer a{.x{color:red}@media print{.x{color:black}}}.y{margin:0}@media print{.y{margin:1cm}}@media screen{.y{margin:1px}}';
  const { narrow, wide, print } = splitStylesheet(css, ALL);
  assert.equal(narrow, '@layer a{.x{color:red}}.y{margin:0}@media screen{.y{margin:1px}}');
  assert.equal(wide, '');
  assert.equal(print, '@layer a{@media print{.x{color:black}}}@media print{.y{margin:1cm}}');
});

test('wide rules move out with their cascade layer; everything else stays in order', () => {
  const css =
    '@layer a{.x{color:red}@media (width>=50rem){.x{color:blue}}.y{margin:0}}' +
    '.z{padding:0}@media (min-width: 72rem){.z{padding:1rem}}@media (max-width: 20rem){.z{padding:2px}}';
  const { narrow, wide } = splitStylesheet(css, ALL);
  assert.equal(narrow, '@layer a{.x{color:red}.y{margin:0}}.z{padding:0}@media (max-width: 20rem){.z{padding:2px}}');
  assert.equal(wide, '@layer a{@media (width>=50rem){.x{color:blue}}}@media (min-width: 72rem){.z{padding:1rem}}');
});

test('a layer left empty stays, since where a layer first appears sets the layers’ order', () => {
  const { narrow } = splitStylesheet(
    '@layer b{@media (width>=50rem){.x{color:blue}}}@supports (display:grid){@media (width>=50rem){.x{color:red}}}.y{margin:0}',
    ALL,
  );
  assert.equal(narrow, '@layer b{}.y{margin:0}');
});

// The page step, on a page head taken from a real build and on variants a parser must read the same way.
const built = readFileSync(join(import.meta.dirname, 'fixtures/built/page.html'), 'utf8');
const file = 'dist/roller/styrelsen/index.html';
const SPLIT =
  '<link rel="stylesheet" href="/_astro/middleware.DAzQlFor-smal.css"><link rel="stylesheet" href="/_astro/middleware.DAzQlFor-bred.css" media="(min-width: 50rem)">' +
  '<link rel="stylesheet" href="/_astro/middleware.DAzQlFor-utskrift.css" media="print">';
const BOTH = { wide: true, print: true };

const linkVariants: [string, (html: string) => string][] = [
  ['as Astro writes it', (h) => h],
  [
    'self-closing',
    (h) =>
      h.replace(
        '<link rel="stylesheet" href="/_astro/middleware.DAzQlFor.css">',
        '<link rel="stylesheet" href="/_astro/middleware.DAzQlFor.css" />',
      ),
  ],
  [
    'with href first',
    (h) =>
      h.replace(
        '<link rel="stylesheet" href="/_astro/middleware.DAzQlFor.css">',
        '<link href="/_astro/middleware.DAzQlFor.css" rel="stylesheet">',
      ),
  ],
  [
    'with a capitalised rel and another attribute',
    (h) =>
      h.replace(
        '<link rel="stylesheet" href="/_astro/middleware.DAzQlFor.css">',
        '<LINK REL="Stylesheet" crossorigin href="/_astro/middleware.DAzQlFor.css">',
      ),
  ],
];
for (const [name, change] of linkVariants) {
  test(`the page stylesheet link is split when written ${name}`, () => {
    const asked: [string, string | null][] = [];
    const out = linkSplitStylesheets(change(built), file, '/', (href, print) => (asked.push([href, print]), BOTH));
    assert.deepEqual(asked, [['/_astro/middleware.DAzQlFor.css', '/_astro/print.ehPL0gv-.css']]);
    assert.ok(out.includes(SPLIT), out.slice(0, 200));
    assert.ok(!out.includes('print.ehPL0gv-.css'), 'Starlight’s print sheet, taken into the split files, is no longer linked');
  });
}

test('under a base path the link with the base is split, and a stylesheet with nothing to move stays linked as it was', () => {
  const withBase = built.replaceAll('href="/_astro/', 'href="/kunskapsstod/_astro/');
  const out = linkSplitStylesheets(withBase, file, '/kunskapsstod/', () => BOTH);
  assert.ok(out.includes('href="/kunskapsstod/_astro/middleware.DAzQlFor-bred.css" media="(min-width: 50rem)"'));
  assert.ok(out.includes('href="/kunskapsstod/_astro/middleware.DAzQlFor-utskrift.css" media="print"'));
  assert.equal(
    linkSplitStylesheets(built, file, '/', () => null),
    built,
  );
});

test('a print sheet linked after the page stylesheet, or one of two, is left linked: the merge keeps a cascade place only for one ahead', () => {
  const print = '<link rel="stylesheet" href="/_astro/print.ehPL0gv-.css" media="print">';
  const main = '<link rel="stylesheet" href="/_astro/middleware.DAzQlFor.css">';
  const after = built.replace(print, '').replace(main, main + print);
  const asked: (string | null)[] = [];
  const out = linkSplitStylesheets(after, file, '/', (_, p) => (asked.push(p), BOTH));
  assert.deepEqual(asked, [null]);
  assert.ok(out.includes(print));
  const two = built.replace(print, print + print.replace('print.ehPL0gv-', 'print.other'));
  assert.ok(linkSplitStylesheets(two, file, '/', (_, p) => (assert.equal(p, null), BOTH)).includes(print));
});

test('only the files a stylesheet got are linked', () => {
  const out = linkSplitStylesheets(built, file, '/', () => ({ wide: false, print: true }));
  assert.ok(
    out.includes(
      '<link rel="stylesheet" href="/_astro/middleware.DAzQlFor-smal.css"><link rel="stylesheet" href="/_astro/middleware.DAzQlFor-utskrift.css" media="print">',
    ),
  );
  assert.ok(!out.includes('-bred.css'));
});

test('a page with no stylesheet to split fails the build naming the file', () => {
  const none = built.replace('<link rel="stylesheet" href="/_astro/middleware.DAzQlFor.css">', '');
  assert.throws(
    () => linkSplitStylesheets(none, file, '/', () => BOTH),
    /dist\/roller\/styrelsen\/index\.html: sidan länkar ingen stilmall under \/_astro\//,
  );
});

test('a rule needing a class or an element that no page or script names is left out, in every medium', () => {
  const present = new Set(wordsIn('<p class="a print:hidden"><code>x</code></p><script>el.classList.add("b")</script>'));
  const css =
    '.a{color:red}.b{color:blue}.gone{color:green}code{font:inherit}kbd{font:inherit}.a kbd,.a code{margin:0}' +
    '.print\\:hidden{top:0}@media (width>=50rem){.gone{margin:0}.a{margin:1px}}@media print{blockquote{margin:0}}';
  const { narrow, wide, print } = splitStylesheet(css, ALL, present);
  assert.equal(narrow, '.a{color:red}.b{color:blue}code{font:inherit}.a code{margin:0}.print\\:hidden{top:0}');
  assert.equal(wide, '@media (width>=50rem){.a{margin:1px}}');
  assert.equal(print, '');
});

test('an absent class inside :not(), :is(), :where() or :has() keeps the rule; keyframes are kept', () => {
  const present = new Set(wordsIn('<p class="a">'));
  const css = '.a:not(.gone){color:red}:is(.gone,.a) p{margin:0}.a:where(.gone *){top:0}@keyframes spin{from{top:0}to{top:1px}}';
  assert.equal(splitStylesheet(css, ALL, present).narrow, css);
});

test('without the words of the pages, no rule is left out for what it names', () => {
  assert.equal(splitStylesheet('.gone{color:red}kbd{margin:0}', ALL).narrow, '.gone{color:red}kbd{margin:0}');
});

test('with tags known, an element counts only where a page or script writes it, not where a script uses its name as a word', () => {
  const page =
    '<p class="a"><mark>x</mark></p><script>const pre = 1; const code = document.createElement("kbd"); el.innerHTML = `<li>`</script>';
  const present = { words: new Set(wordsIn(page)), tags: new Set(tagsIn(page)) };
  const css = 'p{margin:0}mark{color:red}kbd{margin:0}li{margin:0}pre{margin:0}.a code{margin:0}.a{color:red}';
  assert.equal(splitStylesheet(css, ALL, present).narrow, 'p{margin:0}mark{color:red}kbd{margin:0}li{margin:0}.a{color:red}');
});

test('an attribute value no page or script names leaves the selector out; a value some script may set keeps it', () => {
  const present = new Set(wordsIn('<html dir="ltr"><p><script>root.dataset.theme = "light"</script>'));
  const css = '[dir=rtl] .x{margin:0}[data-theme=light] p{color:red}[href^=http]{top:0}';
  assert.equal(splitStylesheet(css, ALL, present).narrow, '[data-theme=light] p{color:red}[href^=http]{top:0}');
});

test(':not(:where(…)) goes where its argument names nothing on the site, and stays where it may match', () => {
  const present = new Set(wordsIn('<p class="a"><code>x</code></p>'));
  const css =
    '.a p:not(:where(.not-content *)){margin:0}.a p:not(:where(.a *)){top:0}.a p:not(.not-content){left:0}.a>:not(:where(.not-content *)){right:0}';
  assert.equal(
    splitStylesheet(css, ALL, present).narrow,
    '.a p{margin:0}.a p:not(:where(.a *)){top:0}.a p:not(.not-content){left:0}.a>*{right:0}',
  );
});

test('only scripts that a page or a loaded script names count', () => {
  const scripts = new Map([
    ['sida.1.js', 'import("./toc.2.js"); fetch("/pagefind/pagefind.js")'],
    ['toc.2.js', 'x'],
    ['pagefind.js', 'new Worker("pagefind-worker.js")'],
    ['pagefind-worker.js', ''],
    ['pagefind-ui.js', '<pre class="pagefind-ui">'],
    ['ec.3.js', ''],
  ]);
  assert.deepEqual(scriptsLoaded(['<script src="/_astro/sida.1.js">'], scripts).sort(), [
    'pagefind-worker.js',
    'pagefind.js',
    'sida.1.js',
    'toc.2.js',
  ]);
});
