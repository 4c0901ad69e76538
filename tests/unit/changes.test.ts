import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomFeed, changeLines, sortChanges, type Change } from '../../src/lib/changes.ts';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const published = (title: string, path: string): Change => ({ datum: at('2026-01-10'), text: 'Sidan publicerades.', title, path });

const changes: Change[] = [
  published('Styrelsen', '/roller/styrelsen/'),
  published('Målgrupper', '/malgrupper/'),
  published('Ekonomi', '/ekonomi/'),
  { datum: at('2026-03-01'), text: 'Siffror för 2025 & källa.', title: 'Målgrupper', path: '/malgrupper/' },
  { datum: at('2026-02-01'), text: 'Nytt avsnitt om delegering.', title: 'Styrelsen', path: '/roller/styrelsen/' },
];
const feedText = { title: 'Ändringar', subtitle: 'Test', launch: (n: number) => `Webbplatsen publicerades med ${n} sidor.` };

test('changes are listed newest first', () => {
  assert.deepEqual(
    sortChanges(changes)
      .slice(0, 2)
      .map((c) => c.title),
    ['Målgrupper', 'Styrelsen'],
  );
});

test('on one day, corrections of facts come before other changes, whatever the page title', () => {
  const day = at('2026-12-06');
  const sameDay: Change[] = [
    { datum: day, text: 'Läsvägen har fått nytt namn.', title: 'Beredningsgruppen', path: '/lasvagar/beredningsgruppen/' },
    { datum: day, text: 'Rättat: revisionsberättelsen.', title: 'Styrelsen', path: '/roller/styrelsen/', rattelse: true },
    { datum: day, text: 'Ny term.', title: 'Ordlista', path: '/ordlista/' },
    { datum: day, text: 'Rättat: revisionsberättelsen.', title: 'Revisorerna', path: '/roller/revisorerna/', rattelse: true },
    { datum: at('2026-12-07'), text: 'Nytt år.', title: 'Ekonomi', path: '/ekonomi/' },
  ];
  assert.deepEqual(
    sortChanges(sameDay).map((c) => c.title),
    ['Ekonomi', 'Revisorerna', 'Styrelsen', 'Beredningsgruppen', 'Ordlista'],
  );
});

test('the launch day becomes one line counting its pages, after the real changes', () => {
  const lines = changeLines(changes);
  assert.deepEqual(
    lines.map((l) => (l.kind === 'page' ? `${l.title}: ${l.text}` : `launch ${l.pages}`)),
    ['Målgrupper: Siffror för 2025 & källa.', 'Styrelsen: Nytt avsnitt om delegering.', 'launch 3'],
  );
  assert.equal(lines.at(-1)?.datum.toISOString(), '2026-01-10T00:00:00.000Z');
});

test('a page with two entries on launch day counts once', () => {
  const twice = [...changes, { ...published('Ekonomi', '/ekonomi/'), text: 'Rättelse samma dag.' }];
  assert.deepEqual(changeLines(twice).at(-1), { kind: 'launch', datum: at('2026-01-10'), pages: 3 });
});

test('a page published after the launch is a change of its own', () => {
  const later = [...changes, { datum: at('2026-04-01'), text: 'Sidan publicerades.', title: 'ESF+', path: '/esf/' }];
  const lines = changeLines(later);
  assert.equal(lines[0].kind === 'page' && lines[0].title, 'ESF+');
  assert.equal(lines.filter((l) => l.kind === 'launch').length, 1);
});

test('a log whose earliest day holds a single page is not grouped', () => {
  const single = [
    published('Styrelsen', '/roller/styrelsen/'),
    { datum: at('2026-02-01'), text: 'Ändrad.', title: 'Ekonomi', path: '/ekonomi/' },
  ];
  assert.deepEqual(
    changeLines(single).map((l) => l.kind),
    ['page', 'page'],
  );
  assert.deepEqual(changeLines([]), []);
});

test('the Atom feed holds the same lines as the log, with absolute links, escaped text and the newest date', () => {
  const xml = atomFeed(changes, new URL('https://exempel.se/'), feedText);
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="sv">/);
  assert.match(
    xml,
    /<feed[^>]*>\s*<id>https:\/\/exempel.se\/andringar.xml<\/id>\s*<title>Ändringar<\/title>\s*<updated>2026-03-01T00:00:00.000Z<\/updated>/,
  );
  assert.match(xml, /<link rel="self" href="https:\/\/exempel.se\/andringar.xml"\/>/);
  assert.match(xml, /<link rel="alternate" href="https:\/\/exempel.se\/om-webbplatsen\/andringar\/"\/>/);
  assert.equal((xml.match(/<entry>/g) ?? []).length, changeLines(changes).length);
  assert.match(xml, /<link href="https:\/\/exempel.se\/malgrupper\/"\/>/);
  // Entry text is HTML in the feed: an ampersand in the change text arrives escaped once.
  assert.match(xml, /<title type="html"><!\[CDATA\[Målgrupper: Siffror för 2025 &amp; källa.\]\]><\/title>/);
  assert.match(xml, /<id>https:\/\/exempel.se\/#publicering-2026-01-10<\/id>/);
  assert.match(xml, /<title type="html"><!\[CDATA\[Webbplatsen publicerades med 3 sidor.\]\]><\/title>/);
  assert.match(xml, /<id>https:\/\/exempel.se\/roller\/styrelsen\/#andring-2026-02-01<\/id>/);
  assert.doesNotMatch(xml, /Sidan publicerades/);
  assert.doesNotMatch(xml, /<generator/);
});

test('under a sub-path every feed address keeps it', () => {
  const xml = atomFeed(changes, new URL('https://exempel.github.io/kunskapsstod/'), feedText);
  const hrefs = [...xml.matchAll(/(?:href="|<id>)(https:[^"<#]+)/g)].map((m) => m[1]);
  assert.ok(hrefs.length >= 4);
  for (const href of hrefs) assert.ok(href.startsWith('https://exempel.github.io/kunskapsstod/'), href);
  assert.match(xml, /href="https:\/\/exempel.github.io\/kunskapsstod\/roller\/styrelsen\/"/);
});
