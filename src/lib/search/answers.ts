// Direct answers above the search results: a glossary definition when the query names a term, or
// a short answer when the query is one of the questions in Frågor och svar.
import { QUESTION_WORDS, STOP_WORDS, type ParsedQuery, type Term } from './query.ts';
import { key, keys, tokens, wordMatch } from './words.ts';

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
const DEFINITION_QUESTION = /^(vad|vem|vilka)\s+(är|ar|betyder|innebär|innebar|menas med|gör|gor)\s+(egentligen\s+)?(en |ett |de |det )?/;
/** The same question after the term, as readers also type it: "nationella rådet vad är det", or
 * with a filler word after it: "vad gör nationella rådet egentligen". */
const DEFINITION_AFTER = /\s+((vad|vem)\s+(är|ar|betyder|innebär|innebar|gör|gor)\s+(det|de|den|dom)|egentligen)$/;

/** Two texts are the same words in the same order, each in any inflection ("individinriktade insatser"
 * is the term "Individinriktad insats"): a form the stemmer leaves an ending on is still the word. */
const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => wordMatch(k, b[i]) === 1);

/**
 * The glossary entry whose term is the whole query (in any inflection), optionally after "vad är"
 * or before "vad är det"; "hur många samordningsförbund finns det" asks for a number, not a
 * definition, so it gets none. A term spelt exactly as asked wins over one that matches by inflection.
 */
