// The bench's question sets: the held-out sets can be left unopened, and their questions never reach
// the screen, so that no one tuning the search sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerRates, answerVerdict, printSearchFigures, questionSets, VALIDATION_SETS, weakRates } from '../../scripts/bench/search.mjs';

test('--utan-validering leaves every held-out set out, and --bara keeps only the sets named', () => {
  const all = questionSets().map((s) => s.file);
  for (const file of VALIDATION_SETS) assert.ok(all.includes(file), `${file} finns`);
  const tuning = questionSets({ withoutValidation: true }).map((s) => s.file);
  assert.deepEqual(
    tuning,
    all.filter((f) => !VALIDATION_SETS.includes(f)),
  );
  assert.deepEqual(
    questionSets({ only: ['extra-check-12.json'] }).map((s) => s.file),
    ['extra-check-12.json'],
  );
  assert.throws(() => questionSets({ only: ['finns-inte.json'] }), /Ingen frågemängd finns-inte\.json/);
});

test("a held-out set's misses are counted but never printed", (t) => {
  const printed: string[] = [];
  t.mock.method(console, 'log', (...a: unknown[]) => printed.push(a.join(' ')));
  t.mock.method(console, 'table', () => {});
  printSearchFigures({
    rows: [],
    misses: { [VALIDATION_SETS[1]]: ['n001 "hemlig fråga"'], 'extra-check.json': ['x001 "synlig fråga"'] },
    timing: {},
    firstQuery: {},
  });
  const text = printed.join('\n');
  assert.match(text, /synlig fråga/);
  assert.doesNotMatch(text, /hemlig fråga/);
});

test('the notice that no page answers is counted for questions without an answer and, as false alarms, by where the answer was', () => {
  const entry = (id: string, page: string | null) => ({ id, query: `fråga ${id}`, page, also: [], section: null });
  const entries = [entry('a', null), entry('b', null), entry('c', '/x/'), entry('d', '/x/'), entry('e', '/x/')];
  const results = new Map([
    ['a', ['/y/']],
    ['b', ['/y/']],
    ['c', ['/x/#avsnitt']],
    ['d', ['/y/', '/x/']],
    ['e', ['/y/']],
  ]);
  const weak = new Map([
    ['a', true],
    ['c', true],
    ['e', true],
  ]);
  const { row, lines } = weakRates(entries, results, weak);
  assert.equal(row['utan svar: upplysning'], '50.0 % (1/2)');
  assert.equal(row['med svar: upplysning (falsklarm)'], '66.7 % (2/3)');
  assert.equal(row['svaret först'], '100.0 % (1/1)');
  assert.equal(row['svaret 2–3'], '0.0 % (0/1)');
  assert.equal(row['svaret längre ned/saknas'], '100.0 % (1/1)');
  assert.deepEqual(lines, ['c "fråga c" → svaret först', 'e "fråga e" → svaret saknas']);
});

test("a held-out set's notices are counted but its questions never printed", (t) => {
  const printed: string[] = [];
  t.mock.method(console, 'log', (...a: unknown[]) => printed.push(a.join(' ')));
  t.mock.method(console, 'table', () => {});
  printSearchFigures({
    rows: [],
    weakRows: [{ mängd: VALIDATION_SETS[1] }],
    weakLines: { [VALIDATION_SETS[1]]: ['n001 "hemlig fråga" → svaret först'], 'extra-check.json': ['x001 "synlig fråga" → svaret först'] },
    timing: {},
    firstQuery: {},
  });
  const text = printed.join('\n');
  assert.match(text, /synlig fråga/);
  assert.doesNotMatch(text, /hemlig fråga/);
});

