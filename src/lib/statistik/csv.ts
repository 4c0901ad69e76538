// CSV export of a series for spreadsheet users. Swedish Excel reads semicolon-separated files with
// decimal commas, and needs a byte-order mark to read å, ä and ö as UTF-8.
import type { Serie } from './types.ts';

const BOM = '\ufeff';
const COLUMNS = ['serie', 'ar', 'kategori', 'varde', 'andel_procent', 'enhet', 'kalla', 'plats', 'tidpunkt', 'harledd'] as const;

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(id: string, serie: Serie, kallaName: (id: string) => string = (k) => k): string {
  const names = new Map((serie.kategorier ?? []).map((k) => [k.id, k.namn]));
  const lines = [COLUMNS.join(';')];
  const sorted = [...serie.varden].sort((a, b) => a.ar - b.ar);
  for (const v of sorted) {
    lines.push(
      [
        id,
        v.ar,
        v.kategori ? names.get(v.kategori) : 'Totalt',
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
