// `npm run kopierad-text` may never pass in silence: without the reports it says it was skipped and
// why, with the exit code `npm test` counts as skipped; with reports it fails on a wrong fil:.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SKIPPED } from '../../scripts/kopierad-text.mjs';

const script = join(import.meta.dirname, '../../scripts/kopierad-text.mjs');
const run = (KALLOR_DIR: string) => spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, KALLOR_DIR } });

test('without the reports, kopierad-text says it was skipped and why, and exits as skipped', () => {
  const r = run('/finns/inte');
  assert.equal(r.status, SKIPPED);
  assert.notEqual(SKIPPED, 0);
  assert.match(r.stdout, /hoppades över, eftersom källrapporterna inte finns i \/finns\/inte/);
});

test("with a reports folder that lacks the sources' files, kopierad-text fails naming each source file", () => {
  const r = run(join(import.meta.dirname, 'fixtures/kallor'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^content\/kallor\/[a-z0-9-]+\.yaml:\d+: fil: \S+ finns inte i mappen med källrapporter/m);
});