export function matchTerm(raw: string, terms: TermAnswer[]): TermAnswer | undefined {
  const asked = raw
    .toLocaleLowerCase('sv')
    .replace(/["”“?!.]/g, ' ')
    .trim()
    .replace(DEFINITION_QUESTION, '')
    .replace(DEFINITION_AFTER, '');
  const wanted = stems(asked);
  if (!wanted.length) return undefined;
  const named = (t: TermAnswer) => namesOf(t.term).map(stems);
  return (
    terms.find((t) => named(t).some((n) => n.join(' ') === wanted.join(' '))) ??
    terms.find((t) => named(t).some((n) => sameWords(wanted, n)))
  );
}

/**
 * What a term is asked by: the whole term, the words before a parenthesis ("Part (samverkanspart)"
 * is asked as "part", "Uppgiftsskyldighet (förslag)" as "uppgiftsskyldighet"), and what the
 * parenthesis spells out when the words before it are an abbreviation ("NNS (Nationella nätverket
 * för samordningsförbund)" is asked as "NNS" or by its name).
 */
export function namesOf(term: string): string[] {
  const m = /^(.+?)\s*\((.+)\)$/.exec(term.trim());
  if (!m) return [term];
  const [, before, inside] = m;
  return /^\p{Lu}{2,}\+?$/u.test(before) ? [term, before, inside] : [term, before];
}

/** The keys a question word may be found by in a FAQ question: its own, or every word of one of its
 * close rewordings (a synonym, compound parts, a corrected misspelling), not a concept's wide wording. */
function wordings(term: Term): string[][] {
  return [[key(term.typed)], ...term.alternatives.filter((a) => a.weight >= 0.9 && !a.local).map((a) => a.keys)];
}
/** A word is in a question as itself or as the last part of a compound, which names what the
 * compound is ("mötet" in "styrelsemötet"); not as its first part ("möte" in "mötesplats"). The
 * same holds the other way round: a compound asked for is in a question that has its last part,
 * the thing it is ("styrelseledamot" in "När får en ledamot inte delta …?"), though not its first. */
const endsIn = (compound: string, part: string) => part.length >= 4 && compound.length > part.length && compound.endsWith(part);
const inWord = (k: string, d: string) => wordMatch(k, d) === 1 || endsIn(d, k) || endsIn(k, d);
const holds = (question: string[], wording: string[]) => wording.every((k) => question.some((d) => inWord(k, d)));

/**
 * The query's words a question holds, each by a word of the question no other query word already
 * took: "granskar" is searched as "revision" too, so in "vem granskar styrelsen revision" it and
 * "revision" would both be found in the one word "revisionen" of "Vem betalar revisionen?", a
 * question about who pays, not who examines. A word found as typed takes its place first.
 */
function heldBy(question: string[], asked: Term[]): Term[] {
  const places = (t: Term) =>
    wordings(t)
      .filter((w) => holds(question, w))
      .map((w) => new Set(w.map((k) => question.findIndex((d) => inWord(k, d)))));
  const taken = new Set<number>();
  const held = new Set<Term>();
  const byTyped = [...asked].sort((a, b) => Number(!holds(question, [key(b.typed)])) - Number(!holds(question, [key(a.typed)])));
  for (const t of byTyped) {
    const free = places(t).find((at) => [...at].every((i) => !taken.has(i)));
    if (!free) continue;
    for (const i of free) taken.add(i);
    held.add(t);
  }
  return asked.filter((t) => held.has(t));
}

/*
 * How many FAQ questions a word is in tells what it does there. A word in many of them ("förbundet"
 * is in a third, "styrelsen" in a sixth) says whose question it is, not what it asks about; a word
 * in one or two ("delegera", "revisorer", "distans") is what tells a question from the others.
 */
/** In at least this share of the questions (and three of them), a word is common to the page. */
const COMMON_SHARE = 1 / 6;
const COMMON_AT_LEAST = 3;
/** In at most this many questions, a word picks out its question. */
const DISTINCT_AT_MOST = 2;

/** A question answered yes or no opens with its verb: "Kan styrelsen …?", "Får förbundet …?". */
const YES_NO_OPENERS = new Set('kan får måste ska finns gäller är har bör behöver blir'.split(' '));
/** The question words that ask for something other than yes or no, as keys ("när" is "nar"). */
const OPEN_QUESTION_KEYS = new Set('vem vad hur när var varför vilka vilken vilket'.split(' ').map(key));

/** The words of a FAQ question that say what it is about: not small words, not its question words. */
const contentKeys = (question: string) =>
  tokens(question)
    .filter((w) => !STOP_WORDS.has(w) && !QUESTION_WORDS.has(w))
    .map(key);

/**
 * Whether the query asks something of its own that the FAQ question does not ask: a kind of answer
 * ("hur många", "vad gör": a term of its own kind), or an open question ("hur", "vem", "varför")
 * put to a question the FAQ answers yes or no.
 */
const asksOtherwise = (query: ParsedQuery, question: string) =>
  query.terms.some((t) => t.kind) ||
  (query.questionKeys.some((k) => OPEN_QUESTION_KEYS.has(k)) && YES_NO_OPENERS.has(tokens(question)[0] ?? ''));

/**
 * The FAQ question that answers the query, if one really asks the same thing. A wrong answer above
 * the results is worse than none: a reader takes its "Nej." as the answer to their own question.
 * So the question must
 * - hold every subject word of the query: each word that is not common to the FAQ's questions
 *   ("hur mycket eget kapital får förbundet ha" has "eget" and "kapital" as subject; a question
 *   about "sitt eget område" lacks "kapital", and "förbundet" is in a third of all questions);
 * - share at least one word with the query that picks it out from the other questions (in at most
 *   two of them), as that word itself and not a part of a compound: "vilka insatser får förbundet
 *   finansiera" shares only words of many questions;
 * - share at least two words with the query, covering at least 60 % of its words;
 * - when the query asks otherwise than the question (asksOtherwise), be about nothing the query
 *   lacks: each of its own content words that is not common to the FAQ must be one of the query's.
 *   "hur ofta möts styrelsen" shares "möte" and "styrelsen" with "Kan styrelsen fatta beslut utan
 *   att samlas till ett möte?", which asks about deciding without a meeting, not how often there is
 *   one; "hur många revisorer har ett förbund" is not "Vem utser förbundets revisorer?". "Hur många
 *   sitter i styrelsen" still gets "Vem sitter i styrelsen?": that question holds nothing more.
 * A query of one word gets the one question that has that word as itself, when no other question
 * has it at all: "jäv" is what "När får en ledamot inte delta i ett beslut på grund av jäv?" is about.
 * A word in two questions or more says too little to pick one of them.
 * Of the questions that pass, the one sharing most words wins.
 */
export function matchQuestion(query: ParsedQuery, faqs: FaqAnswer[]): FaqAnswer | undefined {
  const asked = query.terms.filter((t) => !t.kind);
  const typedKeys = new Set(asked.map((t) => key(t.typed)));
  if (!typedKeys.size) return undefined;
  const questions = faqs.map((f) => stems(f.question));
  const common = Math.max(COMMON_AT_LEAST, COMMON_SHARE * faqs.length);
  const spread = new Map(asked.map((t) => [t, questions.filter((q) => wordings(t).some((w) => holds(q, w))).length]));
  // The word as itself, in its own right, not a part of a compound ("uppgifter" in "personuppgifter").
  const asItselfIn = (question: string[], t: Term) => wordings(t).some((w) => w.every((k) => question.some((d) => wordMatch(k, d) === 1)));
  if (typedKeys.size === 1) {
    // Only a query of that one word (and what it stands for: a synonym's words): "vad är NNS" or
    // "hur gör man en behovsanalys" asks something of the word, which the one question that has it
    // need not answer.
    const [only] = asked;
    const alone = query.allKeys.every((k) => k === key(only.typed) || only.alternatives.some((a) => a.keys.includes(k)));
    if (asked.length !== 1 || !alone || query.phrases.length || spread.get(only) !== 1) return undefined;
    const at = questions.findIndex((q) => asItselfIn(q, only));
    return at >= 0 ? faqs[at] : undefined;
  }
  const subject = asked.filter((t) => spread.get(t)! < common);
  // How many questions each content word of a question is in, to tell its own words from common ones.
  const inQuestions = (k: string) => questions.filter((q) => q.some((d) => inWord(k, d))).length;
  const held = (k: string) => asked.some((t) => wordings(t).some((w) => w.some((a) => inWord(a, k))));
  let best: { faq: FaqAnswer; overlap: number } | undefined;
  faqs.forEach((faq, i) => {
    const question = questions[i];
    const found = heldBy(question, asked);
    const overlap = new Set(found.map((t) => key(t.typed))).size;
    if (overlap < 2 || overlap / typedKeys.size < 0.6) return;
    if (!subject.every((t) => found.includes(t))) return;
    // The word that picks the question out is in it as itself: "uppgifter" in "personuppgifter" is
    // another thing, and "samordningsförbundets uppgifter" is no question about personal data.
    if (!found.some((t) => spread.get(t)! <= DISTINCT_AT_MOST && asItselfIn(question, t))) return;
    if (asksOtherwise(query, faq.question) && contentKeys(faq.question).some((k) => inQuestions(k) < common && !held(k))) return;
    if (!best || overlap > best.overlap) best = { faq, overlap };
  });
  return best?.faq;
}

/** The pages a direct answer links into, by the address search knows them by (without the base). */
export const GLOSSARY_PAGE = '/ordlista/';
export const FAQ_PAGE = '/fragor-och-svar/';

/** The entry a direct answer shows: a page and the anchor of the term or question on it. */
export interface AnswerTarget {
  page: string;
  anchor: string;
}

/**
 * The results less the one that would open the entry the direct answer above them already shows:
 * "SUS" showed the glossary's SUS twice, as the answer and again as a result. Other entries of the
 * same page stay; `anchorOf` says which section a result would open ('' for the page's top).
 */
export function withoutAnswered<T extends { url: string }>(
  hits: T[],
  target: AnswerTarget | undefined,
  anchorOf: (hit: T) => string | undefined,
): T[] {
  if (!target) return hits;
  return hits.filter((h) => !(h.url === target.page && (anchorOf(h) ?? '') === target.anchor));
}

/** Which of the status line's texts says what is shown (sok.astro's data-text-* attributes). */
export type StatusText =
  'textNone' | 'textOne' | 'textOther' | 'textSome' | 'textAnswerOnly' | 'textAnswerOne' | 'textAnswerOther' | 'textAnswerSome';

/**
 * The status line names the direct answer above the list beside the results listed, which are what
 * the filters count: "1 träff" under a definition box and one result read as if the box were no
 * hit, and "Inga träffar" over a box as if nothing had been found. It says how many of the results
 * are shown while "Visa fler träffar" has more. The list holds every result the filters count, so
 * there is no "best 15" wording: two numbers for one list read as a contradiction (review 23).
 */
export function statusText(listed: number, answered: boolean, shown = listed): StatusText {
  if (listed <= 1) {
    if (answered) return listed === 0 ? 'textAnswerOnly' : 'textAnswerOne';
    return listed === 0 ? 'textNone' : 'textOne';
  }
  const all = shown >= listed;
  return answered ? (all ? 'textAnswerOther' : 'textAnswerSome') : all ? 'textOther' : 'textSome';
}
