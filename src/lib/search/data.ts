// What /sok/ needs besides Pagefind, in two files. /sok/data.json, fetched with the first search:
// synonyms, concepts, intents, each page's title and section headings (to rank sections and open
// the one that answers), the glossary terms and FAQ questions (to see that a question asks for
// one), and the words of the guidance (to split compounds and to spot words it never uses). /sok/svar/*.json, each fetched
// only when its direct answer is shown: the definitions and FAQ answers (answer-files.ts). Files rather than data in the
// page: every search is a new /sok/?q= page load, and a file is downloaded once and cached.
import { getCollection, getEntry, render } from 'astro:content';
import type { AnswerFile, AnswerLink, ReadMore } from './answer-files.ts';
import { deferrals, glossaryLinkProblems, readMoreAt, type LinkedPage } from './deferrals.ts';
import { faqAnswers } from './faq-answers.ts';
import type { Concept, Synonym } from './query.ts';
import { vocabularyOf, type Intent } from './rank.ts';
import { key, tokens } from './words.ts';
import { pagePath } from '../url.ts';
import type { Asked } from './reader-questions.ts';
import { contentError } from '../content-error.ts';

/** A page: address, title, summary, and its sections as [heading, anchor]; `entries` for the glossary and the FAQ. */
export interface DataPage {
  url: string;
  title: string;
  /** The page's one-sentence summary: what it is about. */
  description?: string;
  sections?: [string, string][];
  entries?: 'terms' | 'faqs';
  /** Short sections that point to the full answer on another page (deferrals.ts), as [anchor, "/page/#anchor"]. */
  defers?: [string, string][];
  /** Indexes in `sections` of the subsections (### under a ##). */
  sub?: number[];
  /**
   * The start page: its sections lead on to the other pages (each names what they are about), so it
   * matches a question through its one best heading ("Vad är Finsam?"), as the glossary and the FAQ
   * do through one entry, not through all the words of the pages it leads to. So does the page that
   * lists the reading paths (/lasvagar/): each section sums up a role's path, so its text holds the
   * words of nearly any question ("vad händer om en ordinarie ledamot hoppar av" found "Vilken läsväg
   * passar om jag är ersättare?" first). Each path's own page stays a page: it answers "ny i
   * styrelsen, vad förväntas av mig", which no intent names.
   */
  hub?: true;
  /**
   * A page about the website itself (typ: om-webbplatsen, the accessibility statement): it answers a
   * question about the site, not one about financial coordination that shares a word with it.
   */
  site?: true;
  /**
   * Where the reader questions of each section stand among the page's words in Pagefind's index
   * (content/sok/lasarfragor/). Written after Pagefind has run (src/integrations/reader-questions.mjs),
   * sent as askedToWire writes it.
   */
  asked?: Asked[];
}
export interface SearchData {
  synonyms: Synonym[];
  concepts: Concept[];
  intents: Intent[];
  /** Glossary terms as [anchor, term, the page that says more (if any), without its anchor]. */
  terms: [string, string, string?][];
  /** FAQ questions as [anchor, question]. */
  faqs: [string, string][];
  pages: DataPage[];
  /** Keys (words.ts) of the words the guidance uses, space-separated: what compounds split into, and
   * how a word the guidance never uses is recognised (Pagefind would match it by a mere prefix). */
  vocabulary: string;
}
/** Definitions and FAQ answers by anchor. */
export interface AnswerData {
  terms: Record<string, AnswerFile>;
  faqs: Record<string, AnswerFile>;
}

/** Where the browser fetches them (src/integrations/custom-routes.mjs serves them there). */
export { SEARCH_DATA_URL } from './data-wire.ts';

const GLOSSARY = 'ordlista';
const FAQ = 'fragor-och-svar';
/** The page that lists the reading paths for each role. */
const READING_PATHS = '/lasvagar/';

/** MDX source as plain words: imports, components and link targets are not words a reader sees. */
const proseOf = (body: string) =>
  body
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');

async function faqEntries() {
  const faqPage = await getEntry('docs', FAQ);
  if (!faqPage?.body) return [];
  const { headings } = await render(faqPage);
  const questions = headings.filter((h) => h.depth === 3);
  return faqAnswers(faqPage.body).flatMap((f) => {
    const heading = questions.find((h) => h.text === f.question);
    return heading ? [{ question: f.question, anchor: heading.slug, answer: f.answer, links: f.links, more: f.more }] : [];
  });
}

