// Turns a series into the rows a chart and its table show, so both are built from the same list.
import { years } from '../statistik/checks.ts';
import type { Serie, Varde } from '../statistik/types.ts';

export interface ChartRow {
  ar: number;
  /** Category name, the total's name for a drawn total, or undefined in a series without parts. */
  kategori?: string;
  /**
   * Position of the category in the series' kategorier (for its colour), or 'totalt' for a drawn total.
   * Undefined where colour would mean nothing: a series without parts, and a split series of one year,
   * where each category appears once with its name beside its bar (a reader took the six colours of
   * "förbund efter antal revisorer" for six kinds of förbund).
   */
  farg?: number | 'totalt';
  varde: number;
  harledd: boolean;
  /** A category the series has but the reports give no figure for in this year: drawn as words, not a bar. */
  saknas?: boolean;
  /**
   * A part the reports give only as a share of the year's total, in percent: drawn as words ("54 % av
   * totalen"), not a bar, since a bar would stand on the count scale. `varde` is then 0.
   */
  andel?: number;
}

/** Years that give at least one part. */
function yearsWithParts(serie: Serie): Set<number> {
  return new Set(serie.varden.filter((v) => v.kategori !== undefined).map((v) => v.ar));
}

/** Years of a split series that have a total but no parts. */
function yearsWithoutParts(serie: Serie): number[] {
  const withParts = yearsWithParts(serie);
  return years(serie).filter((ar) => !withParts.has(ar) && serie.varden.some((v) => v.ar === ar && v.kategori === undefined));
}

function isSplit(serie: Serie): boolean {
  return (serie.kategorier ?? []).length > 0 && serie.varden.some((v) => v.kategori);
}

/**
 * Years whose parts a chart draws beside totals: in a series where some years give only a total,
 * every year's total is drawn so totals compare with totals, and these years add their parts
 * (marked as parts in the chart and explained above it). Empty when the chart has no such mix.
 */
export function partsBesideTotals(serie: Serie): number[] {
  if (!isSplit(serie) || yearsWithoutParts(serie).length === 0) return [];
  const withTotal = new Set(serie.varden.filter((v) => v.kategori === undefined).map((v) => v.ar));
  return [...new Set(serie.varden.filter((v) => v.kategori !== undefined && withTotal.has(v.ar)).map((v) => v.ar))].sort((a, b) => a - b);
}

/**
 * The rows to draw. A split series draws the parts of each year; where some years give only a
 * total, it draws every year's total (named `totalLabel`) first and the parts after it, so a
 * part never stands in a total's place. A series without parts draws its totals.
 */
export function chartRows(serie: Serie, totalLabel = 'Totalt', partLabel: (name: string) => string = (n) => n): ChartRow[] {
  const categories = serie.kategorier ?? [];
  const split = isSplit(serie);
  const mixed = split && yearsWithoutParts(serie).length > 0;
  const names = new Map(categories.map((k) => [k.id, k.namn]));
  const withoutParts = new Set(yearsWithoutParts(serie));
  /** What a chart row needs of a value: a figure the reports give, or a category they give none for. */
  type Entry = Pick<Varde, 'ar' | 'kategori' | 'varde' | 'andel' | 'harledd'> & { saknas?: boolean };
  const order = (v: Entry) => (v.kategori === undefined ? -1 : categories.findIndex((k) => k.id === v.kategori));
  // A year that gives some parts but not all: the missing ones stand in the chart as "no figure",
  // so a reader does not take a missing bar for a zero or look for it in vain (as a reviewer did).
  const gaps: Entry[] = split
    ? [...yearsWithParts(serie)].flatMap((ar) =>
        categories
          .filter((k) => !serie.varden.some((v) => v.ar === ar && v.kategori === k.id))
          .map((k) => ({ ar, kategori: k.id, varde: 0, saknas: true })),
      )
    : [];
  const entries: Entry[] = [...serie.varden, ...gaps];
  // Colour tells a category apart where it recurs: in each year's group of bars.
  const coloured = split && years(serie).length > 1;
  return entries
    .filter((v) => (!split ? v.kategori === undefined : v.kategori !== undefined || mixed || withoutParts.has(v.ar)))
    .sort((a, b) => a.ar - b.ar || order(a) - order(b))
    .map((v) => ({
      ar: v.ar,
      kategori: split
        ? v.kategori === undefined
          ? totalLabel
          : mixed
            ? partLabel(names.get(v.kategori) ?? v.kategori)
            : names.get(v.kategori)
        : undefined,
      farg: coloured ? (v.kategori === undefined ? 'totalt' : order(v)) : undefined,
      varde: v.varde ?? 0,
      harledd: Boolean(v.harledd),
      ...(v.saknas ? { saknas: true } : {}),
      ...(v.varde === undefined && v.andel !== undefined ? { andel: v.andel } : {}),
    }));
}

export interface TableColumn {
  id: string | undefined;
  namn: string;
}

/**
 * Table columns: each category, then the total when the series has one. Where the chart draws
 * parts beside totals, the total leads and the parts are named as parts of it, as in the chart.
 */
export function tableColumns(serie: Serie, totalLabel: string, partLabel: (name: string) => string = (n) => n): TableColumn[] {
  const mixed = partsBesideTotals(serie).length > 0;
  const columns: TableColumn[] = (serie.kategorier ?? []).map((k) => ({ id: k.id, namn: mixed ? partLabel(k.namn) : k.namn }));
  if (!serie.varden.some((v) => v.kategori === undefined)) return columns;
  const total = { id: undefined, namn: columns.length ? totalLabel : serie.enhet };
  return mixed ? [total, ...columns] : [...columns, total];
}

const YEAR = /\b(19|20)\d{2}\b/;

/**
 * The chart's heading: the title, with the years it covers added unless the title already names
 * a year ("… 2023" is not followed by "(2023)").
 */
export function chartTitle(serie: Serie): string {
  if (YEAR.test(serie.titel)) return serie.titel;
  const ys = years(serie);
  const first = ys[0];
  const last = ys[ys.length - 1];
  return `${serie.titel} (${first === last ? first : `${first}–${last}`})`;
}

export { years };
