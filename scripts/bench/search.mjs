// Search figures for npm run bench, on every question set in tests/search/*.json: top 1, top 3 and
// mean reciprocal rank of /sok/ and of plain Pagefind (same index, Pagefind's own default ranking,
// every word must match), section-level top 1 where a set names the section, time from typing to
// results on an open page (warm), and what a first query downloads with an empty cache.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { countBodies } from './responses.mjs';

const SETS_DIR = new URL('../../tests/search/', import.meta.url);
/**
 * The held-out sets: tuning must never read them, so a tuning run leaves the files unopened, and no
 * run prints their questions, only their figures. blind-validation.json is the first; nine of its
 * not-first lines were once shown on a screen (session 11), so blind-validation-2.json, written and
 * labelled later by helpers who never saw the site, replaced it as the measure that counts.
 * blind-validation-3.json, written and labelled the same way in session 13, is measured once, at the
 * end of that session's tuning. blind-validation-4.json, written and labelled the same way later
 * (tests/search/BLIND-README.md), is the fourth; it had not been measured when it was added.
 * blind-validation-5.json, the fifth, was written and labelled the same way and added unmeasured too.
 * blind-validation-6.json, the sixth (written in /work/blind22, labelled before any search), was added
 * unmeasured in the same way. blind-validation-7.json, the seventh (written in /work/blind23, labelled
 * before any search), was added unmeasured in the same way. blind-validation-8.json, the eighth (written in
 * /work/blind24, labelled before any search), was added unmeasured in the same way.
 * blind-validation-9.json, the ninth (written in /work/blind25, labelled before any search), was added
 * unmeasured in the same way.
 */
export const VALIDATION_SETS = [
  'blind-validation.json',
  'blind-validation-2.json',
  'blind-validation-3.json',
  'blind-validation-4.json',
  'blind-validation-5.json',
  'blind-validation-6.json',
  'blind-validation-7.json',
  'blind-validation-8.json',
  'blind-validation-9.json',
];

/**
 * Every set file, as entries {id, query, page, also, section}. The old set (queries.json) lists the
 * answering pages in `svar`; its first page counts as `page`, the others as `also`. With
 * `withoutValidation` the validation sets are skipped before they are opened; with `only`, every set
 * not named is.
 * @returns {{ file: string, entries: { id: string, query: string, page: string | null, also: string[], section: string | null }[] }[]}
 */
export function questionSets({ withoutValidation = false, only = /** @type {string[]} */ ([]) } = {}) {
  const files = readdirSync(SETS_DIR).filter((f) => f.endsWith('.json'));
  const unknown = only.filter((f) => !files.includes(f));
  if (unknown.length) throw new Error(`Ingen frågemängd ${unknown.join(', ')} i tests/search/ (där finns ${files.join(', ')}).`);
  return files
    .filter((f) => !only.length || only.includes(f))
    .filter((f) => !(withoutValidation && VALIDATION_SETS.includes(f)))
    .sort()
    .map((file) => {
      const json = JSON.parse(readFileSync(new URL(file, SETS_DIR), 'utf8'));
      const list = Array.isArray(json) ? json : (json.fragor ?? Object.values(json).find(Array.isArray) ?? []);
      const entries = list.map((e, i) =>
        'svar' in e
          ? { id: `${file}#${i}`, query: e.q, page: e.svar[0] ?? null, also: e.svar.slice(1), section: null }
          : { id: e.id, query: e.query, page: e.page ?? null, also: e.also ?? [], section: e.section ?? null },
      );
      return { file, entries };
    });
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** Waits until /sok/ has shown the results of the search in its address (or said it found none). */
function searchDone(page) {
  return page.waitForFunction(
    () =>
      performance.getEntriesByName('sok-klar').length > 0 ||
      /Inga träffar|kunde inte/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
  );
}

/**
 * What one query costs a reader who has not searched before (empty cache): Pagefind's search
 * program (JavaScript and the Swedish WebAssembly, the same for every query and cached afterwards),
 * the index data this query needs (metadata, filter index, word-index chunks, one fragment per
 * shown result), and the search page's own data (/sok/*.json: synonyms, concepts, headings, the
 * index chunk list, and the direct answers' texts when one is shown).
 */
async function coldQueryBytes(browser, base, q) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = { program: 0, index: 0, data: 0 };
  const counted = countBodies(page, (response, body) => {
    const path = new URL(response.url()).pathname;
    // Index, fragment and wasm files are stored compressed; JavaScript and JSON a host sends gzipped.
    const n = /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length;
    // The search page's own files: data.json, the index chunk list, and svar.json when a direct answer shows.
    if (/^\/sok\/.+\.json$/.test(path)) bytes.data += n;
    else if (!path.startsWith('/pagefind/')) return;
    else if (/\.js$|wasm\./.test(path)) bytes.program += n;
    else bytes.index += n;
  });
  await page.goto(`${base}/sok/?q=${encodeURIComponent(q)}`);
  await searchDone(page);
  await counted();
  await context.close();
  return bytes;
}

