// The "Källor för diagrammet" lines and the explanations of derived values, built from a series'
// values. A reader compared the old lines (one "report, place" per value) and found the same report
// named three times in one year; here each year names a report once, followed by its places, and
// where one report holds every year it is named once above the lines.
import { years } from '../statistik/checks.ts';
import type { Serie } from '../statistik/types.ts';

export interface SourceLines {
  /** The short name of the only report the series uses, or undefined when it uses several. */
  report?: string;
  /**
   * One line per year, oldest first: the places (with their report unless `report` is set). Years
   * in a row whose places are the same share a line, from `ar` to `till`.
   */
  lines: { ar: number; till?: number; text: string }[];
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Source lines for a series; `name` turns a source id into the short name readers see. */
export function sourceLines(serie: Serie, name: (id: string) => string): SourceLines {
  const reports = unique(serie.varden.map((v) => v.kalla));
  const single = reports.length === 1;
  const lines = years(serie).map((ar) => {
    const values = serie.varden.filter((v) => v.ar === ar);
    const text = unique(values.map((v) => v.kalla))
      .map((k) => {
        const places = unique(values.filter((v) => v.kalla === k).flatMap((v) => v.plats.split('; '))).join('; ');
        return single ? places : `${name(k)}, ${places}`;
      })
      .join('. ');
    return { ar, text };
  });
  const merged: SourceLines['lines'] = [];
  for (const line of lines) {
    const last = merged.at(-1);
    // Only years that follow each other: "2017–2020" would claim 2018 and 2019 too.
    if (last && last.text === line.text && line.ar === (last.till ?? last.ar) + 1) last.till = line.ar;
    else merged.push({ ...line });
  }
  return { report: single ? name(reports[0]) : undefined, lines: merged };
}

/**
 * How each derived value was worked out, for the note under the table: "2024, Långtidssjukskrivna:
 * 89 insatser 2025 minus …". The data's own "Beräknat: " lead-in is left out, since the note says it.
 */
export function derivations(serie: Serie, categoryName: (id: string | undefined) => string): string[] {
  return serie.varden
    .filter((v) => v.harledd)
    .sort((a, b) => a.ar - b.ar)
    .map((v) => {
      const how = v.harledd!.replace(/^Beräknat(?: värde)?:\s*/i, '');
      const what = (serie.kategorier ?? []).length > 0 ? `${v.ar}, ${categoryName(v.kategori)}` : String(v.ar);
      return `${what}: ${how}`;
    });
}
