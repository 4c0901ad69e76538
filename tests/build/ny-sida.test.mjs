import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';

const script = resolve(import.meta.dirname, '../../scripts/ny-sida.mjs');
const run = (cwd, ...args) => spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });

test('ny-sida creates a draft page with complete frontmatter, and never overwrites', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ny-sida-'));
  try {
    mkdirSync(join(dir, 'content/docs/roller'), { recursive: true });
    const created = run(dir, 'roller/samordnare');
    assert.equal(created.status, 0, created.stderr);
    const text = readFileSync(join(dir, 'content/docs/roller/samordnare.mdx'), 'utf8');
    const front = parse(text.split('---')[1]);
    assert.equal(front.title, 'Samordnare');
    assert.deepEqual(front.roller, ['samordnare']);
    assert.equal(front.draft, true);
    assert.equal(front.granskad, new Date().toISOString().slice(0, 10));
    assert.ok(front.description.length >= 50 && front.description.length <= 160);
    assert.ok(front.kallor.length >= 1);
    assert.equal(front.sidebar.label, 'Samordnare');
    // The role the page lists is made with it, so the draft builds at once; its text is a placeholder.
    assert.match(
      readFileSync(join(dir, 'content/roller/samordnare.yaml'), 'utf8'),
      /^namn: Samordnare\nkort: 'ERSÄTT: .*'\nsida: \/roller\/samordnare\/\n$/,
    );

    writeFileSync(join(dir, 'content/docs/roller/samordnare.mdx'), 'mitt arbete');
    const again = run(dir, 'roller/samordnare');
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /Sidan finns redan/);
    assert.equal(readFileSync(join(dir, 'content/docs/roller/samordnare.mdx'), 'utf8'), 'mitt arbete');

    assert.match(run(dir, 'Roller/Å').stderr, /små bokstäver/);
    assert.match(run(dir, 'x', '--typ', 'okand').stderr, /Okänd sidtyp/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
