import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityReportUrl, feedbackUrl, sourceRepository } from '../../src/lib/feedback.ts';

test('the repository comes from the build environment, and only in owner/name form', () => {
  assert.equal(sourceRepository({ GITHUB_REPOSITORY: 'radet/kunskapsstod' }), 'radet/kunskapsstod');
  assert.equal(sourceRepository({ KUNSKAPSSTOD_REPO: 'a/b', GITHUB_REPOSITORY: 'c/d' }), 'a/b');
  assert.equal(sourceRepository({}), undefined);
  assert.equal(sourceRepository({ GITHUB_REPOSITORY: 'javascript:alert(1)' }), undefined);
});

test('the feedback link opens a prefilled issue naming the page', () => {
  const url = new URL(feedbackUrl('radet/kunskapsstod', { title: 'Styrelsen', path: '/roller/styrelsen/' }));
  assert.equal(url.origin + url.pathname, 'https://github.com/radet/kunskapsstod/issues/new');
  assert.equal(url.searchParams.get('title'), 'Synpunkt på sidan ”Styrelsen”');
  assert.match(url.searchParams.get('body') ?? '', /^Sida: \/roller\/styrelsen\/\n/);
});

test('the accessibility report opens a prefilled issue asking what failed, and warns it is public', () => {
  const url = new URL(accessibilityReportUrl('radet/kunskapsstod'));
  assert.equal(url.origin + url.pathname, 'https://github.com/radet/kunskapsstod/issues/new');
  assert.equal(url.searchParams.get('title'), 'Brist i tillgängligheten');
  const body = url.searchParams.get('body') ?? '';
  assert.match(body, /Vad fungerade inte\?/);
  assert.match(body, /ärendet är offentligt/);
});
