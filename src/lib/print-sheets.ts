// How many A4 sheets a chapter's print view takes, said before a reader prints 44 of them. Counted
// from the pages' source text, as the build has no browser to lay the pages out. Fitted on
// 2026-12-06 to Chromium's A4 print of the six chapters (12, 44, 25, 19, 10 and 14 sheets): each web
// page starts a new sheet and leaves part of its last one empty, and a sheet holds about 460 words of
// source text. The estimate said 11, 45, 25, 14, 10 and 12: "omkring" is as close as it gets (the
// insatser chapter prints a list from data). The print spec checks it against a real print.
const SHEETS_PER_PAGE = 0.9;
const WORDS_PER_SHEET = 460;

/** Words of an MDX page's text: its import lines are code, not text. */
const words = (body: string) =>
  body
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;

/** About how many sheets the pages print on, rounded as a reader would say it: to 5 above 20. */
export function estimateSheets(bodies: string[]): number {
  const sheets = SHEETS_PER_PAGE * bodies.length + bodies.reduce((sum, b) => sum + words(b), 0) / WORDS_PER_SHEET;
  return sheets > 20 ? Math.round(sheets / 5) * 5 : Math.max(1, Math.round(sheets));
}