const matchesPage = (entry, url) => url === entry.page || entry.also.includes(url);
/** Heading ids keep å/ä/ö; links carry them percent-encoded. */
const anchorOf = (href) => decodeURIComponent(href.split('#')[1] ?? '');

function rates(entries, resultsOf) {
  const answerable = entries.filter((e) => e.page);
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  let sectionTop1 = 0;
  const withSection = answerable.filter((e) => e.section);
  const misses = [];
  for (const e of answerable) {
    const results = resultsOf.get(e.id);
    const pages = results.map((h) => h.split('#')[0]);
    const rank = pages.findIndex((u) => matchesPage(e, u));
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (e.section && pages[0] === e.page && anchorOf(results[0]) === e.section) sectionTop1 += 1;
    if (rank === 0 && e.section && anchorOf(results[0]) !== e.section)
      misses.push(`${e.id} "${e.query}" → avsnitt ${anchorOf(results[0]) || '(sidans början)'}; väntat ${e.section}`);
    if (rank !== 0)
      misses.push(
        `${e.id} "${e.query}" → ${results.slice(0, 3).join(', ') || '(inga)'}; väntat ${e.page}${e.section ? `#${e.section}` : ''}`,
      );
  }
  const n = answerable.length;
  const pct = (k, of = n) => (of ? `${((k / of) * 100).toFixed(1)} %` : '–');
  return {
    'topp 1': pct(top1),
    'topp 3': pct(top3),
    MRR: n ? (rr / n).toFixed(3) : '–',
    'avsnitt topp 1': withSection.length ? `${pct(sectionTop1, withSection.length)} (${withSection.length})` : '–',
    misses,
  };
}

/** The glossary term or FAQ question the direct answer shows, as "/page/#anchor" (its "Läs mer" may lead elsewhere). */
async function answerEntry(page) {
  const box = page.locator('[data-search-answer]:not([hidden])');
  return (await box.count()) ? (await box.getAttribute('data-entry')) || undefined : undefined;
}

/** Results and time of a search typed into the box of an open /sok/ page (the same code as /sok/?q=). */
export async function typed(page, query) {
  const before = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sok-')).length);
  await page.fill('#sok-q', query);
  await page.waitForFunction((n) => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sok-')).length > n, before);
  const ms = await page.evaluate(
    () =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('sok-'))
        .at(-1).duration,
  );
  const listed = await page.locator('[data-search-results] > li > h3 > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // The box's own link on (render.ts: sok-svar-mer), not a link inside the answer's text.
  const answer = page.locator('[data-search-answer]:not([hidden]) .sok-svar-mer a');
  // Whether /sok/ said that no page seems to answer the question (engine.ts, answersWeakly).
  const weak = (await page.locator('[data-search-results][data-weak]').count()) > 0;
  return { ms, hrefs: listed, weak, answer: (await answer.count()) ? ((await answer.getAttribute('href')) ?? undefined) : undefined };
}

/** Pagefind's first ten results for the query, by its own default ranking, in an instance of its own on the open page. */
export function plainResults(page, query) {
  return page.evaluate(async (query) => {
    const pagefind = await import('/pagefind/pagefind.js');
    const instance = (window.__plainPagefind ??= pagefind.createInstance());
    const { results } = await instance.search(query);
    return Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url));
  }, query);
}

