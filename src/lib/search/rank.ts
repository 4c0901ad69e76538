// Ranks pages and their sections for a parsed query. Pagefind says which pages contain which words
// (and its own score); this file adds what a reader expects of a question: the page whose title
// names the thing comes first, the section whose heading (written as a question) matches opens,
// an intent the editors named (content/sok/avsikter.yaml) leads to its page, and pages that only
// collect other things (the glossary, the FAQ) count by their one matching entry, not by all of them.
import { bestMatch, exactKeys, fold, holdsAll, key, keys, normalise, tokens, wordMatch } from './words.ts';
import { QUESTION_WORDS, STOP_WORDS, type Alternative, type ParsedQuery, type Term } from './query.ts';
import type { SearchData } from './data.ts';
import { questionRanges } from './reader-questions.ts';
import {
  asksAmount,
  asksAlike,
  asksHowForSubject,
  asksProposal,
  HOW,
  isProposal,
  kindAgreement,
  PROPOSAL_UNASKED,
  type KindQuery,
} from './sections.ts';

export interface Intent {
  id: string;
  /** Phrases readers type; an intent matches when every word of one phrase is in the question. */
  fraser: string[];
  /** The page the intent leads to. */
  sida: string;
  /** Words that rule the intent out, whatever phrase matches: "ansöka pengar" is the förbund's own
   * money for an insats, unless the question names ESF+ ("ansöka esf-medel"). */
  utom?: string[];
}

export interface PreparedSection {
  anchor: string;
  text: string;
  keys: string[];
  /** For a subsection (### under a ##): the index of its section among the page's sections. */
  parent?: number;
  /** Each of its reader questions' first and last word position on the page (data.ts, `asked`). */
  asked?: [number, number][];
}
export interface PreparedPage {
  url: string;
  title: string;
  titleKeys: string[];
  description: string;
  descriptionKeys: string[];
  sections: PreparedSection[];
  /** Keys of the title and every heading: where a concept's wording is looked for. */
  outlineKeys: string[];
  /** Each heading's keys apart (`sections`' keys): where the question's words for the kind of answer must stand together. */
  headingKeys: string[][];
  /** For glossary entries (by anchor): the page that says more about the term. */
  seeAlso?: Map<string, string>;
  /** A page of separate entries (glossary, FAQ, the start page): it matches through one entry, not through all. */
  entries: boolean;
  /** Short sections that point to the full answer on another page (deferrals.ts), by anchor. */
  defers?: Map<string, { url: string; anchor: string }>;
  /** A page about the website itself (data.ts, `site`). */
  site?: boolean;
}

/** Pages as /sok/data.json describes them; the glossary's and the FAQ's sections are their entries. */
export function preparePages(data: Pick<SearchData, 'pages' | 'terms' | 'faqs'>): PreparedPage[] {
  return data.pages.map((p) => {
    const sections =
      p.entries === 'terms'
        ? data.terms.map(([a, t]) => [t, a])
        : p.entries === 'faqs'
          ? data.faqs.map(([a, q]) => [q, a])
          : (p.sections ?? []);
    const sub = new Set(p.sub ?? []);
    let section = -1;
    const asked = new Map((p.asked ?? []).map((a) => [a.section, questionRanges(a)]));
    const prepared = sections.map(([text, anchor], i): PreparedSection => {
      if (!sub.has(i)) section = i;
      return {
        anchor,
        text,
        keys: exactKeys(text),
        ...(sub.has(i) && section >= 0 ? { parent: section } : {}),
        ...(asked.has(i) ? { asked: asked.get(i) } : {}),
      };
    });
    return {
      url: p.url,
      title: p.title,
      titleKeys: exactKeys(p.title),
      description: p.description ?? '',
      descriptionKeys: exactKeys(p.description ?? ''),
      sections: prepared,
      outlineKeys: [...new Set([...exactKeys(p.title), ...prepared.flatMap((s) => s.keys)])],
      headingKeys: prepared.map((s) => s.keys),
      seeAlso:
        p.entries === 'terms'
          ? // The page that explains each term; `sida` may also name the section (/ekonomi/#…).
            new Map(data.terms.flatMap(([a, , sida]) => (sida ? [[a, sida.split('#')[0]] as [string, string]] : [])))
          : undefined,
      entries: Boolean(p.entries || p.hub),
      ...(p.site ? { site: true } : {}),
      ...(p.defers?.length
        ? { defers: new Map(p.defers.map(([a, to]) => [a, { url: to.split('#')[0], anchor: to.slice(to.indexOf('#') + 1) }])) }
        : {}),
    };
  });
}

export interface PreparedIntent {
  sida: string;
  phrases: string[][];
  /** Keys of the words that rule the intent out. */
  unless?: string[];
}
export const prepareIntents = (intents: Intent[]): PreparedIntent[] =>
  intents.map((i) => ({ sida: i.sida, phrases: i.fraser.map(keys), ...(i.utom ? { unless: i.utom.flatMap(keys) } : {}) }));

/** The page of the intent whose phrase matches the most words of the question, if any matches. */
export function matchIntent(allKeys: string[], intents: PreparedIntent[]): string | undefined {
  const asked = (k: string) => allKeys.some((q) => wordMatch(k, q) === 1);
  let best: { sida: string; size: number } | undefined;
  for (const intent of intents) {
    if (intent.unless?.some(asked)) continue;
    for (const phrase of intent.phrases) {
      if (phrase.length && phrase.every(asked) && (!best || phrase.length > best.size)) best = { sida: intent.sida, size: phrase.length };
    }
  }
  return best?.sida;
}

/** How well a text (its keys) holds a term: the best of its alternatives, each weighted by the share of its words found. */
export function termScore(term: Term, text: string[], heading = false): number {
  return bestAlternative(term, text, heading).score;
}

/** The wording of a term that a text holds best, and how well; the question's own words for the
 * kind of answer it wants (`asked`) only in a heading. */
function bestAlternative(term: Term, text: string[], heading = false): { alternative?: Alternative; score: number } {
  let best: { alternative?: Alternative; score: number } = { score: 0 };
  for (const a of term.alternatives) {
    if (a.asked && !heading) continue;
    const found = share(a, text);
    if (a.weight * found > best.score) best = { alternative: a, score: a.weight * found };
  }
  return best;
}

