import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chapters } from '../../src/lib/chapters.ts';
import { sidebar } from '../../src/config/sidebar.mjs';

test('chapters follow the menu: folders, single pages and each page of a group of links', () => {
  const menu = [
    { label: 'Läsvägar', items: [{ autogenerate: { directory: 'lasvagar' } }] },
    { label: 'Om finansiell samordning', link: '/om-finansiell-samordning/' },
    {
      label: 'Pengar',
      items: [
        { label: 'Ekonomi', link: '/ekonomi/' },
        { label: 'Revision', link: '/revision/' },
      ],
    },
  ];
  assert.deepEqual(chapters(menu), [
    { label: 'Läsvägar', id: 'lasvagar' },
    { label: 'Om finansiell samordning', id: 'om-finansiell-samordning' },
    { label: 'Ekonomi', id: 'ekonomi' },
    { label: 'Revision', id: 'revision' },
  ]);
});

test('a menu link to a page inside another chapter belongs to that chapter, not a chapter of its own', () => {
  const menu = [
    {
      label: 'Styrning',
      items: [
        { label: 'Lagstiftning', link: '/lagstiftning/' },
        { label: 'Föreslagna nya paragrafer', link: '/lagstiftning/forslag/' },
        { label: 'Lagstiftning i kommuner', link: '/lagstiftning-kommuner/' },
      ],
    },
  ];
  assert.deepEqual(chapters(menu), [
    { label: 'Lagstiftning', id: 'lagstiftning' },
    { label: 'Lagstiftning i kommuner', id: 'lagstiftning-kommuner' },
  ]);
});

test('the real menu yields the chapters the start page must reach', () => {
  const ids = chapters(sidebar as never).map((c) => c.id);
  for (const id of [
    'samordningsforbundets-uppgifter',
    'roller',
    'malgrupper',
    'fragor-och-svar',
    'statistik',
    'ekonomi',
    'esf',
    'revision',
    'lagstiftning',
  ]) {
    assert.ok(ids.includes(id), id);
  }
});
