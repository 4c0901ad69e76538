// Reader questions (content/sok/lasarfragor/) are indexed with their headings but never shown: not in
// the pages readers download, and not in a result's snippet, though Pagefind keeps them in a page's text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './fixtures';
import { allPages, builtHtml } from './helpers';

const dir = join(import.meta.dirname, '../../content/sok/lasarfragor');
/** The first question of each heading in every file, with its page. */
const questions: { page: string; question: string }[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) =>
    Object.entries(parse(readFileSync(join(dir, f), 'utf8')) as Record<string, Record<string, string[]>>).flatMap(([page, headings]) =>
      Object.values(headings).map((list) => ({ page, question: list[0] })),
    ),
  );

test('no built page carries the reader questions', () => {
  expect(questions.length).toBeGreaterThan(100);
  for (const path of allPages()) {
    const html = builtHtml(path);
    expect(html, path).not.toContain('data-lasarfragor');
    expect(html, path).not.toMatch(/[⁅⁆]/);
  }
});

test("a search in a reader question's words shows snippets of the pages' own text, without the questions", async ({ page }) => {
  // Every fortieth heading's first question, a spread over the chapters; not one that some page also
  // says in so many words ("statens pengar till förbunden"), which a snippet may rightly show.
  const siteText = allPages()
    .map((p) => builtHtml(p).replace(/<[^>]*>/g, ' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  const picked = questions.filter((q, i) => i % 40 === 0 && !siteText.includes(q.question.toLowerCase()));
  expect(picked.length).toBeGreaterThan(5);
  for (const { question } of picked) {
    await page.goto(`/sok/?q=${encodeURIComponent(question)}`);
    await expect(page.getByRole('status')).toContainText(/träff/);
    const snippets = await page.locator('[data-search-results] .sok-excerpt').allTextContents();
    expect(snippets.length, question).toBeGreaterThan(0);
    for (const s of snippets) {
      expect(s, question).not.toMatch(/[⁅⁆]/);
      expect(s.toLowerCase(), question).not.toContain(question.toLowerCase());
    }
  }
});
