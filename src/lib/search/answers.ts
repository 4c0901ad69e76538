// Direct answers above the search results: a glossary definition when the query names a term, or
// a short answer when the query is one of the questions in Frågor och svar.
import type { ParsedQuery } from './query.ts';


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

const SUFFIXES = ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ens', 'ets', 'en', 'et', 'er', 'ar', 'or', 'na', 's', 'n', 'e', 'a'];

/** A crude Swedish stem, enough to see that "styrelsens" and "styrelsen" are the same word. */
export function stem(word: string): string {
  const w = word.toLocaleLowerCase('sv');
  for (const s of SUFFIXES) if (w.endsWith(s) && w.length - s.length >= 4) return w.slice(0, -s.length);
  return w;
}

const stems = (text: string) => text.toLocaleLowerCase('sv').split(/[^\p{L}\p{N}+]+/u).filter(Boolean).map(stem);

/** "vad är", "vad betyder" … before a term: the only question words that still ask for a definition. */
const DEFINITION_QUESTION = /^(vad|vem|vilka)\s+(är|betyder|innebär|menas med|gör)\s+(en |ett |de |det )?/;

/**
 * The glossary entry whose term is the whole query (in any inflection), optionally after "vad är";
 * "hur många samordningsförbund finns det" asks for a number, not a definition, so it gets none.
 */
export function matchTerm(raw: string, terms: TermAnswer[]): TermAnswer | undefined {
  const asked = raw.toLocaleLowerCase('sv').replace(/["”“?!.]/g, ' ').trim().replace(DEFINITION_QUESTION, '');
  const key = stems(asked).join(' ');
  if (!key) return undefined;
  return terms.find((t) => stems(t.term).join(' ') === key);
}

/**
 * The FAQ question that shares most meaningful words with the query: at least two, covering at
 * least 60 % of the query's words.
 */
export function matchQuestion(query: ParsedQuery, faqs: FaqAnswer[]): FaqAnswer | undefined {
  const asked = new Set(query.words.map(stem));
  if (asked.size < 2) return undefined;
  let best: { faq: FaqAnswer; overlap: number } | undefined;
  for (const faq of faqs) {
    const words = new Set(stems(faq.question));
    const overlap = [...asked].filter((w) => words.has(w)).length;
    if (overlap >= 2 && overlap / asked.size >= 0.6 && (!best || overlap > best.overlap)) best = { faq, overlap };
  }
  return best?.faq;
}

/**
 * The answer paragraph under each `###` question of an MDX page, as plain text (the `##` headings
 * above them group the questions by subject and end the answer before them). Citation components
 * are removed; an answer whose figures come from <Stat> is left empty (the link then carries it).
 */
export function faqAnswers(mdxBody: string): { question: string; answer: string }[] {
  const out: { question: string; answer: string }[] = [];
  let current: { question: string; lines: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const text = current.lines.join(' ').trim();
    const answer = /<[A-Z]/.test(text.replace(/<Kalla\b[^>]*\/>/g, ''))
      ? ''
      : text
          .replace(/<Kalla\b[^>]*\/>/g, '')
          .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
          .replace(/\*\*?([^*]+)\*\*?/g, '$1')
          .replace(/\s+([.,;:])/g, '$1')
          .replace(/\s+/g, ' ')
          .trim();
    out.push({ question: current.question, answer });
  };
  for (const line of mdxBody.split('\n')) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) {
      flush();
      current = { question: heading[1], lines: [] };
    } else if (/^#/.test(line)) {
      flush();
      current = undefined;
    } else if (current) {
      if (line.trim() === '' && current.lines.length) {
        flush();
        current = undefined;
      } else if (line.trim() && !line.startsWith(':::') && !line.startsWith('import ')) current.lines.push(line.trim());
    }
  }
  flush();
  return out;
}
