// The counts beside /sok/'s filter boxes (src/lib/search/page.ts).

/** A page's filter values, by filter: { kapitel: ['Roller'], roll: ['Styrelsen', 'Kommunen'] }. */
export type PageFilters = Record<string, string[]>;

/**
 * How many results each box of each filter gives, counted the way boxes combine: boxes in one group
 * give pages with any of the ticked values, and the groups together give pages that pass every group.
 * So a group counts the results that pass the other groups' ticked boxes, not its own: counted among
 * the results of a ticked role, a second role's count said too little, and its box vanished when no
 * page was for both. The boxes of one group keep their counts as the reader ticks them, and a ticked
 * value stays listed, at 0 when no result has it, so that it can be unticked.
 */
export function facetCounts(
  pages: PageFilters[],
  selected: Record<string, string[]>,
  groups: readonly string[],
): Record<string, Record<string, number>> {
  const passes = (page: PageFilters, except: string) =>
    Object.entries(selected).every(([group, values]) => group === except || !values.length || values.some((v) => page[group]?.includes(v)));
  return Object.fromEntries(
    groups.map((group) => {
      const counts: Record<string, number> = Object.fromEntries((selected[group] ?? []).map((v) => [v, 0]));
      for (const page of pages) if (passes(page, group)) for (const v of page[group] ?? []) counts[v] = (counts[v] ?? 0) + 1;
      return [group, counts];
    }),
  );
}

/**
 * The ticked values of the address (/sok/?roll=…), each former name of a value read as its name now
 * (`aliases`, by filter: { roll: { old: new } }), each value once. A role's filter name changed to the
 * menu's (main-roles.ts, roleAliases), and a saved link with the old one ticked no box and found nothing.
 */
export function withAliases(
  selected: Record<string, string[]>,
  aliases: Record<string, Record<string, string> | undefined>,
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(selected).map(([group, values]) => [group, [...new Set(values.map((v) => aliases[group]?.[v] ?? v))]]),
  );
}

/**
 * Whether a filter group is worth showing: a box is ticked in it, or ticking one of its boxes would
 * leave out some of the `total` results. "Typ av sida" with one box, "Vägledning (12)" of 12, narrowed
 * nothing and only cost the reader a look (review 22b).
 */
export function narrows(counts: Record<string, number> | undefined, ticked: string[] | undefined, total: number): boolean {
  if (ticked?.length) return true;
  const values = Object.values(counts ?? {});
  return values.some((n) => n < total);
}

/**
 * A filter's boxes, [value, count], in the order given (the menu's order of chapters), values the
 * order does not name after them by count. Sorted by count, the chapter boxes changed places with
 * every search and followed neither the menu nor the start page (review 26). Without an order, by
 * count and then by name.
 */
export function orderedEntries(counts: Record<string, number>, order?: readonly string[]): [string, number][] {
  const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv');
  const entries = Object.entries(counts);
  if (!order?.length) return entries.sort(byCount);
  const place = (v: string) => {
    const i = order.indexOf(v);
    return i < 0 ? order.length : i;
  };
  return entries.sort((a, b) => place(a[0]) - place(b[0]) || byCount(a, b));
}
