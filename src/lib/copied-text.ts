// Finds sentences carried over word for word from the source reports. Facts carry over with their
// source; sentences do not. A run of RUN words that also stands in a report is reported, unless it is
// marked as a quotation („…” or "…").

import { withoutSoftHyphens } from './hyphenate.ts';

export const RUN = 10;

/** Lowercased words; hyphenated line breaks in the PDF-extracted reports are joined first. */
export function words(text: string): string[] {
  return withoutSoftHyphens(text)
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function runIndex(reports: string[]): Set<string> {
  return new Set(runIndexByReport(reports.map((text, i) => ({ name: String(i), text }))).keys());
}

/** Every run of RUN words in the reports, with the name of the first report that holds it. */
export function runIndexByReport(reports: { name: string; text: string }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const report of reports) {
    const w = words(report.text);
    for (let i = 0; i + RUN <= w.length; i++) {
      const key = w.slice(i, i + RUN).join(' ');
      if (!index.has(key)) index.set(key, report.name);
    }
  }
  return index;
}

export interface CopiedRun {
  line: number;
  text: string;
  /** The report that holds it, when the index knows (runIndexByReport). */
  report?: string;
}

/** Runs of RUN or more words in `lines` (prose lines of a page) that stand in a report. */
export function copiedRuns(lines: string[], index: Set<string> | Map<string, string>): CopiedRun[] {
  const found: CopiedRun[] = [];
  lines.forEach((line, i) => {
    const unquoted = line.replace(/„[^”]*”|"[^"]*"|”[^”]*”|“[^”]*”/g, ' ');
    const w = words(unquoted);
    let start = -1;
    let end = -1;
    let report: string | undefined;
    const push = () => found.push({ line: i + 1, text: w.slice(start, end).join(' '), ...(report === undefined ? {} : { report }) });
    for (let j = 0; j + RUN <= w.length; j++) {
      const key = w.slice(j, j + RUN).join(' ');
      if (index.has(key)) {
        if (start < 0 || j > end) {
          if (start >= 0) push();
          start = j;
          report = index instanceof Map ? index.get(key) : undefined;
        }
        end = j + RUN;
      }
    }
    if (start >= 0) push();
  });
  return found;
}
