import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newIssueUrl, sourceRepository } from '../../src/lib/feedback.ts';

test('the repository comes from the build environment, and only in owner/name form', () => {
  assert.equal(sourceRepository({ GITHUB_REPOSITORY: 'radet/kunskapsstod' }), 'radet/kunskapsstod');
  assert.equal(sourceRepository({ KUNSKAPSSTOD_REPO: 'a/b', GITHUB_REPOSITORY: 'c/d' }), 'a/b');
  assert.equal(sourceRepository({}), undefined);
  assert.equal(sourceRepository({ GITHUB_REPOSITORY: 'javascript:alert(1)' }), undefined);
});

test('an issue link opens a new issue with the title, the body and the public note', () => {
  const url = new URL(
    newIssueUrl('radet/kunskapsstod', {
      title: 'Synpunkt på sidan ”Styrelsen”',
      body: 'Sida: /roller/styrelsen/',
      publicNote: '(Offentligt.)',
    }),
  );
  assert.equal(url.origin + url.pathname, 'https://github.com/radet/kunskapsstod/issues/new');
  assert.equal(url.searchParams.get('title'), 'Synpunkt på sidan ”Styrelsen”');
  assert.equal(url.searchParams.get('body'), 'Sida: /roller/styrelsen/\n\n(Offentligt.)');
});

test('the issue texts are in sv.json and name the page, ask what failed and warn the issue is public', () => {
  const sv = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/i18n/sv.json'), 'utf8'));
  assert.match(sv['feedback.issueTitle'], /\{\{title\}\}/);
  assert.match(sv['feedback.issueBody'], /^Sida: \{\{path\}\}\n/);
  assert.match(sv['tillganglighet.issueBody'], /Vad fungerade inte\?/);
  assert.match(sv['issue.publicNote'], /ärendet är offentligt/);
});
