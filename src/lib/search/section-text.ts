// Which of the question's words each section of a result holds in its text. Pagefind's excerpt of a
// section shows some 30 words around its densest match, so counting the words marked there misses a
// section that holds every word of the question further apart ("försörjningsstöd" three lines below
// "målgruppen"). The page's hit in the search for each word on its own says where on the page that
// word is (word positions), and the page's data where each section starts: together they say which
// sections hold which words, with no download beyond the one data the result shows anyway.
import type { PagefindData, PagefindHit } from './engine.ts';
import type { ParsedQuery } from './query.ts';
import { readerQuestionWords } from './reader-questions.ts';
import { remembered } from './words.ts';

export interface SectionText {
  title: string;
  /** Words of the question (as searched in Pagefind) the section's text holds. */
  words: Set<string>;
}

/** An element with an id in a page's Pagefind data (its fragment): headings and a few others. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

/** A sub-result that is a section of its own: not the text before the first heading, nor the title. */
export const isSection = (data: Pick<PagefindData, 'url' | 'meta'>, sub: { url: string; title: string }) =>
  sub.url !== data.url && !sub.url.endsWith('#_top') && sub.title !== data.meta.title && !FIGURE_CAPTION.test(anchorOf(sub.url));

export const anchorOf = (url: string) => decodeURIComponent(url.split('#')[1] ?? '');

/**
 * The heading of a chart or a process figure (Diagram.astro, Processflode.astro: "diagram-…-titel"),
 * which Pagefind takes for a section of its own. It names the figure, not a question: its words belong
 * to the section it stands in, which opens ("Hur många deltar i insatserna?", not the chart under it).
 */
export const FIGURE_CAPTION = /^(diagram|process)-.+-titel$/;

/** Where sections start, in the page's order: as Pagefind's sub-results start, but not at a figure's caption. */
function sectionStarts(anchors: PagefindAnchor[]): PagefindAnchor[] {
  return anchors
    .filter((a) => (a.title?.length && /\S/.test(a.title)) || (/h\d/i.test(a.element) && a.text?.length && /\S/.test(a.text)))
    .filter((a) => !FIGURE_CAPTION.test(a.id))
    .sort((a, b) => a.location - b.location);
}

/**
 * The first words of a section's own text, after its heading, from the page's whole text (Pagefind's
 * `content`, whose words the anchors' locations count). Pagefind makes an excerpt only for a section
 * that holds a word of the question; a section chosen by its heading alone ("Vad får förbundet inte
 * göra?" for "samordningsförbundets uppgifter") showed the page's opening under it, "Kort svar. Ett
 * samordningsförbund finansierar …", text from another part of the page (reader review). Undefined
 * when the page has no such section or it has no text of its own.
 */
export function sectionOpening(content: string, anchors: PagefindAnchor[], id: string, length: number): string | undefined {
  const starts = sectionStarts(anchors);
  const at = starts.findIndex((a) => a.id === id);
  if (at < 0) return undefined;
  const start = starts[at];
  const words = content.split(/\s+/);
  const heading = (start.title || start.text || '').split(/\s+/).filter(Boolean).length;
  // The heading's reader questions stand before its text in Pagefind's (reader-questions.ts).
  const from = start.location + readerQuestionWords(words, start.location) + heading;
  const end = Math.min(starts[at + 1]?.location ?? words.length, from + length);
  const text = words.slice(from, end).join(' ').trim();
  return text || undefined;
}

/**
 * The words each section holds. Sections start where Pagefind's sub-results start: at every
 * heading, and at any other element with an id and a title (as Pagefind's own sub-results do); a
 * word belongs to the last one before it. Words before the first heading, or under the page's own
 * title, are in no section.
 */
export function wordsBySection(anchors: PagefindAnchor[], pageTitle: string, wordHits: [string, PagefindHit][]): Map<string, SectionText> {
  const starts = sectionStarts(anchors);
  const sections = new Map<string, SectionText>();
  for (const [word, hit] of wordHits) {
    for (const at of hit.words ?? []) {
      let start: PagefindAnchor | undefined;
      for (const a of starts) {
        if (a.location > at) break;
        start = a;
      }
      const title = start && (start.title || start.text || '');
      // Pagefind's own anchor for the top of the page is no section.
      if (!start || !title || title === pageTitle || start.id === '_top') continue;
      const section = sections.get(start.id) ?? { title, words: new Set<string>() };
      section.words.add(word);
      sections.set(start.id, section);
    }
  }
  return sections;
}

/**
 * The share of the question's terms each section's text holds, a term by its best wording that is
 * searched in Pagefind (weighted as ranking weighs it: a synonym a little less than the word typed).
 */
export function sectionShares(q: ParsedQuery, sections: Map<string, SectionText>): Map<string, { title: string; share: number }> {
  const shares = new Map<string, { title: string; share: number }>();
  const terms = q.terms.filter((t) => t.alternatives.some((a) => !a.local));
  if (!terms.length) return shares;
  for (const [anchor, { title, words }] of sections) {
    let held = 0;
    for (const t of terms) {
      let best = 0;
      for (const a of t.alternatives)
        if (!a.local) best = Math.max(best, (a.weight * a.words.filter((w) => words.has(w)).length) / a.words.length);
      held += best;
    }
    shares.set(anchor, { title, share: held / terms.length });
  }
  return shares;
}

/** Letters and digits only: a word as compared between an excerpt and the page's text. */
const bareWord = (w: string) => w.toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}]+/gu, '');
/** A page's text as such words, remembered: the same pages come back with every word the reader types. */
const pageWords = remembered((content: string) => content.split(/\s+/).map(bareWord), 8);

/**
 * The section whose text holds an excerpt (plain text), found by a run of its words in the page's
 * whole text (Pagefind's `content`, whose words the anchors' locations count): its anchor and
 * title, null when the excerpt stands before the first heading (the page's top), undefined when the
 * run is not found once. A result linked to a section whose text Pagefind does not hold ("Före ditt
 * första möte – fråga förbundschefen om", left out of the index) showed the page's opening under
 * it: the link opened below the text it quoted (review of /sok/).
 */
export function sectionAt(content: string, anchors: PagefindAnchor[], excerpt: string): { id: string; title: string } | null | undefined {
  const page = pageWords(content);
  const words = excerpt.split(/\s+/).map(bareWord).filter(Boolean);
  const RUN = 5;
  let at = -1;
  for (let from = 0; at < 0 && from + RUN <= words.length && from < 10; from += 1) {
    const run = words.slice(from, from + RUN);
    const found: number[] = [];
    for (let i = 0; i + RUN <= page.length && found.length < 2; i += 1) if (run.every((w, k) => page[i + k] === w)) found.push(i - from);
    if (found.length === 1) at = Math.max(0, found[0]);
  }
  if (at < 0) return undefined;
  let start: PagefindAnchor | undefined;
  for (const a of sectionStarts(anchors)) {
    if (a.location > at) break;
    start = a;
  }
  if (!start || start.id === '_top') return null;
  return { id: start.id, title: start.title || start.text || '' };
}
