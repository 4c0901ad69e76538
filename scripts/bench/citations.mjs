// How much of a page's visible text is source references in the running text: note markers and any
// parenthetical citation left, as a share of the visible text of the page body. The notes and the
// source list at the end are not counted (they are where references belong); the source lines under
// charts are reported apart, as a caption's "Källa:" line is part of the figure, not of the prose.
// Read from the built HTML, so it needs no browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** Elements that hold in-text citations (the old "(Kortnamn, plats)" and "[n]" forms included). */
const CITATION = 'sup.not, .kalla, .stat sup';
/** Source lines under charts. */
const CHART_SOURCES = '.diagram-kallor';
/** Text a sighted reader does not see. */
const HIDDEN = '.sr-only, [hidden], script, style, template, svg';

const words = (text) => text.replace(/\s+/g, ' ').trim();

const outermost = (body, selector) => [...body.querySelectorAll(selector)].filter((el) => !el.parentElement?.closest(selector));
const length = (els) => els.reduce((n, el) => n + words(el.textContent).length, 0);

/** { citation, chartSources, total, share, chartShare } for one page's HTML; shares are 0–1. */
export function citationShare(html) {
  const { document } = parseHTML(html);
  const body = document.querySelector('.sl-markdown-content');
  if (!body) return { citation: 0, chartSources: 0, total: 0, share: 0, chartShare: 0 };
  for (const el of body.querySelectorAll(HIDDEN)) el.remove();
  const total = words(body.textContent).length;
  // Nested matches (a marker inside .kalla) are counted once, by their outermost element.
  const citation = length(outermost(body, CITATION));
  const chartSources = length(outermost(body, CHART_SOURCES));
  return { citation, chartSources, total, share: total ? citation / total : 0, chartShare: total ? chartSources / total : 0 };
}

/** The figure for each page path, from dist/. */
export function citationShares(dist, paths) {
  return paths.map((path) => ({ path, ...citationShare(readFileSync(join(dist, path, 'index.html'), 'utf8')) }));
}
