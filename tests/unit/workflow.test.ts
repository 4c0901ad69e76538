// The release workflow as GitHub will read it: valid YAML, every action pinned to a major version,
// and the deploy job publishing the artifact the test job built, with no build of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { needs?: string; if?: string; steps: Step[]; permissions?: Record<string, string> };
const workflow = parse(readFileSync(join(import.meta.dirname, '../../.github/workflows/ci.yml'), 'utf8')) as { jobs: Record<string, Job> };
const steps = (job: string) => workflow.jobs[job].steps;

test('every action is pinned to a major version', () => {
  const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
  assert.ok(uses.length >= 8);
  for (const u of uses) assert.match(u, /^[\w.-]+\/[\w.-]+@v\d+$/, u);
});

test('the deploy job publishes the tested artifact and builds nothing', () => {
  const deploy = steps('deploy');
  assert.equal(workflow.jobs.deploy.needs, 'test');
  assert.ok(!deploy.some((s) => /npm|astro|build/.test(s.run ?? '')), 'no build or install step in deploy');
  const upload = steps('test').find((s) => s.uses?.startsWith('actions/upload-artifact@'));
  const download = deploy.find((s) => s.uses?.startsWith('actions/download-artifact@'));
  assert.equal(download?.with?.name, upload?.with?.name);
  assert.equal(upload?.with?.path, 'dist/');
  assert.equal(upload?.with?.['include-hidden-files'], true, '.nojekyll must reach GitHub Pages');
  const publish = deploy.find((s) => s.uses?.startsWith('JamesIves/github-pages-deploy-action@'));
  assert.equal(publish?.with?.folder, download?.with?.path);
  const kept = String(publish?.with?.['clean-exclude'])
    .split('\n')
    .map((l) => l.trim());
  assert.ok(kept.includes('pr-preview/'), 'production must not delete the previews');
  assert.ok(kept.includes('CNAME'), 'production must not delete the custom domain');
  // The artifact is made only where it is deployed from, after `npm test` passed in the same job.
  const order = steps('test').map((s) => s.run ?? s.uses ?? '');
  assert.ok(order.indexOf('npm test') < order.findIndex((s) => s.startsWith('actions/upload-artifact@')));
});

test('pull requests get a preview built for its own folder, linked in a comment and removed on close', () => {
  const preview = steps('preview');
  const build = preview.find((s) => s.run === 'npm run build') as Step & { env?: Record<string, string> };
  assert.match(String(build.env?.BASE_PATH), /steps\.adress\.outputs\.base_path/);
  const action = preview.find((s) => s.uses?.startsWith('rossjrw/pr-preview-action@'));
  assert.equal(action?.with?.['source-dir'], 'dist');
  assert.equal(action?.with?.['qr-code'], 'false', 'no image from another site in the comment');
  assert.match(String(workflow.jobs.preview.if), /head\.repo\.full_name == github\.repository/);
});