/**
 * How often /sok/ says that no page seems to answer (answersWeakly): for the questions nothing on
 * the site answers (`page: null`), how many it says it for; for the others, how many it wrongly says
 * it for, by where the right page is. A notice over a list whose first result is the answer is the
 * worst kind. `lines`: the answerable questions it was said for, by their rank.
 */
export function weakRates(entries, resultsOf, weakOf) {
  const pct = (k, of) => (of ? `${((k / of) * 100).toFixed(1)} % (${k}/${of})` : '–');
  const counts = { null: [0, 0], first: [0, 0], top3: [0, 0], rest: [0, 0] };
  const lines = [];
  for (const e of entries) {
    const results = resultsOf.get(e.id) ?? [];
    const rank = results.map((h) => h.split('#')[0]).findIndex((u) => matchesPage(e, u));
    const kind = !e.page ? 'null' : rank === 0 ? 'first' : rank > 0 && rank < 3 ? 'top3' : 'rest';
    const weak = Boolean(weakOf.get(e.id));
    counts[kind][1] += 1;
    if (!weak) continue;
    counts[kind][0] += 1;
    if (e.page)
      lines.push(`${e.id} "${e.query}" → ${rank === 0 ? 'svaret först' : rank > 0 ? `svaret som nr ${rank + 1}` : 'svaret saknas'}`);
  }
  const answerable = [counts.first, counts.top3, counts.rest].reduce((a, b) => [a[0] + b[0], a[1] + b[1]]);
  return {
    row: {
      'utan svar: upplysning': pct(...counts.null),
      'med svar: upplysning (falsklarm)': pct(...answerable),
      'svaret först': pct(...counts.first),
      'svaret 2–3': pct(...counts.top3),
      'svaret längre ned/saknas': pct(...counts.rest),
    },
    lines,
  };
}

/**
 * Pages that hold many entries each (the glossary, the FAQ): a set that names one of them among its
 * `also` pages says some entry there bears on the question, not which one.
 */
export const COLLECTION_PAGES = ['/ordlista/', '/fragor-och-svar/'];

/**
 * Whether the direct answer shown for a question is right, by the question's labels. A box shows an
 * entry (`entry`, "/fragor-och-svar/#anchor" or "/ordlista/#id") and may send the reader on (`more`,
 * its "Läs mer" link, e.g. "/roller/styrelsen/#…"). The sets label one answering page (`page`), often
 * the section of it that answers (`section`), and other pages that bear on the question (`also`, whole
 * pages). So a box is
 * - 'rätt' when its entry or its "Läs mer" is on the labelled page, in the labelled section when the
 *   set names one and the link names an anchor (another question of the same page is a neighbour, not
 *   the answer), or on one of the `also` pages that is not the glossary or the FAQ;
 * - 'oklart' when it matches only because the glossary or the FAQ as a whole is among `also`: the
 *   labels then do not say whether this entry is the one that bears on the question;
 * - 'fel' otherwise, and always for a question nothing on the site answers (`page: null`).
 * @param {{ page: string | null, also: string[], section: string | null }} e
 * @param {{ entry?: string, more?: string }} box
 * @returns {'rätt' | 'oklart' | 'fel'}
 */
export function answerVerdict(e, box) {
  if (!e.page) return 'fel';
  const places = [box.entry, box.more].filter(Boolean).map((href) => ({ page: href.split('#')[0], anchor: anchorOf(href) }));
  const onPage = (p) => p.page === e.page && (!e.section || !p.anchor || p.anchor === e.section);
  if (places.some((p) => onPage(p) || (e.also.includes(p.page) && !COLLECTION_PAGES.includes(p.page)))) return 'rätt';
  return places.some((p) => e.also.includes(p.page)) ? 'oklart' : 'fel';
}

/**
 * How often /sok/ shows a direct answer above the results, and of those how often it is right, unclear
 * or wrong (answerVerdict). `boxOf` holds, per question id, the box shown ({ entry, more }) or nothing.
 * `lines`: the boxes that were not right, for a reader of the bench to judge.
 */
