// Renders a chart to an SVG string at build time with Observable Plot on linkedom's DOM, so the
// page ships no chart JavaScript. Plot's output is adjusted for a strict CSP and for axe (see
// VERIFIED.md §4): its inline <style> goes (the site stylesheet styles charts), and its aria-label
// attributes on <g> elements go (the SVG is one image, described by its figure).
//
// The chart is drawn for a phone: 360 units wide with 16-unit text, shown at most 360 px wide
// (site.css), so on a wide screen its text is the body text's 16 px and on a 320 px phone (288 px
// of content) it reads at 12.8 px, still 12 px where a 17 px scroll bar narrows the page. Drawn
// with 14-unit text up to 420 px, it read at 11.2 px on that phone: too close to the 11 px floor. Each bar's name stands above it and its value at its end (direct labels), so no
// legend or axis is needed and categories differ by name and position as well as by colour.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatNumber } from '../format.ts';
import type { ChartRow } from './rows.ts';

export interface ChartText {
  /** id of the element that names the chart (its figcaption). */
  labelledBy: string;
  /** id of the element that describes it. */
  describedBy: string;
  /** Suffix for derived values in bar labels, e.g. " (beräknad)". */
  derivedSuffix: string;
  /** Said in a bar's place where the reports give no figure for that category and year. */
  missingText: string;
  /** Said in a bar's place where the reports give a part only as a share of the total ("54 % av totalen"). */
  shareText: (andel: number) => string;
  /** How a year is named on the chart: a year after a change of reporting system carries a mark. */
  yearLabel?: (ar: number) => string;
  /** The series' unit ("förbund"), said after a value whose bar is itself named by a number. */
  unit?: string;
}

/**
 * A bar named by a number of something else ("2 revisorer") puts two numbers side by side: "2
 * revisorer 29" left a reader unsure which was the count. Its value says what it counts ("29 förbund").
 */
const namedByNumber = (etikett: string) => /^\d/.test(etikett);

/** Width of the drawing in SVG units, and the text size in the same units. */
export const CHART_WIDTH = 360;
export const FONT_SIZE = 16;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 16;
const GAP = 10;
const ROW = LABEL_HEIGHT + BAR_HEIGHT + GAP;
/** Vertical offset of the text beside a bar (its value, or the words for a missing figure). */
const VALUE_DY = (LABEL_HEIGHT + ROW - GAP) / 2 - ROW / 2;
/** Average width of a digit or letter at FONT_SIZE, to leave room for the value after the longest bar. */
const CHAR_WIDTH = 9;

interface DrawnRow {
  key: string;
  etikett: string;
  text: string;
  varde: number;
  klass: string;
  saknas: boolean;
  /** Words at the left edge instead of a bar: a missing figure, or a share without a count. */
  iOrd: boolean;
}

/** The CSS class that gives a bar its colour: one per category position, one for totals. */
function barClass(row: ChartRow): string {
  if (row.farg === undefined) return 'diagram-stapel';
  return row.farg === 'totalt' ? 'diagram-stapel-totalt' : `diagram-stapel-${(row.farg % 6) + 1}`;
}

/**
 * Shorter SVG: coordinates to whole units (Plot writes up to 17 digits). A unit is at most one pixel
 * on screen, as the chart is never shown wider than it is drawn; lengths with a unit (y="0.3em", Plot's
 * text baseline) keep their decimals.
 */
function roundAttributes(svg: string): string {
  return svg.replace(
    /="([^"]*)"/g,
    (_m, value: string) => `="${value.replace(/\d+\.\d+(?![\d.a-z%])/gi, (n) => String(Math.round(Number(n))))}"`,
  );
}

