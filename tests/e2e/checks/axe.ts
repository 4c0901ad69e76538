// axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on the page as it is now: the every-page spec
// calls it in the light theme, in the dark theme (the rules that read colours) and, on guide pages,
// at 320 px.
//
// axe.run in the page itself, injected once per document: what @axe-core/playwright's legacy mode
// does, without its second injection per run, and without its default mode's round trip through a
// blank page (which made one analysis of a long page take 10–30 s here). The site has no frames, the
// one thing that mode adds. Only violations are collected in full (`resultTypes`); which rules run
// and what they find is unchanged.
import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules of AXE_TAGS that read colours (axe's own category `cat.color`: text contrast, links told
 * apart from text): the only ones a change of theme can change the answer of, as long as the theme
 * changes nothing but colours, which ./theme-changes-only-colours.ts checks on the same visit.
 * The every-page spec runs only these in the dark theme (about a third less work there).
 */
export const COLOUR_RULES = axe
  .getRules(AXE_TAGS)
  .filter((rule) => rule.tags.includes('cat.color'))
  .map((rule) => rule.ruleId);

type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };

/** Every rule of AXE_TAGS, or only `rules` (which must be among them). */
export async function expectNoAxeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<void> {
  if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'))) await page.evaluate(axe.source);
  const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: AXE_TAGS };
  const violations = await page.evaluate(async (runOnly) => {
    // Open every <details> so tables and filters inside are checked too; the ones opened here are
    // closed again afterwards, so the checks that follow on the same visit see the page as loaded.
    const closed = [...document.querySelectorAll('details')].filter((d) => !d.open);
    closed.forEach((d) => (d.open = true));
    try {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const results = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return results.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
      })) as Violation[];
    } finally {
      closed.forEach((d) => (d.open = false));
    }
  }, runOnly);
  const report = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`,
  );
  expect(report, report.join('\n')).toEqual([]);
}
