// Every page has a title of its own: in the browser tab, the menu and search results a reader must
// tell two pages apart by their titles alone, and the start page names the site once.
import { expect, test } from './fixtures';
import { allPages, builtHtml } from './helpers';
import { duplicateTitles } from '../../src/lib/titles';

const SITE = 'Kunskapsstöd för finansiell samordning';
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const tabTitle = (path: string) => decode(builtHtml(path).match(/<title>([^<]*)<\/title>/)?.[1] ?? '');

test('no two built pages share a tab title', () => {
  const pages = [...allPages(), '/404.html'].map((path) => ({ path, title: tabTitle(path) }));
  expect(
    pages.filter((p) => !p.title),
    'pages without a title',
  ).toEqual([]);
  // A vägvisare outcome reached by two answer paths is one outcome (the same step, at the end of its
  // address) shown with different answers given: the same title is right there, nowhere else.
  const outcome = (path: string) => /^\/vagvisare\/([^/]+)\/.*\/([^/]+)\/$/.exec(path)?.slice(1).join('/');
  const sameOutcome = (paths: string[]) => paths.every((p) => outcome(p) && outcome(p) === outcome(paths[0]));
  const duplicates = [...duplicateTitles(pages)].filter(([, paths]) => !sameOutcome(paths));
  expect(Object.fromEntries(duplicates)).toEqual({});
});

test('the start page names the site once in the tab, and no page repeats it', () => {
  expect(tabTitle('/')).toBe(SITE);
  const doubled = allPages().filter((path) => tabTitle(path).split(` | ${SITE}`).length > 2 || tabTitle(path) === `${SITE} | ${SITE}`);
  expect(doubled).toEqual([]);
});

test('no two entries in the menu have the same name', () => {
  const nav = builtHtml('/roller/styrelsen/').match(/<nav[^>]*aria-label="Huvudmeny"[\s\S]*?<\/nav>/)?.[0] ?? '';
  const labels = [...nav.matchAll(/<a [^>]*>\s*<span[^>]*>([^<]+)<\/span>/g)].map((m) => decode(m[1]).trim());
  expect(labels.length).toBeGreaterThan(20);
  // Two different addresses under one name are what confuses readers (a chapter's first entry
  // named as the chapter itself is a test of its own, below).
  const hrefs = [...nav.matchAll(/<a href="([^"]+)"[^>]*>\s*<span[^>]*>([^<]+)<\/span>/g)].map((m) => ({
    path: m[1],
    title: decode(m[2]).trim(),
  }));
  expect(Object.fromEntries(duplicateTitles(hrefs))).toEqual({});
});

test('no chapter in the menu opens on an entry with its own name', () => {
  const nav = builtHtml('/roller/styrelsen/').match(/<nav[^>]*aria-label="Huvudmeny"[\s\S]*?<\/nav>/)?.[0] ?? '';
  // A group's label and its first link; soft hyphens in labels are for line breaks only.
  const groups = [
    ...nav.matchAll(
      /<summary[\s\S]*?class="large[^"]*">([^<]+)<\/span>[\s\S]*?<\/summary>[\s\S]*?<ul[^>]*>\s*<li[^>]*>\s*<a [^>]*>\s*<span[^>]*>([^<]+)<\/span>/g,
    ),
  ].map((m) =>
    [m[1], m[2]].map((label) =>
      decode(label)
        .replace(/\u00ad/g, '')
        .trim(),
    ),
  );
  expect(groups.length).toBeGreaterThan(4);
  expect(groups.filter(([group, first]) => group === first)).toEqual([]);
});
