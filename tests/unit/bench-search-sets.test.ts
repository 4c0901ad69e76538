// The bench's question sets: the held-out sets can be left unopened, and their questions never reach
// the screen, so that no one tuning the search sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printSearchFigures, questionSets, VALIDATION_SETS } from '../../scripts/bench/search.mjs';

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
