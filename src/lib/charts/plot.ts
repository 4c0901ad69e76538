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
  const facetYears = [...new Set(rows.map((r) => r.ar))];
  const drawn = (ar: number) => rows.filter((r) => r.ar === ar).map((r) => r.kategori).join('|');
  // Years head groups of bars when every year has the same bars; otherwise (a source that splits
  // only some years) each bar carries its year in its label, so no group shows empty rows.
  const faceted = rows.some((r) => r.kategori) && facetYears.every((ar) => drawn(ar) === drawn(facetYears[0])) && facetYears.length > 1;
  const labelOf = (r: ChartRow) => (faceted ? (r.kategori as string) : r.kategori ? (facetYears.length > 1 ? `${r.ar}: ${r.kategori}` : r.kategori) : String(r.ar));
  const domain = faceted ? categories.filter((c) => rows.some((r) => r.kategori === c)) : rows.map(labelOf);
  const data = rows.map((r) => ({ ...r, etikett: labelOf(r), text: `${formatNumber(r.varde)}${r.harledd ? text.derivedSuffix : ''}` }));
  const single = facetYears.length === 1 && rows.some((r) => r.kategori);
  const longestLabel = Math.max(...domain.map((l) => l.length), single ? 4 : 0);
  const max = Math.max(...rows.map((r) => r.varde));
  const barsPerGroup = faceted ? domain.length : data.length;
  const groups = faceted ? facetYears.length : 1;
  const fy = faceted ? 'ar' : undefined;

  const svg = Plot.plot({
    document: document as unknown as Document,
    width: WIDTH,
    height: groups * (barsPerGroup * BAR_HEIGHT + (faceted ? 30 : 0)) + (single ? 30 : 0) + 50,
    marginTop: single ? 40 : 20,
    marginLeft: Math.min(280, 14 + longestLabel * 7.2),
    marginRight: 90,
    x: { label: text.valueLabel, grid: true, domain: [0, max * 1.05], tickFormat: (d: number) => formatNumber(d), ticks: 5 },
    y: { label: null, domain },
    fy: faceted ? { axis: null, padding: 0.3 } : undefined,
    marks: [
      Plot.barX(data, { x: 'varde', y: 'etikett', fy, className: 'diagram-stapel' }),
      Plot.text(data, { x: 'varde', y: 'etikett', fy, text: 'text', textAnchor: 'start', dx: 4, className: 'diagram-varde' }),
      Plot.ruleX([0]),
      ...(faceted || single
        ? [
            Plot.text(facetYears, {
              fy: faceted ? (d: number) => d : undefined,
              text: (d: number) => String(d),
              frameAnchor: 'top-left',
              textAnchor: 'start',
              dy: -12,
              fontWeight: 'bold',
              className: 'diagram-ar',
            }),
          ]
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
