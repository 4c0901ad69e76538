// Turns a series into the rows a chart and its table show, so both are built from the same list.
import { years } from '../statistik/checks.ts';
import type { Serie, Varde } from '../statistik/types.ts';

export interface ChartRow {
  ar: number;
  /** Category name, or undefined for the total. */
  kategori?: string;
  varde: number;
  harledd: boolean;
}

/**
 * The rows to draw. For a split series: the parts of each year, or the year's total (named
 * `totalLabel`) where the source gives no parts for that year. Otherwise the totals.
 */
export function chartRows(serie: Serie, totalLabel = 'Totalt'): ChartRow[] {
  const categories = serie.kategorier ?? [];
  const split = categories.length > 0 && serie.varden.some((v) => v.kategori);
  const names = new Map(categories.map((k) => [k.id, k.namn]));
  const order = (v: Varde) => (v.kategori === undefined ? categories.length : categories.findIndex((k) => k.id === v.kategori));
  const yearsWithParts = new Set(serie.varden.filter((v) => v.kategori !== undefined).map((v) => v.ar));
  return serie.varden
    .filter((v) => (split ? v.kategori !== undefined || !yearsWithParts.has(v.ar) : v.kategori === undefined))
    .sort((a, b) => a.ar - b.ar || order(a) - order(b))
    .map((v) => ({
      ar: v.ar,
      kategori: split ? (v.kategori === undefined ? totalLabel : names.get(v.kategori)) : undefined,
      varde: v.varde,
      harledd: Boolean(v.harledd),
    }));
}

export interface TableColumn {
  id: string | undefined;
  namn: string;
}

/** Table columns: each category, then the total when the series has one. */
export function tableColumns(serie: Serie, totalLabel: string): TableColumn[] {
  const columns: TableColumn[] = (serie.kategorier ?? []).map((k) => ({ id: k.id, namn: k.namn }));
  if (serie.varden.some((v) => v.kategori === undefined)) columns.push({ id: undefined, namn: columns.length ? totalLabel : serie.enhet });
  return columns;
}

export { years };