export function renderBarChart(rows: ChartRow[], text: ChartText): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chartYears = [...new Set(rows.map((r) => r.ar))];
  const split = rows.some((r) => r.kategori);
  // A split series over several years is grouped under year headings; a single year needs none
  // (the title names it), and a series without parts names each bar by its year.
  const grouped = split && chartYears.length > 1;
  const yearLabel = text.yearLabel ?? String;
  const bars: DrawnRow[] = rows.map((r, i) => ({
    key: `b${i}`,
    etikett: r.kategori ?? yearLabel(r.ar),
    text: r.saknas
      ? text.missingText
      : r.andel !== undefined
        ? text.shareText(r.andel)
        : `${formatNumber(r.varde)}${r.kategori && text.unit && namedByNumber(r.kategori) ? ` ${text.unit}` : ''}${r.harledd ? text.derivedSuffix : ''}`,
    varde: r.varde,
    klass: barClass(r),
    saknas: Boolean(r.saknas),
    iOrd: Boolean(r.saknas) || r.andel !== undefined,
  }));
  const headings = grouped ? chartYears.map((ar) => ({ key: `h${ar}`, text: yearLabel(ar) })) : [];
  const domain = grouped
    ? chartYears.flatMap((ar) => [`h${ar}`, ...bars.filter((_, i) => rows[i].ar === ar).map((b) => b.key)])
    : bars.map((b) => b.key);
  const max = Math.max(...rows.map((r) => r.varde));
  // Words in a bar's place start at the left edge, so they need no room after the longest bar.
  const marginRight = 10 + Math.max(...bars.filter((b) => !b.iOrd).map((b) => b.text.length)) * CHAR_WIDTH;
  const classes = [...new Set(bars.map((b) => b.klass))];

  const svg = Plot.plot({
    document: document as unknown as Document,
    width: CHART_WIDTH,
    height: domain.length * ROW + 4,
    marginTop: 0,
    marginBottom: 4,
    marginLeft: 1,
    marginRight,
    x: { domain: [0, max], axis: null },
    y: { type: 'band', domain, padding: 0, axis: null },
    marks: [
      ...classes.map((klass) =>
        Plot.barX(
          bars.filter((b) => b.klass === klass && !b.iOrd),
          { x: 'varde', y: 'key', insetTop: LABEL_HEIGHT, insetBottom: GAP, className: klass },
        ),
      ),
      Plot.text(bars, {
        y: 'key',
        text: 'etikett',
        frameAnchor: 'left',
        textAnchor: 'start',
        dy: LABEL_HEIGHT / 2 - ROW / 2 + 1,
        className: 'diagram-namn',
      }),
      Plot.text(
        bars.filter((b) => !b.iOrd),
        {
          x: 'varde',
          y: 'key',
          text: 'text',
          textAnchor: 'start',
          dx: 4,
          dy: VALUE_DY,
          className: 'diagram-varde',
        },
      ),
      // In a missing bar's place, at the left edge: words, in italics so they are not read as a value.
      Plot.text(
        bars.filter((b) => b.saknas),
        {
          y: 'key',
          text: 'text',
          frameAnchor: 'left',
          textAnchor: 'start',
          dy: VALUE_DY,
          fontStyle: 'italic',
          className: 'diagram-saknas',
        },
      ),
      // A share without a count, in a bar's place at the left edge: upright, as it is a figure the reports give.
      Plot.text(
        bars.filter((b) => b.iOrd && !b.saknas),
        {
          y: 'key',
          text: 'text',
          frameAnchor: 'left',
          textAnchor: 'start',
          dy: VALUE_DY,
          className: 'diagram-andel',
        },
      ),
      Plot.text(headings, {
        y: 'key',
        text: 'text',
        frameAnchor: 'left',
        textAnchor: 'start',
        dy: 6,
        fontWeight: 'bold',
        className: 'diagram-ar',
      }),
    ],
  }) as unknown as Element;

  svg.querySelectorAll('style').forEach((s) => s.remove());
  svg.querySelectorAll('[aria-label]').forEach((el) => el.removeAttribute('aria-label'));
  svg.removeAttribute('style');
  // Plot's defaults that nothing here uses: site.css sets the font, and every text mark anchors at its start.
  svg.removeAttribute('font-family');
  svg.removeAttribute('text-anchor');
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', text.labelledBy);
  svg.setAttribute('aria-describedby', text.describedBy);
  svg.setAttribute('class', 'diagram-svg');
  return roundAttributes(svg.outerHTML);
}