/**
 * The share of a wording's words a text holds. Its small words count only all together: "vad gör"
 * is the heading "Vad gör förbundschefen?", but "vad" alone is in every other heading.
 */
function share(wording: Alternative, text: string[]): number {
  const content = contentKeys(wording);
  if (!content.length || wording.joint) return holdsAll(wording.keys, text) ? 1 : 0;
  return content.reduce((sum, k) => sum + bestMatch(k, text), 0) / content.length;
}

/**
 * A wording's keys without its small words, worked out once per wording of a question: ranking asks
 * for them for every heading of every page. Wordings are made by parseQuery and never changed after.
 */
const contentOf = new WeakMap<Alternative, string[]>();
function contentKeys(wording: Alternative): string[] {
  let content = contentOf.get(wording);
  if (!content) {
    content = wording.keys.filter((_, i) => !STOP_WORDS.has(wording.words[i]));
    contentOf.set(wording, content);
  }
  return content;
}

const mean = (values: number[], weights?: number[]) => {
  if (!values.length) return 0;
  const w = weights ?? values.map(() => 1);
  const total = w.reduce((a, b) => a + b, 0);
  return total ? values.reduce((sum, v, i) => sum + v * w[i], 0) / total : 0;
};

/** The small words of a question count a little toward a heading: "Vem sitter i styrelsen?" */
const QUESTION_WEIGHT = 0.3;
/**
 * How much of a heading's score depends on how much of the heading the question covers: of two
 * headings that hold the question, the one that is the question ("Vilka är parterna?") beats the
 * one that says more ("Vilka är medlemmar och vilka är parter?").
 */
export const HEADING_PRECISION = 0.25;

const STOP_KEYS = new Set([...STOP_WORDS].map(key));

/** How well any wording of a term matches one word (its key) of a text. */
function bestAlternativeMatch(t: Term, k: string): number {
  let best = 0;
  for (const a of t.alternatives) for (const x of a.keys) best = Math.max(best, wordMatch(x, k));
  return best;
}

/**
 * The share of a heading's meaningful words that the question's terms match, each term by the
 * wording the heading holds best: a heading with "SUS" and "Uppföljning Finsam" holds "SUS" once,
 * not once as typed and again in a concept's wording, so "Hur fungerade SUS?" is the closer one.
 */
export function headingPrecision(q: ParsedQuery, sectionKeys: string[]): number {
  // Wordings that hold the term equally well all count: a heading with two of a concept's wordings
  // ("eget kapital och budget i balans") is about the concept as a whole, more than one with one.
  const used = q.terms.flatMap((t) => {
    const best = bestAlternative(t, sectionKeys, true).score;
    return best > 0 ? t.alternatives.filter((a) => a.weight * share(a, sectionKeys) >= best - 1e-9).flatMap((a) => a.keys) : [];
  });
  let content = 0;
  let matched = 0;
  for (const k of sectionKeys) {
    if (STOP_KEYS.has(fold(k))) continue;
    content += 1;
    if (used.some((x) => wordMatch(x, k) > 0)) matched += 1;
  }
  return content ? matched / content : 1;
}

/**
 * A heading written to the reader, in their words ("Hur hanterar jag min dubbla roll?") or the
 * guidance's ("Är du ny i styrelsen?"): it counts like a question word for a question in the first person.
 */
const READER = new Set(['jag', 'mig', 'min', 'mitt', 'mina', 'du', 'dig', 'din', 'ditt', 'dina'].map(key));

/** What a heading holds of the question, before the terms are weighted (ranking computes it once per heading). */
interface HeadingMatch {
  terms: number[];
  small: number;
  precision: number;
  /** The heading is about a proposal the question does not ask about. */
  unaskedProposal: boolean;
  /** The question compares two things and the heading names only one of them. */
  oneSide: boolean;
  /** The heading asks for a number ("hur många") and the question does not. */
  unaskedAmount?: boolean;
}

/**
 * A heading that names one of the two things a question compares ("Vad är en individinriktad
 * insats?" for "individinriktad vs strukturövergripande") answers half of it: the section that holds
 * both, in its heading or its text ("Vilka två typer av insatser finns?"), is the answer.
 */
export const ONE_SIDE = 0.5;
/** The term in the reader's words and the guidance's own (a synonym), without a concept's wordings. */
const ownWordings = (t: Term): Term => ({ ...t, alternatives: t.alternatives.filter((a) => !a.concept) });
/** Named as the reader names it, or by the guidance's word for it: a concept's wording names a
 * side too loosely ("Uppföljning Finsam" is SUS's successor, not SUS, in "SUS eller Uppföljning Finsam"). */
const namesOneSide = (q: ParsedQuery, sectionKeys: string[]) =>
  Boolean(q.comparison) && q.terms.filter((t) => t.compared && termScore(ownWordings(t), sectionKeys, true) > 0).length === 1;

/**
 * A heading that asks for a number ("Hur många deltar?", "Hur stort är det egna kapitalet?")
 * answers a question that asks something else ("får vi spara pengar till nästa år", "hur anvisar
 * jag en kund till en insats") only in part: it counts less, as a proposal's heading does for a
 * question about what applies, and its "hur", which there asks how many, is no shared question word.
 */
// 0.8 still let "Hur många deltagare når insatserna?" open for "vilka personer kan delta i en insats":
// a question about who may take part, answered by "Vem hör till målgruppen enligt lagen?".
export const AMOUNT_UNASKED = 0.6;
function headingMatch(q: ParsedQuery, sectionKeys: string[]): HeadingMatch {
  const terms = q.terms.map((t) => termScore(t, sectionKeys, true));
  // Only a question that says what it asks ("får vi spara pengar …", "hur anvisar jag …"): a bare
  // subject ("eget kapital") may want the number as well as anything else.
  const unaskedAmount = q.questionKeys.length > 0 && asksAmount(sectionKeys) && !asksAmount(q.allKeys);
  let small = 0;
  const folded = sectionKeys.map(fold);
  for (const k of q.questionKeys) if (folded.includes(k) && !(unaskedAmount && k === HOW)) small += 1;
  if (q.person && folded.some((k) => READER.has(k))) small += 1;
  // Most headings hold no term of the question; their precision is 0 and costs nothing to know.
  return {
    terms,
    small,
    precision: terms.some((v) => v > 0) ? headingPrecision(q, sectionKeys) : 0,
    unaskedProposal: sectionKeys.some(isProposal) && !asksProposal(q),
    unaskedAmount,
    oneSide: namesOneSide(q, sectionKeys),
  };
}

