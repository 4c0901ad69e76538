import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newerThanBuild } from '../../scripts/bench/stale-dist.mjs';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'stale-'));
  for (const dir of ['dist', 'src/lib', 'content/sok']) mkdirSync(join(root, dir), { recursive: true });
  const files: [string, number][] = [
    ['src/lib/rank.ts', 1000],
    ['content/sok/avsikter.yaml', 1000],
    ['dist/index.html', 2000],
  ];
  for (const [path, at] of files) {
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), at, at);
  }
  return root;
}

test('a build younger than every source file is current', () => {
  assert.equal(newerThanBuild(tree()), undefined);
});

test('a source or content file changed after the build is named, the newest one', () => {
  const root = tree();
  utimesSync(join(root, 'src/lib/rank.ts'), 3000, 3000);
  utimesSync(join(root, 'content/sok/avsikter.yaml'), 4000, 4000);
  assert.equal(newerThanBuild(root), 'content/sok/avsikter.yaml');
});

test('no build at all is said as such', () => {
  const root = mkdtempSync(join(tmpdir(), 'stale-'));
  assert.equal(newerThanBuild(root), 'dist/ (finns inte)');
});
