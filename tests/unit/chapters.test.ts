import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterOf, chapters } from '../../src/lib/chapters.ts';
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

test('a page is filtered under the chapter the start page lists, not the menu group around it', () => {
  const menu = [
    { label: 'Roller', items: [{ autogenerate: { directory: 'roller' } }] },
    {
      label: 'Styrning',
      items: [
        { label: 'Ekonomi', link: '/ekonomi/' },
        { label: 'Lagstiftning', link: '/lagstiftning/' },
        { label: 'Förslag', link: '/lagstiftning/forslag/' },
      ],
    },
    { label: 'Om webbplatsen', items: [{ autogenerate: { directory: 'om-webbplatsen' } }, { label: 'Källor', link: '/kallor/' }] },
  ];
  assert.equal(chapterOf('roller/styrelsen', menu, 'Start'), 'Roller');
  assert.equal(chapterOf('ekonomi', menu, 'Start'), 'Ekonomi');
  assert.equal(chapterOf('lagstiftning/forslag', menu, 'Start'), 'Lagstiftning');
  assert.equal(chapterOf('kallor', menu, 'Start'), 'Om webbplatsen');
  assert.equal(chapterOf('kallor/fk-uppfoljning-2017', menu, 'Start'), 'Om webbplatsen');
  assert.equal(chapterOf('index', menu, 'Start'), 'Start');
  // A folder whose name begins like a chapter's is not that chapter.
  assert.equal(chapterOf('ekonomi-2', menu, 'Start'), 'Start');
});

test('every chapter filter of the real menu is a name the start page or the menu shows', () => {
  const listed = new Set(chapters(sidebar as never).map((c) => c.label));
  for (const id of ['ekonomi', 'esf', 'revision', 'uppfoljning', 'lagstiftning/forslag', 'roller/styrelsen', 'insatser/behovsanalys'])
    assert.ok(listed.has(chapterOf(id, sidebar as never, 'Startsida')), id);
});
