import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duplicateTitles, tabTitle } from '../../src/lib/titles.ts';

test('the tab shows the site name once on a page titled with it', () => {
  assert.equal(
    tabTitle('Kunskapsstöd för finansiell samordning', 'Kunskapsstöd för finansiell samordning'),
    'Kunskapsstöd för finansiell samordning',
  );
  assert.equal(tabTitle('Styrelsen', 'Kunskapsstöd'), 'Styrelsen | Kunskapsstöd');
});

test('titles shared by several pages are found, whatever their case', () => {
  const found = duplicateTitles([
    { title: 'Beredningsgruppen', path: '/roller/beredningsgrupp/' },
    { title: 'beredningsgruppen ', path: '/lasvagar/beredningsgruppen/' },
    { title: 'Styrelsen', path: '/roller/styrelsen/' },
  ]);
  assert.deepEqual([...found.values()], [['/roller/beredningsgrupp/', '/lasvagar/beredningsgruppen/']]);
});
