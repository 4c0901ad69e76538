import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomFeed, sortChanges } from '../../src/lib/changes.ts';

const changes = [
  { datum: new Date('2026-01-10T00:00:00Z'), text: 'Ny sida.', title: 'Styrelsen', path: '/roller/styrelsen/' },
  { datum: new Date('2026-03-01T00:00:00Z'), text: 'Siffror för 2025 & källa.', title: 'Målgrupper', path: '/malgrupper/' },
];

test('changes are listed newest first', () => {
  assert.deepEqual(sortChanges(changes).map((c) => c.title), ['Målgrupper', 'Styrelsen']);
});

test('the Atom feed holds every change with absolute links, escaped text and the newest date', () => {
  const xml = atomFeed(changes, new URL('https://exempel.se/'), { title: 'Ändringar', subtitle: 'Test' });
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="sv">/);
  assert.match(xml, /<updated>2026-03-01T00:00:00.000Z<\/updated>\n  <entry>/);
  assert.equal((xml.match(/<entry>/g) ?? []).length, 2);
  assert.match(xml, /<link rel="alternate" href="https:\/\/exempel.se\/malgrupper\/"\/>/);
  assert.match(xml, /<title>Målgrupper: Siffror för 2025 &amp; källa.<\/title>/);
});

test('under a sub-path every feed address keeps it', () => {
  const xml = atomFeed(changes, new URL('https://exempel.github.io/kunskapsstod/'), { title: 'Ändringar', subtitle: 'Test' });
  const hrefs = [...xml.matchAll(/(?:href="|<id>)(https:[^"<#]+)/g)].map((m) => m[1]);
  assert.ok(hrefs.length >= 4);
  for (const href of hrefs) assert.ok(href.startsWith('https://exempel.github.io/kunskapsstod/'), href);
  assert.match(xml, /href="https:\/\/exempel.github.io\/kunskapsstod\/roller\/styrelsen\/"/);
});