export async function searchData(): Promise<SearchData> {
  const synonyms = (await getCollection('synonymer')).map((s) => ({ id: s.id, varianter: s.data.varianter }));
  const concepts = (await getCollection('begrepp')).map((c) => ({ id: c.id, ord: c.data.ord, sidorna: c.data.sidorna }));
  const intents = (await getCollection('avsikter')).map((i) => ({
    id: i.id,
    fraser: i.data.fraser,
    sida: i.data.sida,
    ...(i.data.utom ? { utom: i.data.utom } : {}),
  }));
  const glossary = await getCollection('ordlista');
  const faqs = await faqEntries();
  const vocabulary = new Set<string>();
  const addWords = (text: string) => {
    for (const w of tokens(text)) if (w.length >= 2 && !/\d/.test(w)) vocabulary.add(key(w));
  };
  const pages: DataPage[] = [];
  for (const entry of await getCollection('docs')) {
    if (entry.data.pagefind === false) continue;
    addWords(`${entry.data.title} ${proseOf(entry.body ?? '')}`);
    const page: DataPage = { url: pagePath(entry.id), title: entry.data.title, description: entry.data.description };
    if (entry.data.typ === 'om-webbplatsen') page.site = true;
    if (entry.id === GLOSSARY) page.entries = 'terms';
    else if (entry.id === FAQ) page.entries = 'faqs';
    else {
      const headings = (await render(entry)).headings.filter((h) => h.depth <= 3);
      page.sections = headings.map((h) => [h.text, h.slug]);
      const sub = headings.flatMap((h, i) => (h.depth === 3 && headings.slice(0, i).some((p) => p.depth === 2) ? [i] : []));
      if (sub.length) page.sub = sub;
      if (page.url === '/' || page.url === READING_PATHS) page.hub = true;
    }
    // A FAQ answer is short by design and most end by pointing to the section that says more.
    const headings = page.entries === 'faqs' ? faqs.map((f) => [f.question, f.anchor]) : (page.sections ?? []);
    const defers =
      page.entries === 'terms'
        ? []
        : [...deferrals(entry.body ?? '', page.url)].flatMap(([text, to]) => {
            const heading = headings.find(([h]) => h === text);
            return heading ? [[heading[1], to] as [string, string]] : [];
          });
    if (defers.length) page.defers = defers;
    pages.push(page);
  }
  // A vägvisare's start page is indexed and ranked like a guidance page (its question and outcome
  // pages are not indexed): a question such as "får vi finansiera skuldrådgivning" should offer it.
  for (const guide of await getCollection('vagvisare')) {
    addWords(`${guide.data.titel} ${guide.data.ingress}`);
    pages.push({ url: pagePath(`vagvisare/${guide.id}`), title: guide.data.titel, description: guide.data.beskrivning });
  }
  for (const t of glossary) addWords(`${t.data.term} ${t.data.definition}`);
  // Words of titles, descriptions, headings, terms and questions are in the file already: the
  // browser adds them (vocabularyOf), so the list carries only the rest.
  const shown = vocabularyOf({ pages, terms: glossary.map((t) => [t.id, t.data.term]), faqs: faqs.map((f) => [f.anchor, f.question]) });
  return {
    synonyms,
    concepts,
    intents,
    // Only the page of an entry's `sida`: ranking asks which page says more, and the anchor is the
    // answer file's business (answerData).
    terms: glossary.map((t) => (t.data.sida ? [t.id, t.data.term, t.data.sida.split('#')[0]] : [t.id, t.data.term])),
    faqs: faqs.map((f) => [f.anchor, f.question]),
    pages,
    vocabulary: [...vocabulary]
      .filter((k) => !shown.has(k))
      .sort()
      .join(' '),
  };
}

/**
 * Every guidance page by address with its title and headings, and the sections that only hand their
 * question on to another page's heading (deferrals.ts), as "/page/#anchor" → "/other/#anchor".
 */
async function linkedPages(): Promise<{ pages: Map<string, LinkedPage>; pointers: Map<string, string> }> {
  const pages = new Map<string, LinkedPage>();
  const pointers = new Map<string, string>();
  for (const entry of await getCollection('docs')) {
    const url = pagePath(entry.id);
    const sections = (await render(entry)).headings.map((h): [string, string] => [h.text, h.slug]);
    pages.set(url, { title: entry.data.title, sections });
    // A glossary entry or FAQ answer is where a search's answer comes from, not a place it leads to.
    if (entry.id === GLOSSARY || entry.id === FAQ) continue;
    for (const [text, to] of deferrals(entry.body ?? '', url)) {
      const heading = sections.find(([h]) => h === text);
      if (heading) pointers.set(`${url}#${heading[1]}`, to);
    }
  }
  return { pages, pointers };
}

/**
 * Each answer's text and where its "Läs mer" leads. A definition whose glossary entry links to the
 * guidance ("Mer om förbundschef i vägledningen") leads there: the glossary entry repeats the text
 * the answer box already shows. A FAQ answer leads where its own "Läs mer" does, and both follow a
 * section that only points on to the section it points to (readMoreAt).
 */
export async function answerData(): Promise<AnswerData> {
  const glossary = await getCollection('ordlista');
  const faqs = await faqEntries();
  const { pages, pointers } = await linkedPages();
  const problems = glossaryLinkProblems(
    glossary.map((t) => ({ file: t.filePath ?? `content/ordlista/${t.id}.yaml`, sida: t.data.sida })),
    pages,
  );
  if (problems.length)
    throw contentError(`Ordlistan länkar till sidor eller rubriker som inte finns (${problems.length} st., se nedan).`, problems);
  const withMore = (text: string, more: ReadMore | undefined, links?: AnswerLink[]): AnswerFile => ({
    text,
    ...(links?.length ? { links } : {}),
    ...(more ? { more } : {}),
  });
  return {
    terms: Object.fromEntries(
      glossary.map((t) => [t.id, withMore(t.data.definition, t.data.sida ? readMoreAt(t.data.sida, pages, pointers) : undefined)]),
    ),
    faqs: Object.fromEntries(
      faqs.map((f) => [f.anchor, withMore(f.answer, f.more && (readMoreAt(f.more.href, pages, pointers) ?? f.more), f.links)]),
    ),
  };
}
