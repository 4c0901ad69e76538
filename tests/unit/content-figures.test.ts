// The real content: calculated figures marked, one word and one number format, the same value printed
// one way, and no proposal's wording cited to today's paragraph (issue 15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { contentFigureProblems } from '../../src/lib/content-figures.ts';

test('the content marks calculated figures, formats figures one way and states no proposal as law', () => {
  assert.deepEqual(contentFigureProblems(join(import.meta.dirname, '../..')), []);
});
