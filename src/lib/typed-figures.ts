// Finds figures typed into a page's prose, so a test can insist that figures which exist in a
// statistics series are printed with <Stat> instead (text and data then cannot disagree).

export interface TypedFigure {
  value: number;
  text: string;
  line: number;
}

/** An MDX file's lines with what is not prose blanked: frontmatter, imports, components, link targets, headings. */
export function proseLines(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1));
  return body.split('\n').map((line) =>
    /^\s*(import |#)/.test(line)
      ? ''
      : line
          .replace(/<[A-Z][^>]*\/>/g, ' ') // self-closing components: <Stat …/>, <Kalla …/>
          .replace(/\]\([^)]*\)/g, ']') // link targets
          .replace(/\d+(?:\s*[-–]\s*\d+)?\s*§/g, ' ') // paragraph numbers such as 7 § or 5–6 §
          .replace(/§\s*\d+/g, ' ')
          .replace(/\b(?:avsnitt|kapitel|bilaga|tabell|fotnot|s\.|sidan|punkt)\s+\d+(?:\.\d+)*/gi, ' ')
          .replace(/\b\d{4}:\d+\b/g, ' ') // SFS numbers such as 2003:1210
          .replace(/\b\d{4}[-–]\d{2,4}\b/g, ' ') // periods such as 2021–2027
          .replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' '),
  );
}

/** Whole numbers in prose, with Swedish thousands separators ("22 857"), that are not years. */
export function typedFigures(mdx: string): TypedFigure[] {
  const found: TypedFigure[] = [];
  proseLines(mdx).forEach((line, i) => {
    for (const m of line.matchAll(/(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})*(?!\d)(?![,.]\d)/g)) {
      const value = Number(m[0].replace(/[ \u00a0]/g, ''));
      const isYear = value >= 1990 && value <= 2035 && !/[ \u00a0]/.test(m[0]);
      // Shares and changes ("47 procent", "1 102 färre") are other measures than a series' counts.
      const isShareOrChange = /^[ \u00a0]*(%|procent|procentenheter|fler|färre)(?![\p{L}])/u.test(line.slice((m.index ?? 0) + m[0].length));
      if (!isYear && !isShareOrChange) found.push({ value, text: m[0], line: i + 1 });
    }
  });
  return found;
}

/** A series as the build check needs it: its id and its values. */
export interface SeriesValues {
  id: string;
  enhet: string;
  varden: { ar: number; varde?: number; kategori?: string }[];
}

/** Smallest value worth binding: smaller counts collide with ordinary numbers in prose ("tre av 12"). */
export const MIN_BOUND_VALUE = 50;

type Hit = { id: string; ar: number; kategori?: string };

/** Each count a series holds (shares excluded), with every series and year that hold it. */
export function boundValues(series: SeriesValues[]): Map<number, Hit[]> {
  const values = new Map<number, Hit[]>();
  for (const s of series) {
    if (s.enhet === 'procent') continue;
    for (const v of s.varden) {
      if (v.varde === undefined || v.varde < MIN_BOUND_VALUE) continue;
      const hits = values.get(v.varde) ?? [];
      hits.push({ id: s.id, ar: v.ar, kategori: v.kategori });
      values.set(v.varde, hits);
    }
  }
  return values;
}

/** Editor-readable messages for figures typed into a page that a series holds. */
export function typedFigureProblems(mdx: string, values: ReturnType<typeof boundValues>): { line: number; message: string }[] {
  return typedFigures(mdx).flatMap((f) => {
    const [hit, ...others] = values.get(f.value) ?? [];
    if (!hit) return [];
    const kategori = hit.kategori ? ` kategori="${hit.kategori}"` : '';
    // The same count can stand in several series: name them all, so the editor picks the right one.
    const also = others.length
      ? `, och även i ${others
          .slice(0, 3)
          .map((o) => `${o.id} (${o.ar})`)
          .join(', ')}`
      : '';
    return [
      {
        line: f.line,
        message:
          `talet ${f.text} är inskrivet i texten, men finns i serien ${hit.id} (${hit.ar})${also}. ` +
          `Skriv <Stat id="${hit.id}" year={${hit.ar}}${kategori} /> i stället, så visar texten alltid samma tal som tabeller och diagram. ` +
          `Är det ett annat tal som bara råkar vara lika, skriv det med bokstäver eller omformulera meningen.`,
      },
    ];
  });
}