/**
 * The term a question is most about: of the terms that are not its kind of answer, the weightiest.
 * A heading that asks for the kind ("Hur många insatser av varje slag finansieras?") without it
 * counts something else than "hur många får jobb efter insatsen" asks about.
 */
function weightiestAbout(q: ParsedQuery, weights: number[]): number {
  let top = -1;
  q.terms.forEach((t, i) => {
    if (!t.kind && (top < 0 || weights[i] > weights[top])) top = i;
  });
  return top;
}

/** A term's score in a text when one of its wordings is there whole (a reader's variant: 0.8), not in part. */
const HELD_WHOLE = 0.8;

/**
 * `about`: the term the question is most about (weightiestAbout, by the question's own weights), and
 * whether the page's title holds it already (then every heading of the page is about it).
 */
function weighHeading(
  q: ParsedQuery,
  m: HeadingMatch,
  weights: number[],
  about: { term: number; inTitle?: boolean } = { term: weightiestAbout(q, weights) },
): number {
  // The kind of answer counts only beside what the question is most about.
  const kindCounts = about.term < 0 || about.inTitle || m.terms[about.term] >= HELD_WHOLE;
  const content = m.terms.reduce((sum, v, i) => sum + (q.terms[i].kind && !kindCounts ? 0 : weights[i] * v), 0);
  const possible = weights.reduce((a, b) => a + b, 0) + QUESTION_WEIGHT * (q.questionKeys.length + (q.person ? 1 : 0));
  if (!possible || content + m.small === 0) return 0;
  const recall = (content + QUESTION_WEIGHT * m.small) / possible;
  return (
    recall *
    (1 - HEADING_PRECISION + HEADING_PRECISION * m.precision) *
    (m.unaskedProposal ? PROPOSAL_UNASKED : 1) *
    (m.unaskedAmount ? AMOUNT_UNASKED : 1) *
    (m.oneSide ? ONE_SIDE : 1)
  );
}

export function sectionScore(q: ParsedQuery, sectionKeys: string[], weights: number[] = q.terms.map(() => 1)): number {
  return weighHeading(q, headingMatch(q, sectionKeys), weights);
}

const QUESTION_KEYS = new Set([...QUESTION_WORDS].map(key));
const WHAT_IS = ['vad', 'är'].map(key);

/** Every word of a text is a word the reader typed, in any form (small words included). */
const allTyped = (q: ParsedQuery, text: string[]) => text.every((k) => q.allKeys.some((x) => wordMatch(x, k) === 1));
/** Every term of the question is in a text as typed or in the guidance's word for it (not a concept's wording). */
const holdsEveryTerm = (q: ParsedQuery, text: string[]) =>
  q.terms.every((t) => t.alternatives.some((a) => !a.concept && !a.asked && holdsAll(a.keys, text)));

/**
 * A heading that is the reader's question, word for word after stemming ("vad är finsam" and "Vad
 * är Finsam?"), or, for a question asking what something is ("vad är SUS", "vad betyder …"), the
 * glossary entry named by exactly the question's terms. Such a heading is the answer, whatever
 * other headings or titles share a word with the question: a page titled "Om finansiell samordning"
 * names Finsam but does not ask what it is. A heading of a guidance page must be written as a
 * question (hold a question word the reader typed too), so a heading that is a bare name ("Styrelsen"
 * in an overview) is not mistaken for the answer to "vad är styrelsen".
 */
export function asksHeading(q: ParsedQuery, sectionKeys: string[], entry = false): boolean {
  if (!q.terms.length || !sectionKeys.some((k) => !STOP_KEYS.has(fold(k)))) return false;
  if (!allTyped(q, sectionKeys) || !holdsEveryTerm(q, sectionKeys)) return false;
  if (entry) return Boolean(q.definition) || WHAT_IS.every((k) => q.allKeys.includes(k));
  return sectionKeys.some((k) => QUESTION_KEYS.has(fold(k)));
}

/** What Pagefind found for one page: the words (searched one by one) that found it, and its best score. */
export interface Found {
  words: Set<string>;
  score: number;
  /** Found by the search for all words together. */
  all: boolean;
  /** Where on the page each word searched on its own was found (word positions). */
  at?: Map<string, number[]>;
}

/**
 * The share of the query's terms the page holds, by any of their alternatives: as Pagefind found
 * them, or, for wordings not sent to Pagefind (a concept's, a word the guidance never uses), in
 * the page's title and headings.
 */
export function termCoverage(t: Term, found: Found | undefined, outline: string[], headings: string[][] = []): number {
  return Math.max(
    0,
    ...t.alternatives.map((a) => {
      // "hur många" is held by a heading that asks it, not by "hur" in one heading and "många" in another.
      if (a.asked) return headings.some((h) => a.keys.every((k) => h.includes(k))) ? a.weight : 0;
      // A compound's parts (joint) hold it only all together: "styrelse" alone is no "styrelsemöte".
      const inOutline = a.joint
        ? holdsAll(a.keys, outline)
          ? a.weight
          : 0
        : a.weight * (a.keys.reduce((sum, k) => sum + bestMatch(k, outline), 0) / a.keys.length);
      if (a.local) return inOutline;
      // Pagefind's stemmer leaves some forms apart ("ekonomin", "ekonomi"); the title and headings
      // are compared by the keys of words.ts, as everything else is.
      const inText = found ? (a.weight * a.words.filter((w) => found.words.has(w)).length) / a.words.length : 0;
      return Math.max(inText, inOutline);
    }),
  );
}

/**
 * How much a reader question that holds the question's words counts against a heading that holds
 * them. The questions (content/sok/lasarfragor/) say, in readers' words, what a section answers: a
 * heading in other words. They are read by Pagefind's positions only, without their small words or
 * what they leave out, so a question that holds every word of the reader's is a little less sure
 * than a heading that does.
 */
export const READER_QUESTION = 0.6;
/**
 * How much of a reader question's score depends on how many of its own words the reader's question
 * holds: "vad ska ett samordningsförbund göra" holds "samordningsförbund" of "hur många
 * samordningsförbund finns det", and that one word of five says little.
 */
