import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prefixIds } from '../../src/lib/prefix-ids.ts';

test('ids and every reference to them get the prefix', () => {
  const html = [
    '<h2 id="mal">Mål</h2>',
    '<a href="#mal">Till målet</a>',
    '<label for="q">Sök</label><input id="q">',
    '<button aria-controls="meny lista" aria-expanded="false">Meny</button>',
    '<svg aria-labelledby="t1 t2" aria-describedby="d1"><title id="t1">T</title></svg>',
  ].join('');
  assert.equal(
    prefixIds(html, 'sida'),
    [
      '<h2 id="sida__mal">Mål</h2>',
      '<a href="#sida__mal">Till målet</a>',
      '<label for="sida__q">Sök</label><input id="sida__q">',
      '<button aria-controls="sida__meny sida__lista" aria-expanded="false">Meny</button>',
      '<svg aria-labelledby="sida__t1 sida__t2" aria-describedby="sida__d1"><title id="sida__t1">T</title></svg>',
    ].join(''),
  );
});

test('data-id, other pages’ links, a bare "#" and text that looks like an attribute are left alone', () => {
  const html = '<div data-id="x" data-for="y"><a href="/roller/#mal">Roller</a><a href="#">Upp</a><p>id="z" href="#z"</p></div>';
  assert.equal(prefixIds(html, 'sida'), html);
});

test('attribute case, quoting and entities are read as a browser reads them; the rest of the tag stays as written', () => {
  assert.equal(prefixIds("<p ID='a&amp;b' class=x>t</p>", 's'), '<p ID="s__a&amp;b" class=x>t</p>');
  assert.equal(prefixIds('<td headers="h1  h2">1</td>', 's'), '<td headers="s__h1 s__h2">1</td>');
});

test('SVG references through url(#…) and <use href> follow the ids', () => {
  const html = '<svg><clipPath id="c"></clipPath><g clip-path="url(#c)"><use href="#m"></use></g></svg>';
  assert.equal(prefixIds(html, 's'), '<svg><clipPath id="s__c"></clipPath><g clip-path="url(#s__c)"><use href="#s__m"></use></g></svg>');
});
