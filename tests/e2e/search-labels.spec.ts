// The question sets in tests/search/ name the page and heading that answer each question. When an
// editor renames a heading, its anchor changes and a label silently points nowhere: the bench then
// counts a right answer as a miss (it happened with "Hur fungerade SUS före 2023?"). This reads the
// built pages, so it holds for the anchors readers get. For the held-out set it names no question,
// only how many labels are stale: fixing one means moving it to the renamed heading, nothing else.
import { expect, test } from './fixtures';
import { builtHtml } from './helpers';
import { questionSets, VALIDATION_SETS } from '../../scripts/bench/search.mjs';

const html = new Map<string, string | null>();
/** A built page's HTML, or null when no page has that address. */
function pageHtml(page: string): string | null {
  if (!html.has(page)) {
    try {
      html.set(page, builtHtml(page));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      html.set(page, null);
    }
  }
  return html.get(page) ?? null;
}

/** Why a label points nowhere, or undefined when its page, heading and other pages all exist. */
function stale(label: { page: string | null; section: string | null; also: string[] }): string | undefined {
  if (!label.page) return undefined;
  const text = pageHtml(label.page);
  if (text === null) return `sidan ${label.page} finns inte`;
  if (label.section && !text.includes(`id="${label.section}"`)) return `rubriken #${label.section} finns inte på ${label.page}`;
  const gone = label.also.filter((p) => pageHtml(p) === null);
  return gone.length ? `${gone.join(', ')} finns inte` : undefined;
}

const sets = questionSets();

test('the labelled sets are found', () => {
  expect(sets.map((s) => s.file)).toEqual(expect.arrayContaining(['blind-tuning.json', ...VALIDATION_SETS]));
});

for (const { file, entries } of sets) {
  test(`every label in ${file} names a page and heading that exist`, () => {
    expect(entries.length).toBeGreaterThan(10);
    const problems = entries.flatMap((l) => {
      const why = stale(l);
      return why ? [`${l.id}: ${why}`] : [];
    });
    // A held-out set stays unread: its count only, and where to look.
    const shown = VALIDATION_SETS.includes(file) ? [`${problems.length} etiketter (öppna filen bara för att flytta dem)`] : problems;
    // A count, so that a failure prints only what `shown` holds.
    expect(
      problems.length,
      `Etiketter som pekar på något som inte finns i ${file} – flytta dem till den nya sidan eller rubriken:\n${shown.join('\n')}`,
    ).toBe(0);
  });
}
