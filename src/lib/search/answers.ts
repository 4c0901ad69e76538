// Direct answers above the search results: a glossary definition when the query names a term, or
// a short answer when the query is one of the questions in Frågor och svar.
import type { ParsedQuery } from './query.ts';
import { key, keys, wordMatch } from './words.ts';

export interface TermAnswer {
  id: string;
  term: string;
  definition: string;
}
export interface FaqAnswer {
  question: string;
  anchor: string;
  answer: string;
}

/** The comparison keys of a text's words (words.ts): "styrelsens" and "styrelsen" are one word. */
const stems = keys;

/** "vad är", "vad betyder" … before a term: the only question words that still ask for a definition
 * (also typed without å, ä and ö: "vad ar", "vad innebar"). */
const DEFINITION_QUESTION = /^(vad|vem|vilka)\s+(är|ar|betyder|innebär|innebar|menas med|gör|gor)\s+(en |ett |de |det )?/;

/**
 * The glossary entry whose term is the whole query (in any inflection), optionally after "vad är";
 * "hur många samordningsförbund finns det" asks for a number, not a definition, so it gets none.
 */
export function matchTerm(raw: string, terms: TermAnswer[]): TermAnswer | undefined {
  const asked = raw
    .toLocaleLowerCase('sv')
    .replace(/["”“?!.]/g, ' ')
    .trim()
    .replace(DEFINITION_QUESTION, '');
  const wanted = stems(asked).join(' ');
  if (!wanted) return undefined;
  return terms.find((t) => stems(t.term).join(' ') === wanted);
}

/**
 * The FAQ question that shares most meaningful words with the query: at least two, covering at
 * least 60 % of the query's words.
 */
export function matchQuestion(query: ParsedQuery, faqs: FaqAnswer[]): FaqAnswer | undefined {
  const asked = new Set(query.terms.map((t) => key(t.typed)));
  if (asked.size < 2) return undefined;
  let best: { faq: FaqAnswer; overlap: number } | undefined;
  for (const faq of faqs) {
    const words = stems(faq.question);
    const overlap = [...asked].filter((w) => words.some((d) => wordMatch(w, d) === 1)).length;
    if (overlap >= 2 && overlap / asked.size >= 0.6 && (!best || overlap > best.overlap)) best = { faq, overlap };
  }
  return best?.faq;
}