export const ASKED_PRECISION = 0.5;

/**
 * The best score of one of a section's reader questions for the question: the weighted share of
 * the question's terms it holds (recall), by where Pagefind found each word on the page (`found.at`)
 * and where each reader question stands there (data.ts, `asked`), weighed by the share of its own
 * words that are the reader's (ASKED_PRECISION), times READER_QUESTION. A reader question speaks
 * only when it holds two terms of the question or more: for a question of one term, the page's
 * title and headings say where it is, and a reader question that shares one word is no more than
 * the text. 0 for a section without questions.
 */
export function askedScore(q: ParsedQuery, found: Found | undefined, asked: [number, number][] | undefined, weights: number[]): number {
  const at = found?.at;
  const total = weights.reduce((a, b) => a + b, 0);
  if (!asked?.length || !at || !total) return 0;
  let best = 0;
  for (const [from, to] of asked) {
    const hits = new Set<number>();
    const inside = (w: string) => {
      const p = (at.get(w) ?? []).filter((x) => x >= from && x <= to);
      for (const x of p) hits.add(x);
      return p.length > 0;
    };
    let held = 0;
    let terms = 0;
    q.terms.forEach((t, i) => {
      let term = 0;
      for (const a of t.alternatives) if (!a.local) term = Math.max(term, (a.weight * a.words.filter(inside).length) / a.words.length);
      held += weights[i] * term;
      if (term > 0) terms += 1;
    });
    if (terms < 2) continue;
    const precision = Math.min(1, hits.size / (to - from + 1));
    best = Math.max(best, (held / total) * (1 - ASKED_PRECISION + ASKED_PRECISION * precision));
  }
  return READER_QUESTION * best;
}

/** Words apart within which the question's words stand together, as in one sentence. */
export const NEAR_WINDOW = 20;
/** Words apart within which words stand as one phrase ("förebyggande insats"). */
export const PHRASE_WINDOW = 2;

/** The most of the given terms found within `window` words of each other, by their positions on a page. */
function mostTogether(terms: Term[], at: Map<string, number[]>, window: number): number {
  const all: [position: number, term: number][] = [];
  terms.forEach((t, i) => {
    const positions = new Set<number>();
    for (const a of t.alternatives) if (!a.local) for (const w of a.words) for (const p of at.get(w) ?? []) positions.add(p);
    for (const p of positions) all.push([p, i]);
  });
  all.sort((a, b) => a[0] - b[0]);
  const inWindow = new Map<number, number>();
  let most = 0;
  let start = 0;
  for (const [p, i] of all) {
    inWindow.set(i, (inWindow.get(i) ?? 0) + 1);
    for (; p - all[start][0] > window; start++) {
      const t = all[start][1];
      const n = inWindow.get(t)! - 1;
      if (n) inWindow.set(t, n);
      else inWindow.delete(t);
    }
    most = Math.max(most, inWindow.size);
  }
  return most;
}

/**
 * The share of the question's terms (beyond the first) that stand together on a page, by the
 * positions Pagefind gives for each word searched on its own: within NEAR_WINDOW words, as in one
 * sentence, a page that says "parterna kan samarbeta med andra aktörer" answers "samverkan med andra
 * aktörer" better than one with the words in different sections. Terms on nearly every page
 * (`shares`, see UBIQUITOUS) stand near everything, so they count only as a phrase, next to the
 * other words ("Förebyggande insats:" for "förebyggande insats"). 0 for fewer than two terms.
 */
export function nearness(q: ParsedQuery, found: Found | undefined, shares: number[] = q.terms.map(() => 0)): number {
  const searched = q.terms.filter((t) => t.alternatives.some((a) => !a.local));
  if (searched.length < 2 || !found?.at) return 0;
  const share = (most: number, of: number) => (most > 1 ? (most - 1) / (of - 1) : 0);
  const rare = q.terms.filter((t, i) => shares[i] < UBIQUITOUS && t.alternatives.some((a) => !a.local));
  const apart = rare.length >= 2 ? share(mostTogether(rare, found.at, NEAR_WINDOW), rare.length) : 0;
  return Math.max(apart, share(mostTogether(searched, found.at, PHRASE_WINDOW), searched.length));
}

/** The weighted share of the question's terms a page holds; a term on nearly every page (`shares`,
 * see UBIQUITOUS) counts as held by any page Pagefind found. */
export function coverage(
  q: ParsedQuery,
  found: Found | undefined,
  outline: string[],
  weights?: number[],
  shares?: number[],
  headings?: string[][],
): number {
  return mean(
    q.terms.map((t, i) => (found && (shares?.[i] ?? 0) >= UBIQUITOUS ? 1 : termCoverage(t, found, outline, headings))),
    weights,
  );
}

/**
 * How much a question's kind ("hur många": a number) weighs beside what it is about: "hur många
 * revisorer har ett förbund" is about revisorer, and the statistics page only one place for numbers.
 */
export const KIND_WEIGHT = 0.5;
/** How much a minor word (Term.minor: "mindre", "själv") weighs beside a word of what the question is about. */
export const MINOR_WEIGHT = 0.5;
/** How much more the subject of a genitive ("arbetsförmedlingens ansvar") weighs. */
const SUBJECT_WEIGHT = 1.5;

/**
 * How much each term of the question tells pages apart: a word on nearly every page ("förbundet")
 * weighs less than one on a few, so it cannot lift a page on its own.
 */
export function termWeights(
  q: ParsedQuery,
  pages: PreparedPage[],
  found: Map<string, Found>,
  shares = documentShares(q, pages, found),
): number[] {
  const own = shares.map(
    (share, i) => (0.3 + 0.7 * (1 - share)) * (q.terms[i].subject ? SUBJECT_WEIGHT : 1) * (q.terms[i].minor ? MINOR_WEIGHT : 1),
  );
  // The kind of answer weighs half of what the question is about, also when that is a word on
  // nearly every page ("hur många samordningsförbund"): else "hur många", rare in titles, would
  // make the page titled "Statistik" the answer to every count question.
  const about = Math.max(0, ...own.filter((_, i) => !q.terms[i].kind));
  return own.map((w, i) => (q.terms[i].kind ? KIND_WEIGHT * (about > 0 ? Math.min(w, about) : w) : w));
}

