// Turns a series into the rows a chart and its table show, so both are built from the same list.
import { years } from '../statistik/checks.ts';
import type { Serie } from '../statistik/types.ts';

export interface ChartRow {
  ar: number;
  /** Category name, or undefined for the total. */
  kategori?: string;
  varde: number;
  harledd: boolean;
}

/**
 * The rows to draw: for a split series the parts (the total is then shown in the table only),
 * otherwise the totals. Years without any drawn value are left out.
 */
export function chartRows(serie: Serie): ChartRow[] {
  const split = Boolean(serie.kategorier?.length) && serie.varden.some((v) => v.kategori);
  const names = new Map((serie.kategorier ?? []).map((k) => [k.id, k.namn]));
  return serie.varden
    .filter((v) => (split ? v.kategori !== undefined : v.kategori === undefined))
    .map((v) => ({ ar: v.ar, kategori: v.kategori && names.get(v.kategori), varde: v.varde, harledd: Boolean(v.harledd) }))
    .sort((a, b) => a.ar - b.ar || (serie.kategorier ?? []).findIndex((k) => k.namn === a.kategori) - (serie.kategorier ?? []).findIndex((k) => k.namn === b.kategori));
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
