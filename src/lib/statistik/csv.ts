// CSV export of a series for spreadsheet users. Swedish Excel reads semicolon-separated files with
// decimal commas, and needs a byte-order mark to read å, ä and ö as UTF-8. The header row is plain
// Swedish (content/i18n/sv.json, "csv.*"), for a reader who opens the file in a spreadsheet; the
// columns and their order are fixed here, so a program can still read them by position.
import type { Serie } from './types.ts';

const BOM = '\ufeff';
export const CSV_COLUMNS = ['serie', 'ar', 'kategori', 'varde', 'andel_procent', 'enhet', 'kalla', 'plats', 'tidpunkt', 'harledd'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvText {
  /** The header of each column, as a reader sees it. */
  headers: Record<CsvColumn, string>;
  /** The category of a total ("Totalt"). */
  total: string;
}

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(id: string, serie: Serie, text: CsvText, kallaName: (id: string) => string = (k) => k): string {
  const names = new Map((serie.kategorier ?? []).map((k) => [k.id, k.namn]));
  const lines = [CSV_COLUMNS.map((c) => cell(text.headers[c])).join(';')];
  const sorted = [...serie.varden].sort((a, b) => a.ar - b.ar);
  for (const v of sorted) {
    lines.push(
      [
        id,
        v.ar,
        v.kategori ? names.get(v.kategori) : text.total,
        v.varde,
        v.andel,
        serie.enhet,
        kallaName(v.kalla),
        v.plats,
        v.tidpunkt,
        v.harledd,
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