/** The share of pages that hold each term of the question. */
export function documentShares(q: ParsedQuery, pages: PreparedPage[], found: Map<string, Found>): number[] {
  const n = Math.max(1, pages.length);
  return q.terms.map((t) => pages.filter((p) => termCoverage(t, found.get(p.url), p.outlineKeys, p.headingKeys) > 0).length / n);
}

/**
 * A term on this share of the pages or more names what the whole guidance is about ("i
 * samordningsförbundet"): a page found by the question's other words is not the worse answer for
 * wording it otherwise ("förbundet").
 */
export const UBIQUITOUS = 0.7;

/**
 * How well the title names what the question asks about: the share of the question it holds and
 * the share of the title that is the question, so "Styrelsen" beats "Styrelsen och NNS" for
 * "vad gör styrelsen".
 */
export function titleScore(q: ParsedQuery, titleKeys: string[], weights: number[] = q.terms.map(() => 1)): number {
  if (!titleKeys.length || !q.terms.length) return 0;
  const recall = mean(
    q.terms.map((t) => termScore(t, titleKeys)),
    weights,
  );
  if (recall === 0) return 0;
  // Each title word counts by the weight of the question's term it matches: a title that is only
  // a word found on every page ("Samordningsförbundets …") does not name the question's subject.
  const top = Math.max(...weights);
  // A title word only partly named ("behov" in "Behovsanalys") counts by how well it is matched.
  // A title that is the question and nothing else ("Målgruppens gränser"): every title word is a
  // word of the question and every term is in the title, whatever the weights of the words.
  // Small words ("och", "till") say nothing of what a title is about, as in a heading.
  const named = titleKeys.filter((k) => !STOP_KEYS.has(fold(k)));
  const whole =
    named.every((k) => q.terms.some((t) => bestAlternativeMatch(t, k) === 1)) && q.terms.every((t) => termScore(t, titleKeys) >= 0.9);
  const precision = whole
    ? 1
    : mean(named.map((k) => Math.max(0, ...q.terms.map((t, i) => (bestAlternativeMatch(t, k) * weights[i]) / top))));
  return (recall + precision) / 2;
}

export const WEIGHTS = {
  coverage: 4,
  title: 3,
  section: 2.5,
  description: 0.75,
  pagefind: 1,
  all: 1,
  near: 0.5,
  intent: 20,
  definition: 3,
  /** A heading that is the question itself (asksHeading). */
  asked: 3,
};
/**
 * How much a page about the website itself (the accessibility statement) counts for a question
 * that is not about the site: its text talks of search hits ("träffar"), reporting faults
 * ("rapportera") and pages, words a question about the guidance shares with it by chance.
 */
export const SITE_UNASKED = 0.5;
/**
 * The words of a question about the website: the site, its accessibility, cookies, search, print,
 * reading aids. Folded keys; a key that starts with one of SITE_PREFIXES counts too ("tillgänglighetsbrister").
 */
const SITE_KEYS = new Set(
  [
    'webbplats',
    'webbsida',
    'hemsida',
    'sajt',
    'sida',
    'sidan',
    'sidor',
    'sidorna',
    'kakor',
    'kaka',
    'cookies',
    'cookie',
    'skärmläsare',
    'uppläsning',
    'tangentbord',
    'kontrast',
    'digg',
    'javascript',
    'webbläsare',
    'pdf',
    'utskrift',
    'länk',
    'länkar',
  ].map(key),
);
// Typed words, not keys: the stemmer makes "tillgänglighet" the key of "tillgång", which a
// question about the guidance has ("tillgång till insatser").
const SITE_PREFIXES = ['webbplats', 'webbsid', 'hemsid', 'kunskapsstod', 'tillganglig', 'sokfunktion', 'sokrut', 'sokresultat', 'sokning'];
/** The question is about the website itself. */
export const asksSite = (q: Pick<ParsedQuery, 'allKeys' | 'terms'>) =>
  q.allKeys.some((k) => SITE_KEYS.has(fold(k))) || q.terms.some((t) => SITE_PREFIXES.some((p) => fold(normalise(t.typed)).startsWith(p)));

/** Coverage at which a page holds every term of the question, some perhaps in other words. */
const ALL_TERMS = 0.95;
/** How much a term the page's title already holds counts when choosing among its sections. */
export const TITLE_TERM_IN_SECTION = 0.3;
/** A title score this high: the title is the question and nothing else. */
export const WHOLE_TITLE = 0.95;
/** A section opens when its heading holds at least this share of the question. */
export const SECTION_AT = 0.5;

export interface Ranked {
  url: string;
  title: string;
  description: string;
  score: number;
  /** The section to open, when one matches the question well enough. */
  section?: { anchor: string; title: string };
  /** The parts of the score, for explaining a ranking (/sok/?q=…&debug). */
  parts?: Record<string, number>;
  /** Headings that hold part of the question, best first. */
  headings?: { anchor: string; title: string; score: number }[];
}

/**
 * The title names the term in the reader's words or the guidance's own (a synonym), not only in a
 * concept's wording: the page titled "Uppföljning" is about SUS only by the concept, and "vad är SUS"
 * still asks for the section on SUS.
 */
const titleNames = (t: Term, titleKeys: string[]) => termScore(ownWordings(t), titleKeys) >= 0.9;

/**
 * A comparison whose two sides are the headings of two subsections of one section ("Vilka två typer
 * av insatser finns?" with "Vad är en individinriktad insats?" and "Vad är en strukturövergripande
 * insats?" under it) is answered by that section, which holds both: it scores as its best
 * subsection would if that named both sides. By section index.
 */
function comparedInSubsections(
  q: ParsedQuery,
  sections: PreparedSection[],
  matches: HeadingMatch[],
  weights: number[],
): Map<number, number> {
  const out = new Map<number, number>();
  if (!q.comparison) return out;
  const compared = q.terms.flatMap((t, i) => (t.compared ? [i] : []));
  if (compared.length < 2) return out;
  const named = new Map<number, Set<number>>();
  const best = new Map<number, number>();
  sections.forEach((s, i) => {
    if (s.parent === undefined || !matches[i].oneSide) return;
    const sides = named.get(s.parent) ?? new Set<number>();
    for (const t of compared) if (termScore(ownWordings(q.terms[t]), s.keys, true) > 0) sides.add(t);
    named.set(s.parent, sides);
    best.set(s.parent, Math.max(best.get(s.parent) ?? 0, weighHeading(q, { ...matches[i], oneSide: false }, weights)));
  });
  for (const [parent, sides] of named) if (sides.size === compared.length) out.set(parent, best.get(parent)!);
  return out;
}

