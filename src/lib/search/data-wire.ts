// /sok/data.json as sent, with what the browser can work out left out (every search's first download,
// issue: a first query ≤ 150 KB). Each part is put back in the browser by fromWire, exactly:
// - a section's anchor where it is the heading's own slug (as Astro makes it: lower case, punctuation
//   dropped, spaces as hyphens), which is nearly always; a heading whose anchor differs (a repeated
//   heading gets "-1") keeps its anchor, so nothing depends on the slugs being made alike. A sixth of
//   the file. The same for a FAQ question's anchor (0.6 KB compressed);
// - a glossary term's anchor where it is the term in ASCII ("aktivitetsersattning" for
//   "Aktivitetsersättning"), sent as '' (0.6 KB);
// - the vocabulary's shared beginnings: the keys are sorted, and each is sent as how many of its first
//   letters it shares with the key before it (one digit, 0–9) and the rest ("0styrelse8n" for
//   "styrelse styrelsen"). Keys hold no digits (data.ts leaves out words with one), so the digits
//   mark where each key begins (0.9 KB).
import type { DataPage, SearchData } from './data.ts';
import { asciiAnchor } from './answer-files.ts';
import { askedFromWire, askedToWire } from './reader-questions.ts';

/** Where the browser fetches the search data (src/integrations/custom-routes.mjs serves it there). */
export const SEARCH_DATA_URL = '/sok/data.json';

type WireSection = [heading: string, anchor?: string];
type WireFaq = [question: string, anchor?: string];
export type WireData = Omit<SearchData, 'pages' | 'faqs'> & {
  pages: (Omit<DataPage, 'sections' | 'asked'> & { sections?: WireSection[]; asked?: string })[];
  faqs: WireFaq[];
};

export const slugOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** Longest shared beginning written as one digit. */
const MAX_SHARED = 9;

/** Sorted, space-separated keys as sent: each as the number of letters it shares with the one before, and the rest. */
export function frontCoded(vocabulary: string): string {
  let previous = '';
  return vocabulary
    .split(' ')
    .filter(Boolean)
    .map((k) => {
      if (/\d/.test(k)) throw new Error(`Ordet "${k}" i sökdatans ordförråd har en siffra: det går inte att skicka framkodat.`);
      let shared = 0;
      while (shared < MAX_SHARED && shared < previous.length && shared < k.length && previous[shared] === k[shared]) shared += 1;
      previous = k;
      return `${shared}${k.slice(shared)}`;
    })
    .join('');
}

/** The keys again, space-separated, from frontCoded's form. */
export function frontDecoded(coded: string): string {
  let previous = '';
  const keys: string[] = [];
  for (const [, shared, rest] of coded.matchAll(/(\d)(\D*)/g)) {
    previous = previous.slice(0, Number(shared)) + rest;
    keys.push(previous);
  }
  return keys.join(' ');
}

export function toWire(data: SearchData): WireData {
  return {
    ...data,
    pages: data.pages.map(({ asked, ...p }) => ({
      ...p,
      ...(p.sections ? { sections: p.sections.map(([h, a]): WireSection => (slugOf(h) === a ? [h] : [h, a])) } : {}),
      ...(asked?.length ? { asked: askedToWire(asked) } : {}),
    })),
    terms: data.terms.map(([a, t, ...page]) => [asciiAnchor(t) === a ? '' : a, t, ...page]),
    faqs: data.faqs.map(([a, q]): WireFaq => (slugOf(q) === a ? [q] : [q, a])),
    vocabulary: frontCoded(data.vocabulary),
  };
}

export function fromWire(data: WireData): SearchData {
  return {
    ...data,
    pages: data.pages.map(({ asked, sections, ...p }): DataPage => ({
      ...p,
      ...(sections ? { sections: sections.map(([h, a]): [string, string] => [h, a ?? slugOf(h)]) } : {}),
      ...(asked ? { asked: askedFromWire(asked) } : {}),
    })),
    terms: data.terms.map(([a, t, ...page]) => [a || asciiAnchor(t), t, ...page]),
    faqs: data.faqs.map(([q, a]) => [a ?? slugOf(q), q]),
    vocabulary: frontDecoded(data.vocabulary),
  };
}