export function answerRates(entries, boxOf) {
  const counts = { visade: 0, rätt: 0, oklart: 0, fel: 0 };
  const lines = [];
  for (const e of entries) {
    const box = boxOf.get(e.id);
    if (!box?.entry) continue;
    counts.visade += 1;
    const verdict = answerVerdict(e, box);
    counts[verdict] += 1;
    if (verdict !== 'rätt')
      lines.push(
        `${e.id} "${e.query}" → ${box.entry}${box.more && decodeURI(box.more) !== box.entry ? ` (Läs mer ${decodeURI(box.more)})` : ''}; ${verdict}, väntat ${
          e.page ? `${e.page}${e.section ? `#${e.section}` : ''}` : '(inget svar)'
        }`,
      );
  }
  const pct = (k, of) => (of ? `${((k / of) * 100).toFixed(1)} % (${k})` : '–');
  return {
    row: {
      frågor: entries.length,
      'rutor visade': pct(counts.visade, entries.length),
      rätt: pct(counts.rätt, counts.visade),
      oklart: pct(counts.oklart, counts.visade),
      fel: pct(counts.fel, counts.visade),
    },
    counts,
    lines,
  };
}

/** Every how many queries one is also measured with an empty cache and as a fresh page load. */
const SAMPLE_EVERY = 3;

export async function searchFigures(browser, base, { verbose = false, quick = false, withoutValidation = false, only = [] } = {}) {
  const sets = questionSets({ withoutValidation, only });
  const all = sets.flatMap((s) => s.entries);
  const context = await browser.newContext();
  const page = await context.newPage();
  const site = new Map();
  const weak = new Map();
  const boxes = new Map();
  const plain = new Map();
  const reloads = [];
  for (const e of all.filter((_, i) => !quick && i % SAMPLE_EVERY === 0)) {
    await page.goto(`${base}/sok/?q=${encodeURIComponent(e.query)}`);
    await searchDone(page);
    reloads.push(await page.evaluate(() => performance.getEntriesByName('sok-klar')[0]?.startTime ?? NaN));
  }
  // Warm: typing into the search box of an open /sok/ page, as a reader does after the first search.
  await page.goto(`${base}/sok/?q=${encodeURIComponent(all[0].query)}`);
  await searchDone(page);
  const warm = [];
  // /sok/ answers a search asked before from memory (withRememberedSearches); a question that recurs
  // in several sets is timed only the first time, so that the warm figure is not a cache's.
  const timed = new Set();
  for (const e of all) {
    const { ms, hrefs, answer, weak: weakly } = await typed(page, e.query);
    if (!timed.has(e.query.trim().toLowerCase())) warm.push(ms);
    timed.add(e.query.trim().toLowerCase());
    weak.set(e.id, weakly);
    const entry = await answerEntry(page);
    boxes.set(e.id, entry ? { entry, more: answer } : undefined);
    // A direct answer (a glossary term or FAQ answer) stands above the list, which then leaves its
    // entry out. When the list's first result is not a right page and the answer is, the reader has
    // the answer first, so it counts as result 1; otherwise the list is scored as it is (an answer
    // for another page is extra and does not push the list down).
    // The answer is the entry it shows (a definition) or the page its "Läs mer" leads to.
    const shown = [entry, answer].find((a) => a && matchesPage(e, a.split('#')[0]));
    const rescues = shown && !(hrefs[0] && matchesPage(e, hrefs[0].split('#')[0]));
    site.set(e.id, rescues ? [shown, ...hrefs] : hrefs);
    // A separate Pagefind instance keeps Pagefind's own ranking defaults, untouched by /sok/'s.
    plain.set(e.id, await plainResults(page, e.query));
  }
  await context.close();
  const cold = [];
  for (const e of all.filter((_, i) => !quick && i % SAMPLE_EVERY === 0)) cold.push(await coldQueryBytes(browser, base, e.query));
  const kb = (n) => (n / 1024).toFixed(1);
  const rows = [];
  const misses = {};
  const weakRows = [];
  const weakLines = {};
  const answerRows = [];
  const answerLines = {};
  for (const { file, entries } of sets) {
    const a = answerRates(entries, boxes);
    answerRows.push({ mängd: file, ...a.row });
    answerLines[file] = a.lines;
    const w = weakRates(entries, site, weak);
    weakRows.push({ mängd: file, ...w.row });
    weakLines[file] = w.lines;
    const unanswerable = entries.filter((e) => !e.page).length;
    const s = rates(entries, site);
    const p = rates(entries, plain);
    misses[file] = s.misses;
    const { misses: _m, ...siteRow } = s;
    const { misses: _p, ...plainRow } = p;
    rows.push({ mängd: file, sökning: '/sok/', frågor: entries.length - unanswerable, 'utan svar': unanswerable, ...siteRow });
    rows.push({
      mängd: file,
      sökning: 'Pagefind (standardrankning)',
      frågor: entries.length - unanswerable,
      'utan svar': unanswerable,
      ...plainRow,
    });
  }
  const total = cold.map((c) => c.index + c.program + c.data);
  if (quick)
    return {
      rows,
      weakRows,
      answerRows,
      misses: verbose ? misses : undefined,
      weakLines: verbose ? weakLines : undefined,
      answerLines: verbose ? answerLines : undefined,
      timing: { frågor: warm.length, 'skrivande median ms (varm)': percentile(warm, 50).toFixed(1) },
      firstQuery: {},
    };
  return {
    rows,
    weakRows,
    answerRows,
    misses: verbose ? misses : undefined,
    weakLines: verbose ? weakLines : undefined,
    answerLines: verbose ? answerLines : undefined,
    timing: {
      frågor: warm.length,
      'ny sidladdning median ms (var 3:e fråga)': percentile(reloads.slice(1), 50).toFixed(0),
      'skrivande median ms (varm)': percentile(warm, 50).toFixed(1),
      'skrivande 95:e percentil ms': percentile(warm, 95).toFixed(1),
    },
    firstQuery: {
      'frågor (var 3:e)': cold.length,
      'sökprogram KB': kb(cold[0].program),
      'sökdata median KB': kb(
        percentile(
          cold.map((c) => c.data),
          50,
        ),
      ),
      'indexdata median KB': kb(
        percentile(
          cold.map((c) => c.index),
          50,
        ),
      ),
      'indexdata största KB': kb(Math.max(...cold.map((c) => c.index))),
      'totalt median KB': kb(percentile(total, 50)),
      'totalt 95:e percentil KB': kb(percentile(total, 95)),
    },
  };
}