/** How much a title named alone (titleAlone), and the page's headings, count when another page has a heading on the question. */
export const TITLE_ALONE = 0.25;

/**
 * A title that is the name of the question's actor ("Kommunen" for "kommunen vill minska sitt
 * bidrag", Term.actor), on a page none of whose headings holds any of the question's other words:
 * the page is about who asks, not about what they ask. The reader's own organisation and the kind
 * of answer wanted are no other words.
 */
function titleAlone(q: ParsedQuery, titleKeys: string[], matches: HeadingMatch[]): boolean {
  const named = q.terms.flatMap((t, i) => (titleNames(t, titleKeys) ? [i] : []));
  if (!named.length || !named.every((i) => q.terms[i].actor)) return false;
  const others = q.terms.flatMap((t, i) => (!named.includes(i) && !t.kind && !t.own ? [i] : []));
  if (!others.length) return false;
  const content = titleKeys.filter((k) => !STOP_KEYS.has(fold(k)));
  if (!content.every((k) => named.some((i) => bestAlternativeMatch(q.terms[i], k) === 1))) return false;
  return !matches.some((m) => others.some((i) => m.terms[i] >= HELD_WHOLE));
}

/** `shares`: each term's documentShares, when the caller has them already (engine.ts needs them too). */
export function rankPages(
  q: ParsedQuery,
  pages: PreparedPage[],
  found: Map<string, Found>,
  intentPage?: string,
  shares: number[] = documentShares(q, pages, found),
): Ranked[] {
  const maxScore = Math.max(1e-9, ...[...found.values()].map((f) => f.score));
  const weights = termWeights(q, pages, found, shares);
  // A glossary entry the question names lends its title score to the page that explains the term
  // (the entry's `sida`, kept by the editors): that page is about the term.
  const namedBy = new Map<string, number>();
  for (const page of pages) {
    // A definition question wants the entry itself, not the page it points to.
    if (!page.seeAlso || q.definition) continue;
    for (const s of page.sections) {
      const sida = page.seeAlso.get(s.anchor);
      if (!sida) continue;
      const named = titleScore(q, s.keys, weights);
      if (named >= SECTION_AT) namedBy.set(sida, Math.max(namedBy.get(sida) ?? 0, named));
    }
  }
  // A title names what the question is about, not the kind of answer it wants: "Statistik" is no
  // answer to "hur många samordningsförbund finns det" by its title (its headings still count). Nor
  // where the reader stands: "Kommunen" is no answer to "vilka insatser finns i min kommun".
  const aside = (t: Term) => t.kind || t.own;
  const titleWeights = q.terms.some((t) => !aside(t)) ? weights.map((w, i) => (aside(q.terms[i]) ? 0 : w)) : weights;
  const out: Ranked[] = [];
  // What a page's title would count for were it named alone (titleAlone), by page.
  const cuts = new Map<string, number>();
  for (const page of pages) {
    const f = found.get(page.url);
    const ownTitle = titleScore(q, page.titleKeys, titleWeights);
    const title = Math.max(ownTitle, namedBy.get(page.url) ?? 0);
    // Which section answers is decided by what the title does not already say: on the page titled
    // "Nationella rådet", "nationella rådets uppgift" asks for the section about its tasks, not the
    // one that names the council again. Pages of entries have no title to lean on.
    const within = page.entries ? weights : q.terms.map((t, i) => (titleNames(t, page.titleKeys) ? TITLE_TERM_IN_SECTION : 1) * weights[i]);
    let best: { s: PreparedSection; score: number } | undefined;
    // What the question is most about, and whether the title holds it: then every heading is about it.
    const aboutTerm = weightiestAbout(q, weights);
    const about = { term: aboutTerm, inTitle: aboutTerm >= 0 && !page.entries && titleNames(q.terms[aboutTerm], page.titleKeys) };
    const weigh = (m: HeadingMatch, w: number[]) => weighHeading(q, m, w, about);
    // A page titled as the question ("Målgruppens gränser") holds it as fully as a page with a
    // heading that says the same: its title is its first heading, and the page opens at the top
    // (the heading without an anchor).
    // In the reader's own words: "SUS" is worded "uppföljning" on the pages, but asks for the section on SUS.
    const wholeTitle =
      !page.entries &&
      ownTitle >= WHOLE_TITLE &&
      q.terms.every((t) => termScore({ ...t, alternatives: t.alternatives.slice(0, 1) }, page.titleKeys) >= 0.9);
    let sectionBest = wholeTitle ? ownTitle : 0;
    // Scored as its headings are, question words included: "måste vi ha en beredningsgrupp" opens
    // "Måste ett förbund ha en beredningsgrupp?" on the page titled "Beredningsgruppen".
    const headings: { anchor: string; title: string; score: number }[] = wholeTitle
      ? [{ anchor: '', title: page.title, score: weigh(headingMatch(q, page.titleKeys), within) }]
      : [];
    const matches = page.sections.map((s) => headingMatch(q, s.keys));
    const askedAt = page.sections.findIndex((s) => asksHeading(q, s.keys, Boolean(page.seeAlso)));
    // A title is the page's first heading: a page titled as the question ("Kan förbundet finansiera
    // insatsen?", a vägvisare) is asked by it as a heading would be.
    const titleAsked = !page.seeAlso && asksHeading(q, page.titleKeys);
    const bothSides = comparedInSubsections(q, page.sections, matches, within);
    for (const [i, s] of page.sections.entries()) {
      const m = matches[i];
      const parent = s.parent === undefined ? undefined : matches[s.parent];
      // A subsection whose section's heading already holds every term it holds, as well, is a detail
      // of that section ("Hur stort är det egna kapitalet?" under "Vad gäller för eget kapital och
      // budget i balans?"): the section opens, at its start, and the subsection follows in it.
      // Not when every word of the subsection's heading is the reader's ("Vem blir projektägare?" for
      // "vem blir projektägare för esf-projekt" under "Vem får vara projektägare och medfinansiär?"):
      // then the subsection asks the question itself.
      const detail = parent && m.terms.every((v, t) => v <= parent.terms[t]) && !allTyped(q, s.keys);
      // A reader question that holds the question counts as a heading would (askedScore).
      const score = Math.max(
        i === askedAt ? 1 : detail ? Math.min(weigh(m, within), weigh(parent, within)) : weigh(m, within),
        bothSides.get(i) ?? 0,
        askedScore(q, f, s.asked, within),
      );
      sectionBest = Math.max(
        sectionBest,
        within === weights || i === askedAt ? score : Math.max(weigh(m, weights), askedScore(q, f, s.asked, weights)),
      );
      if (score > 0) headings.push({ anchor: s.anchor, title: s.text, score });
      if (!best || score > best.score) best = { s, score };
    }
    // A glossary or FAQ page mentions everything somewhere; what counts is its best single entry.
    // Named by its title ("ordlista"), it holds the question as a whole, as any page titled so does.
    const cov = page.entries
      ? Math.max(sectionBest, ownTitle >= WHOLE_TITLE ? ownTitle : 0)
      : coverage(q, f, page.outlineKeys, weights, shares, page.headingKeys);
    if (!f && title + sectionBest + cov < 0.5 && page.url !== intentPage) continue;
    const near = nearness(q, f, shares);
    const description = mean(
      q.terms.map((t) => termScore(t, page.descriptionKeys)),
      weights,
    );
    // A page of proposals (its title says so: "Föreslagna nya paragrafer") that names what the
    // question is most about in no heading has it only in the text of some proposal: for a question
    // about what applies ("sekretess mellan myndigheter") it answers in part, as a proposal's
    // heading does. One that names it ("30 till 38 §§ – Tillsyn över förbunden") is about it.
    const unaskedProposals =
      !page.entries &&
      page.titleKeys.some(isProposal) &&
      !asksProposal(q) &&
      about.term >= 0 &&
      !about.inTitle &&
      !matches.some((m) => m.terms[about.term] >= HELD_WHOLE);
    // A page about the site answers a question about the site, or one that names it or leads to it.
    const unaskedSite = Boolean(page.site) && page.url !== intentPage && ownTitle === 0 && !asksSite(q);
    const alone = !page.entries && page.url !== intentPage && titleAlone(q, page.titleKeys, matches);
    // What a page about no part of the question is damped by: its whole score, and a cut of it (below).
    const damp = (unaskedProposals ? PROPOSAL_UNASKED : 1) * (unaskedSite ? SITE_UNASKED : 1);
    const score =
      damp *
      (WEIGHTS.description * description +
        WEIGHTS.coverage * cov +
        WEIGHTS.title * title +
        WEIGHTS.section * sectionBest +
        WEIGHTS.pagefind * ((f?.score ?? 0) / maxScore) +
        // Every term on the page, as typed (Pagefind's search for all words) or in the pages' wording.
        WEIGHTS.all * (f?.all || (f && cov >= ALL_TERMS) ? 1 : 0) +
        WEIGHTS.near * near +
        (page.url === intentPage ? WEIGHTS.intent : 0) +
        // "… definition", "vad betyder …": the glossary entry that names the term is the answer; so is
        // a heading that is the question itself (the larger of the two: both say the same).
        Math.max(
          q.definition && page.seeAlso && sectionBest >= SECTION_AT ? WEIGHTS.definition * sectionBest : 0,
          askedAt >= 0 || titleAsked ? WEIGHTS.asked : 0,
        ));
    const parts = {
      cov,
      title,
      description,
      section: sectionBest,
      pagefind: (f?.score ?? 0) / maxScore,
      all: f?.all || (f && cov >= ALL_TERMS) ? 1 : 0,
      near,
    };
    // Its headings hold nothing but the name either: they count no more than the title.
    if (alone) cuts.set(page.url, damp * (WEIGHTS.title * title + WEIGHTS.section * sectionBest) * (1 - TITLE_ALONE));
    out.push({
      url: page.url,
      title: page.title,
      description: page.description,
      score,
      parts,
      section: best && !wholeTitle && sectionBest >= SECTION_AT ? { anchor: best.s.anchor, title: best.s.text } : undefined,
      headings: headings.sort((a, b) => b.score - a.score).slice(0, 8),
    });
  }
  // A page named by one of the question's words but with no heading on its other words is the
  // answer only if no other page has a heading on the question: "kommunen vill minska sitt bidrag"
  // asks about a part's share ("Kan en part betala mer eller mindre än sin andel?"), not about the
  // kommun as such.
  if (cuts.size && out.some((r) => !cuts.has(r.url) && (r.parts?.section ?? 0) >= SECTION_AT))
    for (const r of out) r.score -= cuts.get(r.url) ?? 0;
  return followDeferrals(
    out.sort((a, b) => b.score - a.score),
    pages,
  );
}

