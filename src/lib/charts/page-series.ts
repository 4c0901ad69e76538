// Which series a page shows as charts, read from its MDX source. A chart's notes may point only to
// charts on the same page.

/** Series ids of the `<Diagram id="…">` elements in an MDX source text. */
export function seriesInSource(source: string): Set<string> {
  return new Set([...source.matchAll(/<Diagram\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1]));
}
