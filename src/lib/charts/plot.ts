// Renders a chart to an SVG string at build time with Observable Plot on linkedom's DOM, so the
// page ships no chart JavaScript. Plot's output is adjusted for a strict CSP and for axe (see
// VERIFIED.md §4): its inline <style> goes (the site stylesheet styles charts), and its aria-label
// attributes on <g> elements go (the SVG is one image, described by its figure).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatNumber } from '../format.ts';
import type { ChartRow } from './rows.ts';

export interface ChartText {
  /** id of the element that names the chart (its figcaption). */
  labelledBy: string;
  /** id of the element that describes it. */
  describedBy: string;
  /** Axis label for the values, e.g. "Antal insatser". */
  valueLabel: string;
  /** Suffix for derived values in bar labels, e.g. " (beräknad)". */
  derivedSuffix: string;
}

const WIDTH = 640;
const BAR_HEIGHT = 26;

/** `categories` gives the order of a split series' bars (the series' kategorier order). */
export function renderBarChart(rows: ChartRow[], text: ChartText, categories: string[] = []): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const split = rows.some((r) => r.kategori);
  const label = (r: ChartRow) => `${formatNumber(r.varde)}${r.harledd ? text.derivedSuffix : ''}`;
  const yearOf = (r: ChartRow) => String(r.ar);
  const rowsPerFacet = split ? new Set(rows.map((r) => r.kategori)).size : rows.length;
  const facets = split ? new Set(rows.map((r) => r.ar)).size : 1;
  const facetYears = [...new Set(rows.map((r) => r.ar))];
  const longestLabel = Math.max(...rows.map((r) => (split ? (r.kategori ?? '') : yearOf(r)).length));
  const max = Math.max(...rows.map((r) => r.varde));

  const svg = Plot.plot({
    document: document as unknown as Document,
    width: WIDTH,
    height: facets * (rowsPerFacet * BAR_HEIGHT + (split ? 30 : 0)) + 50,
    marginLeft: Math.min(260, 14 + longestLabel * 7.2),
    marginRight: 90,
    x: { label: text.valueLabel, grid: true, domain: [0, max * 1.05], tickFormat: (d: number) => formatNumber(d), ticks: 5 },
    y: { label: null, domain: split ? categories.filter((c) => rows.some((r) => r.kategori === c)) : rows.map(yearOf) },
    // Years head each group of bars, inside the chart, instead of an axis that would collide with the
    // category labels.
    fy: split ? { axis: null, padding: 0.3 } : undefined,
    marks: [
      Plot.barX(rows, { x: 'varde', y: split ? 'kategori' : yearOf, fy: split ? 'ar' : undefined, className: 'diagram-stapel' }),
      Plot.text(rows, { x: 'varde', y: split ? 'kategori' : yearOf, fy: split ? 'ar' : undefined, text: label, textAnchor: 'start', dx: 4, className: 'diagram-varde' }),
      Plot.ruleX([0]),
      ...(split
        ? [Plot.text(facetYears, { fy: (d: number) => d, text: (d: number) => String(d), frameAnchor: 'top-left', textAnchor: 'start', dy: -12, fontWeight: 'bold', className: 'diagram-ar' })]
        : []),
    ],
  }) as unknown as Element;

  svg.querySelectorAll('style').forEach((s) => s.remove());
  svg.querySelectorAll('[aria-label]').forEach((el) => el.removeAttribute('aria-label'));
  svg.removeAttribute('style');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', text.labelledBy);
  svg.setAttribute('aria-describedby', text.describedBy);
  svg.setAttribute('class', 'diagram-svg');
  return svg.outerHTML;
}