/** A pointing section leads on when its heading holds this much of the question: less than a
 * section needs to open (SECTION_AT), as the reader is led to a heading the question matched. */
export const DEFER_AT = 0.4;
/** How far above a page that points to it the pointed-to page ranks. */
export const DEFERRED_MARGIN = 0.01;

/**
 * A page whose section to open only points to the full answer on another page ("Läs mer på sidan
 * Revision, under …", deferrals.ts) ranks just below that page, which opens at the full answer:
 * the guidance itself says where the question is answered. The pointed-to page keeps a higher score of
 * its own. Applied once, best result first, so two pages that point to each other do not swap back.
 */
function followDeferrals(ranked: Ranked[], pages: PreparedPage[]): Ranked[] {
  const byUrl = new Map(ranked.map((r) => [r.url, r]));
  const moved = new Set<string>();
  for (const r of [...ranked]) {
    // The heading the result would open (the best, when it holds enough of the question).
    const top = r.headings?.[0];
    const to = top && top.score >= DEFER_AT && !moved.has(r.url) ? pages.find((p) => p.url === r.url)?.defers?.get(top.anchor) : undefined;
    const target = to && byUrl.get(to.url);
    const title = target && pages.find((p) => p.url === to.url)?.sections.find((s) => s.anchor === to.anchor)?.text;
    // Already above: it answers in its own right, and opens where its own headings say. A page the
    // reader named by its title ("frågor och svar") is wanted itself, wherever its headings point.
    if (!top || !to || !target || !title || target.score > r.score || (r.parts?.title ?? 0) >= WHOLE_TITLE) continue;
    const score = top.score;
    target.score = r.score + DEFERRED_MARGIN;
    moved.add(target.url);
    // A heading of its own that holds more of the question still opens first.
    if ((target.headings?.[0]?.score ?? 0) > score) continue;
    target.section = { anchor: to.anchor, title };
    target.headings = [
      {
        anchor: to.anchor,
        title,
        score: Math.max(score, ...(target.headings ?? []).filter((h) => h.anchor === to.anchor).map((h) => h.score)),
      },
      ...(target.headings ?? []).filter((h) => h.anchor !== to.anchor),
    ].sort((a, b) => b.score - a.score);
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/** A section of a result as Pagefind returns it: heading, anchor and an excerpt with <mark>ed words. */
export interface SubResult {
  anchor: string;
  title: string;
  excerpt: string;
}

/**
 * How much a section's words (beyond its heading) count when choosing the section to open. A
 * heading that holds one common word of the question ("deltagare" in "Varför går det inte att följa
 * enskilda deltagare i dag?") is weak evidence next to a sibling whose text holds every word
 * ("samtycke" and "deltagare" under "Hur fungerade SUS?"): at 0.5 such a heading still won.
 */
export const BODY_WEIGHT = 0.75;
/** Section scores this close are a tie (sums of the same parts in another order differ in the last bits). */
const TIE = 1e-9;

/**
 * The section to open: the best of heading match (rank.ts) and how much of the question the
 * section's text holds: by `held` (section-text.ts: which words each section holds, wherever in
 * it), else by the words Pagefind marked in the section's excerpt. A heading that holds the
 * question outweighs words in a text: the better the best heading matches, the less the texts
 * count. Ties go to the earlier section. None when nothing matches, or when the page's title (a
 * heading without an anchor) does. With `query`, each heading counts by the kind of answer it gives
 * against the one the question asks for (sections.ts).
 */
export function chooseSection(
  headings: { anchor: string; title: string; score: number }[],
  subs: SubResult[],
  terms: number,
  held?: Map<string, { title: string; share: number }>,
  query?: KindQuery,
): { anchor: string; title: string } | undefined {
  const marked = (excerpt: string) =>
    new Set([...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1].toLocaleLowerCase('sv'))).size;
  const byText = held?.size ? held : undefined;
  const bodyWeight = BODY_WEIGHT * (1 - Math.min(1, Math.max(0, ...headings.map((h) => h.score))));
  const candidates = new Map<string, { anchor: string; title: string; score: number; order: number }>();
  subs.forEach((s, order) =>
    candidates.set(s.anchor, {
      anchor: s.anchor,
      title: s.title,
      order,
      score: bodyWeight * (byText ? (byText.get(s.anchor)?.share ?? 0) : Math.min(1, marked(s.excerpt) / Math.max(1, terms))),
    }),
  );
  let next = subs.length;
  for (const [anchor, { title, share }] of byText ?? [])
    if (!candidates.has(anchor)) candidates.set(anchor, { anchor, title, order: next++, score: bodyWeight * share });
  for (const h of headings) {
    const c = candidates.get(h.anchor);
    if (c) c.score += h.score;
    else candidates.set(h.anchor, { ...h, order: next++ });
  }
  let best: { anchor: string; title: string; score: number; order: number; how: boolean; top: boolean } | undefined;
  for (const c of candidates.values()) {
    // The kind of answer a section gives is in its heading, whether its heading or its text holds
    // the question's words: "Varför går det inte att följa enskilda deltagare i dag?" answers
    // "samtycke deltagare" no better by the words under it.
    if (query && c.title) c.score *= kindAgreement(query, c.title);
    if (c.score <= 0) continue;
    // On a tie, the heading that asks as the reader does (sections.ts): how a bare subject is done,
    // or yes or no with the reader's own question word; then the earlier one.
    const how = Boolean(query && c.title && (asksHowForSubject(query, c.title) || asksAlike(query, c.title)));
    // Before that, the page's own title (no anchor), when it holds the question as well as any
    // heading: "styrelse" names the page Styrelsen, not how its meetings go ("Hur går styrelsens
    // möten till?", reader review 25).
    const top = !c.anchor;
    const tie = best && Math.abs(c.score - best.score) <= TIE;
    if (
      !best ||
      (!tie && c.score > best.score) ||
      (tie && (top > best.top || (top === best.top && (how > best.how || (how === best.how && c.order < best.order)))))
    )
      best = { ...c, how, top };
  }
  // The page's own title (no anchor) matched best: the page opens at the top.
  return best?.anchor ? { anchor: best.anchor, title: best.title } : undefined;
}

/** The titles, headings, glossary terms and FAQ questions in the data: what the guidance names things by. */
const namingTexts = (data: Pick<SearchData, 'pages' | 'terms' | 'faqs'>): string[] => [
  ...data.pages.flatMap((p) => [p.title, ...(p.sections ?? []).map(([h]) => h)]),
  ...data.terms.map(([, t]) => t),
  ...data.faqs.map(([, q]) => q),
];

/** The keys of every word of the titles, descriptions, headings, terms and questions in the data. */
export function vocabularyOf(data: Pick<SearchData, 'pages' | 'terms' | 'faqs'>): Set<string> {
  const text = [...namingTexts(data), ...data.pages.map((p) => p.description ?? '')].join(' ');
  return new Set(
    tokens(text)
      .filter((w) => w.length >= 2 && !/\d/.test(w))
      .map(key),
  );
}

/**
 * Each two words that stand side by side in a title, heading, glossary term or question, by their
 * keys ("eg kapital"): the phrases the guidance is written in, against which a real word typed for
 * another ("eget kapitel") shows.
 */
export function phrasesOf(data: Pick<SearchData, 'pages' | 'terms' | 'faqs'>): Set<string> {
  const pairs = new Set<string>();
  for (const text of namingTexts(data)) {
    const ks = tokens(text).map(key);
    for (let i = 1; i < ks.length; i++) pairs.add(`${ks[i - 1]} ${ks[i]}`);
  }
  return pairs;
}
