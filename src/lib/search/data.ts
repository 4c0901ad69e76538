// What /sok/ needs besides Pagefind: the synonyms, the glossary and the FAQ answers. Served as
// /sok/data.json rather than inside the page: every search is a new /sok/?q= page load, and a file
// is downloaded once and cached, while data in the page would come again with every search and
// would sit in the first round trip of /sok/ although nothing on the first screen needs it.
import { getCollection, getEntry, render } from 'astro:content';
import { faqAnswers, type FaqAnswer, type TermAnswer } from './answers.ts';
import type { Synonym } from './query.ts';

export interface SearchData {
  synonyms: Synonym[];
  terms: TermAnswer[];
  faqs: FaqAnswer[];
}

/** Where the browser fetches it (src/integrations/custom-routes.mjs serves it there). */
export const SEARCH_DATA_URL = '/sok/data.json';

export async function searchData(): Promise<SearchData> {
  const synonyms = (await getCollection('synonymer')).map((s) => ({ id: s.id, varianter: s.data.varianter }));
  const terms = (await getCollection('ordlista')).map((o) => ({ id: o.id, term: o.data.term, definition: o.data.definition }));
  const faqPage = await getEntry('docs', 'fragor-och-svar');
  let faqs: FaqAnswer[] = [];
  if (faqPage?.body) {
    const { headings } = await render(faqPage);
    const questions = headings.filter((h) => h.depth === 3);
    faqs = faqAnswers(faqPage.body).flatMap((f) => {
      const heading = questions.find((h) => h.text === f.question);
      return heading ? [{ question: f.question, anchor: heading.slug, answer: f.answer }] : [];
    });
  }
  return { synonyms, terms, faqs };
}
