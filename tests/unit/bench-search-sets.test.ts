// The bench's question sets: the held-out sets can be left unopened, and their questions never reach
// the screen, so that no one tuning the search sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printSearchFigures, questionSets, VALIDATION_SETS, weakRates } from '../../scripts/bench/search.mjs';

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
