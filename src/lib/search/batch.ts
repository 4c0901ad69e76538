// How many results /sok/ shows at a time (src/lib/search/page.ts).

/** Results shown at a time (Pagefind's UI shows five). */
export const PAGE_SIZE = 5;

/**
 * At most this many results left after a batch come with it: "Visar 5 av 6 träffar" made the reader
 * press "Visa fler träffar" for a single result (review 17).
 */
export const SMALL_REST = 2;

/** How many results the next batch adds, when `shown` of `total` are on screen. */
export function nextBatch(shown: number, total: number): number {
  const rest = Math.max(0, total - shown);
  return rest <= PAGE_SIZE + SMALL_REST ? rest : PAGE_SIZE;
}
