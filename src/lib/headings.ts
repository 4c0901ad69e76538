// A page shown inside another page (the chapter print view) sits under a heading of its own, so its
// headings move down a level: the chapter is h1, the page h2, its sections h3 and below.

const TAG = /<(\/?)h([1-6])\b/gi;
const WRAPPER = /\blevel-h([1-6])\b/g;

/** `html` with every heading `by` levels lower (h2 → h3 for by = 1), never below h6. */
export function shiftHeadings(html: string, by: number): string {
  const lower = (level: string) => Math.min(6, Number(level) + by);
  return html
    .replace(TAG, (_, close: string, level: string) => `<${close}h${lower(level)}`)
    .replace(WRAPPER, (_, level: string) => `level-h${lower(level)}`);
}
