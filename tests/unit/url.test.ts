import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagePath } from '../../src/lib/url.ts';

test("the start page's address is '/' whether its id is 'index' or Starlight's ''", () => {
  // As the page's search filter, '//' matched no page of /sok/data.json: the start page never ranked.
  assert.equal(pagePath(''), '/');
  assert.equal(pagePath('index'), '/');
  assert.equal(pagePath('roller/styrelsen'), '/roller/styrelsen/');
});
