// The one rule for data files (src/lib/data-files.ts): the extensions Astro's glob loaders take, and
// folder listings read anew on every call, so a file added while `astro dev` runs counts at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_GLOB, dataIds, isDataFile } from '../../src/lib/data-files.ts';

test('a data file is .yaml, .yml or .json, as the glob loaders take them', () => {
  assert.equal(DATA_GLOB, '**/*.{yaml,yml,json}');
  assert.deepEqual(['a.yaml', 'a.yml', 'a.json', 'a.md', 'a.yaml.bak', 'yaml'].map(isDataFile), [true, true, true, false, false, false]);
});

test('ids are file names without extension, nested folders included, and a new file counts at once', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'data-files-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'rapport-a.yaml'), 'titel: A\n');
  writeFileSync(join(dir, 'anteckning.txt'), 'inte data\n');
  assert.deepEqual([...dataIds(dir)], ['rapport-a']);
  writeFileSync(join(dir, 'rapport-b.json'), '{}\n');
  mkdirSync(join(dir, 'aldre'));
  writeFileSync(join(dir, 'aldre', 'rapport-c.yml'), 'titel: C\n');
  assert.deepEqual([...dataIds(dir)].sort(), ['aldre/rapport-c', 'rapport-a', 'rapport-b']);
  assert.deepEqual([...dataIds(join(dir, 'finns-inte'))], []);
});
