import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partPrintSheet, propertyFamily } from '../../src/lib/css-print-merge.ts';

test('shorthands, longhands, logical and physical forms of a property compete as one', () => {
  for (const [a, b] of [
    ['padding', 'padding-block-start'],
    ['border', 'border-top-color'],
    ['top', 'inset-block-start'],
    ['width', 'inline-size'],
    ['-webkit-mask-image', 'mask'],
  ])
    assert.equal(propertyFamily(a), propertyFamily(b), `${a} / ${b}`);
  assert.notEqual(propertyFamily('--a'), propertyFamily('--b'));
  assert.equal(propertyFamily('all'), '*');
});

test('a print rule that may tie with an unlayered page rule keeps its place ahead of the page stylesheet; the rest follow it', () => {
  const print = '@media print{:root{--c:#000}main{padding-bottom:0}.x{color:red}.y .z{break-inside:avoid}.w{display:none}}';
  const page =
    'main:where(.astro-abcdefgh){padding:1rem}.q{color:blue}@layer l{.w{display:block}}@media (width>=50rem){.v .u{break-after:page}}';
  const { head, tail } = partPrintSheet(print, page);
  // main ties with main:where() (both 0,0,1, padding); .x ties with .q (0,1,0, color); .y .z with .v .u (0,2,0, break-*).
  assert.equal(head, '@media print{main{padding-bottom:0}.x{color:red}.y .z{break-inside:avoid}}');
  // A layered rule never ties: an unlayered print rule beats it before and after the page stylesheet.
  assert.equal(tail, '@media print{:root{--c:#000}.w{display:none}}');
});

test('an earlier print rule tying with one that stays ahead stays too, so the two keep their order', () => {
  const { head, tail } = partPrintSheet('@media print{.a{color:red}.b{color:blue}.c{margin:0}}', '.d .e{color:green}.f{color:black}');
  assert.equal(head, '@media print{.a{color:red}.b{color:blue}}');
  assert.equal(tail, '@media print{.c{margin:0}}');
});

test('a print sheet with anything but @media print blocks, or with a layer, fails the build', () => {
  assert.throws(() => partPrintSheet('.a{color:red}', ''), /innehåller annat än @media print/);
  assert.throws(() => partPrintSheet('@media print{@layer x{.a{color:red}}}', ''), /@layer/);
});
