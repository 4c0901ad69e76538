import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextBatch } from '../../src/lib/search/batch.ts';

/** The sizes of the batches a list of `total` results is shown in. */
function batches(total: number): number[] {
  const sizes: number[] = [];
  for (let shown = 0; shown < total; shown += sizes.at(-1)!) sizes.push(nextBatch(shown, total));
  return sizes;
}

test('results come five at a time', () => {
  assert.deepEqual(batches(5), [5]);
  assert.deepEqual(batches(15), [5, 5, 5]);
  assert.deepEqual(batches(8), [5, 3]);
});

test('one or two results left over come with the batch before them, not behind "Visa fler träffar"', () => {
  assert.deepEqual(batches(6), [6]);
  assert.deepEqual(batches(7), [7]);
  assert.deepEqual(batches(12), [5, 7]);
  assert.deepEqual(batches(2), [2]);
  assert.equal(nextBatch(3, 3), 0);
});
