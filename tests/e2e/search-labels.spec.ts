// The question sets in tests/search/ name the page and heading that answer each question. When an
// editor renames a heading, its anchor changes and a label silently points nowhere: the bench then
// counts a right answer as a miss (it happened with "Hur fungerade SUS före 2023?"). This reads the
// built pages, so it holds for the anchors readers get. For the held-out set it names no question,
// only how many labels are stale: fixing one means moving it to the renamed heading, nothing else.
import { expect, test } from './fixtures';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const SETS = new URL('../search/', import.meta.url);
const DIST = new URL('../../dist/', import.meta.url);

interface Label {
  id: string;
  page: string | null;
  section?: string | null;
  also?: string[];
}

const html = new Map<string, string | null>();
function pageHtml(page: string): string | null {
  if (!html.has(page)) {
    const file = new URL(`.${page}index.html`, DIST);
    html.set(page, existsSync(file) ? readFileSync(file, 'utf8') : null);
  }
  return html.get(page) ?? null;
}

/** Why a label points nowhere, or undefined when its page, heading and other pages all exist. */
function stale(label: Label): string | undefined {
  if (!label.page) return undefined;
  const text = pageHtml(label.page);
  if (text === null) return `sidan ${label.page} finns inte`;
  if (label.section && !text.includes(`id="${label.section}"`)) return `rubriken #${label.section} finns inte på ${label.page}`;
  const gone = (label.also ?? []).filter((p) => pageHtml(p) === null);
  return gone.length ? `${gone.join(', ')} finns inte` : undefined;
}

const files = readdirSync(SETS).filter((f) => f.endsWith('.json') && f !== 'queries.json');

test('the labelled sets are found', () => {
  expect(files).toEqual(expect.arrayContaining(['blind-tuning.json', 'blind-validation.json']));
});

for (const file of files) {
  test(`every label in ${file} names a page and heading that exist`, () => {
    const labels = JSON.parse(readFileSync(new URL(file, SETS), 'utf8')) as Label[];
    expect(labels.length).toBeGreaterThan(10);
    const problems = labels.flatMap((l) => {
      const why = stale(l);
      return why ? [`${l.id}: ${why}`] : [];
    });
    // The held-out set stays unread: its count only, and where to look.
    const shown = file.includes('validation') ? [`${problems.length} etiketter (öppna filen bara för att flytta dem)`] : problems;
    // A count, so that a failure prints only what `shown` holds.
    expect(
      problems.length,
      `Etiketter som pekar på något som inte finns i ${file} – flytta dem till den nya sidan eller rubriken:\n${shown.join('\n')}`,
    ).toBe(0);
  });
}
