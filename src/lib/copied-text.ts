// Finds sentences carried over word for word from the source reports. Facts carry over with their
// source; sentences do not. A run of RUN words that also stands in a report is reported, unless it is
// marked as a quotation („…” or "…").

export const RUN = 10;

/** Lowercased words; hyphenated line breaks in the PDF-extracted reports are joined first. */
export function words(text: string): string[] {
  return text
    .replace(/\u00ad/g, '')
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function runIndex(reports: string[]): Set<string> {
  const index = new Set<string>();
  for (const report of reports) {
    const w = words(report);
    for (let i = 0; i + RUN <= w.length; i++) index.add(w.slice(i, i + RUN).join(' '));
  }
  return index;
}

export interface CopiedRun {
  line: number;
  text: string;
}

/** Runs of RUN or more words in `lines` (prose lines of a page) that stand in a report. */
export function copiedRuns(lines: string[], index: Set<string>): CopiedRun[] {
  const found: CopiedRun[] = [];
  lines.forEach((line, i) => {
    const unquoted = line.replace(/„[^”]*”|"[^"]*"|”[^”]*”|“[^”]*”/g, ' ');
    const w = words(unquoted);
    let start = -1;
    let end = -1;
    for (let j = 0; j + RUN <= w.length; j++) {
      if (index.has(w.slice(j, j + RUN).join(' '))) {
        if (start < 0 || j > end) {
          if (start >= 0) found.push({ line: i + 1, text: w.slice(start, end).join(' ') });
          start = j;
        }
        end = j + RUN;
      }
    }
    if (start >= 0) found.push({ line: i + 1, text: w.slice(start, end).join(' ') });
  });
  return found;
}