/** Prints the figures; shared by npm run bench and npm run bench:search. */
export function printSearchFigures(search) {
  console.log('\nSökning: träffsäkerhet per frågemängd i tests/search/ (sidnivå; avsnitt topp 1 där mängden anger avsnitt)');
  console.table(search.rows);
  if (search.misses)
    for (const [file, list] of Object.entries(search.misses))
      // A held-out set's questions stay unshown: its misses are counted in the table, never listed.
      if (list.length && !VALIDATION_SETS.includes(file)) console.log(`\nInte först i ${file} (${list.length}):\n  ${list.join('\n  ')}`);
  if (search.weakRows) {
    console.log(
      '\nSökning: upplysningen att ingen sida verkar svara (inget av de tre första resultaten håller mer än hälften av frågans ord)',
    );
    console.table(search.weakRows);
  }
  if (search.weakLines)
    for (const [file, list] of Object.entries(search.weakLines))
      // As for misses: a held-out set's questions are never printed.
      if (list.length && !VALIDATION_SETS.includes(file))
        console.log(`\nUpplysning trots svar i ${file} (${list.length}):\n  ${list.join('\n  ')}`);
  if (search.answerRows) {
    console.log(
      '\nSökning: direktsvaret ovanför träffarna (rätt = rutans post eller dess Läs mer är den märkta sidan, i det märkta avsnittet när mängden anger ett, ' +
        'eller en also-sida utom Ordlista och Frågor och svar; oklart = bara Ordlista eller Frågor och svar som helhet står bland also; ' +
        'fel = annars, och varje ruta för en fråga utan svar; andelarna av visade rutor)',
    );
    console.table(search.answerRows);
  }
  if (search.answerLines)
    for (const [file, list] of Object.entries(search.answerLines))
      // As for misses: a held-out set's questions are never printed.
      if (list.length && !VALIDATION_SETS.includes(file))
        console.log(`\nDirektsvar som inte är rätt i ${file} (${list.length}):\n  ${list.join('\n  ')}`);
  console.log('\nSökning: tid till resultat');
  console.table([search.timing]);
  console.log('\nSökning: vad en första fråga hämtar (tom cache, varje fråga för sig; mål: totalt ≤ 150 KB)');
  console.table([search.firstQuery]);
}
