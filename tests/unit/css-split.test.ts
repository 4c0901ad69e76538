import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWideOnly, splitWide } from '../../src/lib/css-split.ts';

test('only min-width queries of 50rem (800px) or more count as wide', () => {
  for (const q of ['(width>=50rem)', '(min-width: 72rem)', '(width >= 50em)', '(min-width:800px)']) assert.ok(isWideOnly(q), q);
  for (const q of ['(width>=30rem)', '(max-width: 50rem)', 'print', '(hover:hover)', '(min-width: 50rem) and (hover: hover)']) assert.ok(!isWideOnly(q), q);
});

test('wide rules move out with their cascade layer; everything else stays in order', () => {
  const css =
    '@layer a{.x{color:red}@media (width>=50rem){.x{color:blue}}.y{margin:0}}' +
    '.z{padding:0}@media (min-width: 72rem){.z{padding:1rem}}@media (max-width: 20rem){.z{padding:2px}}';
  const { narrow, wide } = splitWide(css);
  assert.equal(narrow, '@layer a{.x{color:red}.y{margin:0}}.z{padding:0}@media (max-width: 20rem){.z{padding:2px}}');
  assert.equal(wide, '@layer a{@media (width>=50rem){.x{color:blue}}}@media (min-width: 72rem){.z{padding:1rem}}');
});

test('a layer left empty stays, since where a layer first appears sets the layers’ order', () => {
  const { narrow } = splitWide('@layer b{@media (width>=50rem){.x{color:blue}}}@supports (display:grid){@media (width>=50rem){.x{color:red}}}.y{margin:0}');
  assert.equal(narrow, '@layer b{}.y{margin:0}');
});
