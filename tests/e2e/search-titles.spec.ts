// A reader who types a page's name ("frågor och svar", "förbundschefen") gets that page first. Every
// page in the search index is tried, so a new page is covered without anyone editing this test.
import { expect, test } from './fixtures';
import { builtHtml, guidancePages } from './helpers';
import { topResultsTyped } from './search-helpers';

// The start page's title is the site's own name, which names every page; /vagvisare/ only lists
// the vägvisare, which are found by their own names.
const HUBS = new Set(['/', '/vagvisare/']);

const titled = guidancePages()
  .filter((p) => !HUBS.has(p) && builtHtml(p).includes('data-pagefind-body'))
  .map((path) => {
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(builtHtml(path))?.[1] ?? '';
    // As typed: no tags, no soft hyphens, lower case.
    return {
      path,
      title: h1
        .replace(/<[^>]+>/g, '')
        .replace(/\u00ad/g, '')
        .trim()
        .toLowerCase(),
    };
  });

test('every page in the search index comes first when its title is searched for', async ({ page }) => {
  test.setTimeout(120_000);
  expect(titled.length).toBeGreaterThan(30);
  const misses: string[] = [];
  for (const { path, title } of titled) {
    const { results } = await topResultsTyped(page, title);
    if (results[0] !== path) misses.push(`"${title}" → ${results.slice(0, 3).join(', ') || '(inga träffar)'}; väntat ${path}`);
  }
  expect(misses, `Sidor som inte kommer först när man söker på deras namn:\n${misses.join('\n')}`).toEqual([]);
});