test('a direct answer is right on the labelled page and section or an also page, unclear when only the glossary or FAQ is labelled', () => {
  const entry = (id: string, page: string | null, section: string | null, also: string[] = []) => ({
    id,
    query: `fråga ${id}`,
    page,
    also,
    section,
  });
  const entries = [
    // The FAQ entry itself is the labelled answer.
    entry('a', '/fragor-och-svar/', 'vem-betalar-revisionen'),
    // Its "Läs mer" leads to the labelled section (percent-encoded, as a link carries it).
    entry('b', '/roller/styrelsen/', 'får-ledamöterna-arvode', ['/fragor-och-svar/']),
    // A neighbouring question of the labelled page: its "Läs mer" opens another section.
    entry('c', '/roller/styrelsen/', 'hur-går-styrelsens-möten-till'),
    // Only the FAQ as a whole is labelled among also.
    entry('d', '/roller/styrelsen/', 'hur-går-styrelsens-möten-till', ['/fragor-och-svar/']),
    // A guidance page among also counts at page level.
    entry('e', '/ekonomi/', 'x', ['/revision/']),
    // Nothing on the site answers: any box is wrong.
    entry('f', null, null),
    // No box shown.
    entry('g', '/ekonomi/', null),
    // Another FAQ question than the labelled one.
    entry('h', '/fragor-och-svar/', 'vem-betalar-revisionen'),
    // The labelled page, and the link names no anchor: page level.
    entry('i', '/uppfoljning/', 'hur-fungerade-sus', ['/ordlista/']),
  ];
  const boxes = new Map<string, { entry: string; more?: string } | undefined>([
    ['a', { entry: '/fragor-och-svar/#vem-betalar-revisionen', more: '/fragor-och-svar/#vem-betalar-revisionen' }],
    ['b', { entry: '/fragor-och-svar/#får-styrelsens-ledamöter-arvode', more: '/roller/styrelsen/#f%C3%A5r-ledam%C3%B6terna-arvode' }],
    ['c', { entry: '/fragor-och-svar/#kan-styrelsen-fatta-beslut', more: '/roller/styrelsen/#per-capsulam' }],
    ['d', { entry: '/fragor-och-svar/#kan-styrelsen-fatta-beslut', more: '/roller/styrelsen/#per-capsulam' }],
    ['e', { entry: '/fragor-och-svar/#vem-betalar-revisionen', more: '/revision/#vem-betalar' }],
    ['f', { entry: '/ordlista/#sus' }],
    ['g', undefined],
    ['h', { entry: '/fragor-och-svar/#vem-utser-revisorerna', more: '/fragor-och-svar/#vem-utser-revisorerna' }],
    ['i', { entry: '/ordlista/#sus', more: '/uppfoljning/' }],
  ]);
  const verdicts = entries.map((e) => (boxes.get(e.id) ? answerVerdict(e, boxes.get(e.id)!) : '–'));
  assert.deepEqual(verdicts, ['rätt', 'rätt', 'fel', 'oklart', 'rätt', 'fel', '–', 'fel', 'rätt']);
  const { row, counts, lines } = answerRates(entries, boxes);
  assert.deepEqual(counts, { visade: 8, rätt: 4, oklart: 1, fel: 3 });
  assert.equal(row['rutor visade'], '88.9 % (8)');
  assert.equal(row.rätt, '50.0 % (4)');
  assert.equal(row.oklart, '12.5 % (1)');
  assert.equal(row.fel, '37.5 % (3)');
  assert.deepEqual(lines, [
    'c "fråga c" → /fragor-och-svar/#kan-styrelsen-fatta-beslut (Läs mer /roller/styrelsen/#per-capsulam); fel, väntat /roller/styrelsen/#hur-går-styrelsens-möten-till',
    'd "fråga d" → /fragor-och-svar/#kan-styrelsen-fatta-beslut (Läs mer /roller/styrelsen/#per-capsulam); oklart, väntat /roller/styrelsen/#hur-går-styrelsens-möten-till',
    'f "fråga f" → /ordlista/#sus; fel, väntat (inget svar)',
    'h "fråga h" → /fragor-och-svar/#vem-utser-revisorerna; fel, väntat /fragor-och-svar/#vem-betalar-revisionen',
  ]);
});

test("a held-out set's direct answers are counted but its questions never printed", (t) => {
  const printed: string[] = [];
  t.mock.method(console, 'log', (...a: unknown[]) => printed.push(a.join(' ')));
  t.mock.method(console, 'table', () => {});
  printSearchFigures({
    rows: [],
    answerRows: [{ mängd: VALIDATION_SETS[1] }],
    answerLines: {
      [VALIDATION_SETS[1]]: ['n001 "hemlig fråga" → /ordlista/#sus; fel'],
      'extra-check.json': ['x001 "synlig fråga" → /ordlista/#sus; fel'],
    },
    timing: {},
    firstQuery: {},
  });
  const text = printed.join('\n');
  assert.match(text, /direktsvaret ovanför träffarna/);
  assert.match(text, /synlig fråga/);
  assert.doesNotMatch(text, /hemlig fråga/);
});
