import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const script = resolve(import.meta.dirname, '../../scripts/sidor-med.mjs');

test('sidor-med lists the pages that show a series, with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sidor-med-'));
  try {
    mkdirSync(join(dir, 'content/docs/roller'), { recursive: true });
    mkdirSync(join(dir, 'content/statistik'), { recursive: true });
    writeFileSync(join(dir, 'content/statistik/antal.yaml'), 'titel: x\n');
    writeFileSync(
      join(dir, 'content/docs/roller/a.mdx'),
      '---\ntitle: A\n---\nDet finns <Stat id="antal" year={2024} /> förbund.\n<Diagram id="antal" />\n<Stat id="antal-andel" year={2024} />\n',
    );
    const r = spawnSync(process.execPath, [script, 'antal'], { cwd: dir, encoding: 'utf8' });
    assert.equal(
      r.stdout,
      'content/docs/roller/a.mdx:4: visar ett värde ur serien (Stat)\ncontent/docs/roller/a.mdx:5: visar serien som diagram (Diagram)\n',
    );
    const typo = spawnSync(process.execPath, [script, 'antla'], { cwd: dir, encoding: 'utf8' });
    assert.match(typo.stdout, /Det finns ingen serie content\/statistik\/antla\.yaml/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
