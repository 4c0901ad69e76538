// The status line of /sok/ (src/lib/search/page.ts), put together from its sentences in sv.json, so
// that what it says can be tested without a browser.
import { listInSentence, orInSentence } from '../format.ts';
import { fill } from './render.ts';

/** The sv.json templates of the sentence naming the ticked filters, with the filter groups' names. */
export interface FilterTexts {
  /** "Filtrerat på {{groups}}." */
  sentence?: string;
  /** Per filter group: "kapitel {{values}}", "roll {{values}}", "typ av sida {{values}}". */
  groups: Record<string, string | undefined>;
}

/**
 * The ticked filters in words: "Filtrerat på kapitel ”Ekonomi” och roll ”Styrelsen” eller ”Kommunen”."
 * After a box was ticked, the status said only "Visar de 3 träffar som passar bäst på ”styrelsen”",
 * as if those were all the results (review 20). Boxes in one group give pages with any of their values
 * ("eller"), the groups together pages that pass each ("och"), as facets.ts counts them. The values are
 * quoted: a chapter's name can hold "och" itself ("Organisation och roller"). Empty when none is ticked.
 */
export function filterSentence(selected: Record<string, string[]>, order: readonly string[], texts: FilterTexts): string {
  const groups = order
    .filter((group) => (selected[group]?.length ?? 0) > 0 && texts.groups[group])
    .map((group) => fill(texts.groups[group], { values: orInSentence(selected[group].map((v) => `”${v}”`)) }));
  return groups.length ? fill(texts.sentence, { groups: listInSentence(groups) }) : '';
}

/** The parts of the status line, each a sentence or more, or empty. */
export interface StatusParts {
  /** "Visar 5 av 25 träffar på ”…”." (answers.ts, statusText) */
  count: string;
  /** The ticked filters (filterSentence). */
  filters?: string;
  /** What the results stand on: a word no page holds, or that no page holds them all. */
  note?: string;
  /** "Visa fler med knappen under listan." while the button has more. */
  more?: string;
}

/** The status line in two: what a screen reader announces, and what stays on screen after it. */
export interface StatusLine {
  /** The live region's text: the count, what was searched, and the ticked filters. */
  live: string;
  /** Shown after it, outside the live region: what the results stand on, and how to see more. */
  rest: string;
}

/**
 * The count first, with what was searched, then which filters are on: this alone is announced (the live
 * region is polite, and a screen reader read four more sentences, some 60 words, after every search,
 * reader review). What the results stand on and how to see more follow it on screen, where a reader
 * who wants them reads on. The count is a sentence of its own before the filters: "23 träffar på ”…”.
 * Filtrerat på …"
 */
export function statusLine({ count, filters = '', note = '', more = '' }: StatusParts): StatusLine {
  const live = filters ? `${count}${/[.!?]$/.test(count) ? '' : '.'} ${filters}` : count;
  return { live, rest: [note, more].filter(Boolean).join(' ') };
}
