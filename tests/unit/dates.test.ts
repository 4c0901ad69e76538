import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFutureDate, isRealDate } from '../../src/lib/dates.ts';

test('real dates pass', () => {
  assert.equal(isRealDate('2025-11-23'), true);
  assert.equal(isRealDate('2024-02-29'), true);
});

test('impossible dates that YAML would roll over fail', () => {
  assert.equal(isRealDate('2025-13-45'), false);
  assert.equal(isRealDate('2025-02-30'), false);
  assert.equal(isRealDate('2023-02-29'), false);
});

test('future dates are detected against a given day', () => {
  assert.equal(isFutureDate('2026-01-02', '2026-01-01'), true);
  assert.equal(isFutureDate('2026-01-01', '2026-01-01'), false);
});

import { isStale, monthsSince } from '../../src/lib/dates.ts';

test('a page is stale twelve whole months after its review', () => {
  const reviewed = new Date('2025-03-15T00:00:00Z');
  assert.equal(monthsSince(reviewed, new Date('2026-03-14T00:00:00Z')), 11);
  assert.equal(isStale(reviewed, new Date('2026-03-14T00:00:00Z')), false);
  assert.equal(isStale(reviewed, new Date('2026-03-15T00:00:00Z')), true);
});

import { dateProblem } from '../../src/lib/dates.ts';

test('each date gets one reason: a badly written date is not also called a future date', () => {
  // '2026-12-6' sorts after '2026-12-06' as text, which once added "ligger i framtiden".
  const problem = dateProblem('2026-12-6', { notInFuture: true, today: '2026-12-06' });
  assert.match(problem ?? '', /'ÅÅÅÅ-MM-DD'/);
  assert.doesNotMatch(problem ?? '', /framtiden/);
  assert.match(dateProblem('2025-13-45', { notInFuture: true, today: '2026-12-06' }) ?? '', /^2025-13-45 är inget riktigt datum/);
  assert.match(dateProblem('2027-01-01', { notInFuture: true, today: '2026-12-06' }) ?? '', /^2027-01-01 ligger i framtiden/);
  assert.equal(dateProblem('2027-01-01', { today: '2026-12-06' }), null);
  assert.equal(dateProblem('2026-12-06', { notInFuture: true, today: '2026-12-06' }), null);
});
