// Turns a question typed in ordinary Swedish into what the search compares and what Pagefind can
// match: quoted phrases kept exact, small words set aside (Pagefind requires every word to match),
// readers' words mapped to the guidance's words (content/sok/synonymer.yaml), compounds the
// guidance does not use split into parts it does, and concepts (content/sok/begrepp.yaml) widened
// to the wording the pages use. Every comparison goes through words.ts, so inflected forms match.
import damerau from 'damerau-levenshtein';
import { SWEDISH_STOP_WORDS } from '#stop-words-sv';
import { exactKey, fold, holdsAll, key, keys, normalise, QUERY_TOKEN, tokens, wordMatch } from './words.ts';
import { withPhraseSynonyms } from './phrase-synonyms.ts';

/**
 * Words that carry no meaning on their own in a question (Pagefind has no stop words of its own):
 * the Swedish list of stopwords-iso, less the words this guidance is about, plus the verbs readers
 * wrap a question in ("vad innebär …", "vad handlar … om").
 */
const MEANINGFUL = new Set(
  [
    'beslut beslutat beslutit del delen kr dag dagar dagen nummer nr större mindre fler flera bättre sämre högre tidigare senare första sitta fram',
    // What a question about money, law or shared work turns on: "pengar kvar", "gällande rätt", "samma
    // regler", "lika mycket", "tillsammans med parterna", "ingen part", "andra kommuner".
    'kvar rätt samma lika olika tillsammans själv ingen inget andra annan annat behöva behövs möjligt nödvändigt viktigt',
  ]
    .join(' ')
    .split(' '),
);
const QUESTION_VERBS = [
  ...'görs hos samt betyder innebär menas egentligen handlar'.split(' '),
  // "hur fungerar …", "berätta om …", "information om …": a question's wrapping, on no heading.
  ...'fungerar fungera funkar berätta beskriv beskriva förklara information info'.split(' '),
  // Prepositions the list lacks, and the reader's own thinking ("jag undrar", "vad ska vi tänka på").
  ...'kring angående beträffande rörande undrar tänka'.split(' '),
  // "hur vet vi att insatserna gör nytta", "jag vill veta": how the reader comes to know, not what about.
  ...'vet veta'.split(' '),
  // "vad händer om vi inte är överens": asks what follows, and its key is that of "hand" ("i första
  // hand", reader review 28). It still helps match a heading that asks it (QUESTION_WORDS).
  ...'händer hände hänt'.split(' '),
];
export const STOP_WORDS = new Set([...SWEDISH_STOP_WORDS.filter((w) => !MEANINGFUL.has(w)), ...QUESTION_VERBS]);
/**
 * Words of the stop list kept for what they can turn a question on ("mer eller mindre", "själv"),
 * yet no subject of their own: rare on these pages, they would outweigh what the question is about
 * (termWeights, Term.minor).
 */
const MINOR_WORDS = new Set(SWEDISH_STOP_WORDS.filter((w) => MEANINGFUL.has(w)));

/** The small words that make a question a question; they help match a heading written as one
 * ("hur mycket" matches "Hur mycket pengar handlar det om?"). */
export const QUESTION_WORDS = new Set(
  'vem vad hur när var varför vilka vilken vilket får kan ska måste finns gör mycket många händer'.split(' '),
);

/**
 * Small words as readers type them without å, ä and ö ("nar", "fran", "manga", "innebar"), by
 * their folded form: set aside, or matched as question words, like the words they stand for.
 */
const SMALL_BY_FOLDED = new Map(
  [...STOP_WORDS, ...QUESTION_WORDS].filter((w) => fold(w) !== w).map((w) => [fold(w), w] as [string, string]),
);
const unfoldSmall = (word: string) => SMALL_BY_FOLDED.get(word) ?? word;

/**
 * Words that make a question a comparison of two things ("individinriktad vs strukturövergripande",
 * "skillnad mellan ledamot och ersättare"). They say how the two are asked about, not what about:
 * they count as question words (a heading "Vad är skillnaden mellan …?" asks the same), not as a
 * term every answer must hold.
 */
// Not the verb "jämföra": "går det inte att jämföra SUS med nya systemet" asks whether two
// things can be compared, and the guidance's heading says it in the same word ("jämföras").
const COMPARISON_WORDS = new Set('vs versus kontra skillnad skillnaden skillnader skillnaderna skiljer skilja jämfört'.split(' '));
/** Words that put the two sides of a comparison apart ("vs" on its own does). */
const COMPARISON_JOINS = new Set('och eller från mot med'.split(' '));
const SPLITS_BY_ITSELF = new Set('vs versus kontra'.split(' '));

/** The reader speaking of themselves. */
const FIRST_PERSON = new Set('jag mig min mitt mina'.split(' '));

/**
 * Words that say the reader's own ("min kommun", "vår region", "min egen organisation"): an
 * organisation after them (ORGANISATION) names where the reader stands, not what the question is about ("vår kommun funderar
 * på att lämna förbundet" asks about leaving, which the law says the same of for every member).
 * "egen" and its forms between the two are passed over; alone ("eget kapital") they own nothing.
 */
const POSSESSIVES = new Set('min mitt mina vår vårt våra'.split(' '));
const OWN = new Set('egen egna eget'.split(' '));
/**
 * The organisations a reader works in, as they name their own (also in a compound: "hemkommun",
 * "socialförvaltningen"), folded. Only these are where the reader stands: "min anställning", "vår
 * andel" and "våra deltagare" are what the question is about, and keep their weight in titles.
 */
const ORGANISATION =
  /(kommun|region|landsting|myndighet|forvaltning|arbetsformedling|forsakringskass|forbund|organisation|part|huvudman|arbetsgivare|namnd|socialtjanst)(en|et|er|erna|na|ar|arna|a|s|ens|ets|ns)?$/;
export const namesOrganisation = (word: string) => ORGANISATION.test(fold(normalise(word)));

/**
 * Verbs that make the word before them the actor of the question ("kommunen vill minska sitt
 * bidrag", "regionen undrar om …", "Arbetsförmedlingen funderar på att gå ur"): who wants or asks
 * something, which is not what the question asks about. "Arbetsförmedlingens ansvar" has no such verb.
 */
const ACTOR_VERBS = new Set(
  'vill ville undrar funderar planerar tänker önskar överväger vägrar orkar säger sa tycker menar kräver ber frågar behöver kan ska måste'.split(
    ' ',
  ),
);

/** Verbs after a question word that put the question's subject next: "vad gör styrelsen". */
const SUBJECT_VERBS = new Set(['gör', 'är']);

/**
 * Words that ask what a term means rather than name a subject: the question wants a definition
 * (the glossary entry), and the word itself is on no page that explains the term.
 */
const DEFINITION_WORDS = new Set('definition definitionen definiera definieras betyder betydelse betydelsen menas'.split(' '));

/**
 * Words that name the kind of document a reader hopes for ("årsredovisning mall", "blankett för
 * samtycke") rather than what it is about. The guidance explains the subject and holds no templates
 * or forms, so these words are set aside: a page that mentions some other template in passing is no
 * answer, the page about the subject is. Compared by key, so every inflection ("mallar") counts.
 */
const DOCUMENT_KIND_KEYS = new Set(keys('mall mallar blankett blanketter formulär formulären dokumentmall checklista checklistor'));

export interface Synonym {
  /** The word the guidance uses. */
  id: string;
  /** Words, spellings and misspellings readers type instead. */
  varianter: string[];
}
export interface Concept {
  id: string;
  /** What readers type for the concept. */
  ord: string[];
  /** How the pages word it. */
  sidorna: string[];
}

/** One way a query word can be found in a text: all of `words` (weighted by how many are found). */
export interface Alternative {
  /** Words as Pagefind is given them. */
  words: string[];
  keys: string[];
  weight: number;
  /** Compared with titles and headings only, not searched in Pagefind (a concept's wording: each
   * extra word may cost the reader another part of the index to download). */
  local?: boolean;
  /** A concept's wording (content/sok/begrepp.yaml): the pages' words for it, not the reader's. */
  concept?: boolean;
  /** A compound's parts written apart: they hold the term only all together, in one text. */
  joint?: boolean;
  /** The question words that ask for a kind of answer ("hur många"), compared with headings only:
   * a heading that asks the same holds it, but nearly every page has such words in some heading. */
  asked?: boolean;
}
/** One meaningful word of the question, with the ways it may be worded on a page. */
export interface Term {
  typed: string;
  alternatives: Alternative[];
  /** A genitive ("arbetsförmedlingens ansvar") names whose thing the question is about: its subject. */
  subject?: boolean;
  /** A concept named only by question words ("hur många"): what kind of answer the question wants,
   * not what it is about. */
  kind?: boolean;
  /** One of the two things a comparison asks about (the words on either side of "vs", "och", "eller"). */
  compared?: boolean;
  /** Followed by a verb of wanting or asking (ACTOR_VERBS): who the question is from, not what it asks about. */
  actor?: boolean;
  /** The reader's own organisation ("min kommun", POSSESSIVES, ORGANISATION): whose question it is, so a page is not
   * about the question by naming it in its title (the page titled "Kommunen" for "vilka insatser finns i min kommun"). */
  own?: boolean;
  /** A word of the stop list kept as meaningful (MINOR_WORDS): it counts, but less than what the question is about. */
  minor?: boolean;
}
export interface ParsedQuery {
  /** Exact phrases, without quotes. */
  phrases: string[];
  /** The words sent to Pagefind together (the first alternative of every term). */
  words: string[];
  terms: Term[];
  /** Keys of the question's small words ("vem", "får"), which help match a heading written as a question. */
  questionKeys: string[];
  /** Keys of every word typed, small words included: what intents are matched against. */
  allKeys: string[];
  /** The question asks what a term means ("definition", "vad betyder"). */
  definition?: boolean;
  /** The reader asks about themselves ("jag", "min"): headings written to the reader ("Hur hanterar jag
   * min dubbla roll som ledamot?") answer such a question. */
  person?: boolean;
  /** The question compares two things (COMPARISON_WORDS); the two are the terms marked `compared`. */
  comparison?: boolean;
}

/** What the query is compared with besides its own words; loaded once per page from /sok/data.json. */
export interface Lexicon {
  /** Variant (as typed, and as key) → the guidance's word(s). */
  synonyms: Map<string, string>;
  /** Keys of every word the guidance uses, for splitting compounds. */
  vocabulary: Set<string>;
  concepts: Concept[];
  /** Keys of each two adjacent words of the guidance's titles, headings and terms ("eg kapital"). */
  phrases?: Set<string>;
}

export const emptyLexicon = (): Lexicon => ({ synonyms: new Map(), vocabulary: new Set(), concepts: [] });

/** A word this short (by key) is not respelt to fit a phrase: too many short words are one letter apart. */
const MIN_RESPELT = 5;

/**
 * A real word typed for another, shown by its neighbour: the word one letter from it (two swapped
 * count as one) that makes the two a phrase of the guidance ("eget kapitel" → kapital, as in the
 * term "Eget kapital"), when the pair as typed is none. Undefined when the pair stands as typed.
 */
export function respellByNeighbour(
  before: string,
  after: string,
  phrases: Set<string> | undefined,
): { word: 0 | 1; key: string } | undefined {
  if (!phrases?.size) return undefined;
  const [a, b] = [key(before), key(after)];
  if (phrases.has(`${a} ${b}`)) return undefined;
  let found: { word: 0 | 1; key: string } | undefined;
  // The guidance's word one letter from the typed one, not merely another form of it.
  const oneLetterFrom = (typed: string, word: string) =>
    word !== typed &&
    typed.length >= MIN_RESPELT &&
    word[0] === typed[0] &&
    wordMatch(typed, word) !== 1 &&
    damerau(typed, word).steps === 1;
  const { byFirst, bySecond } = phraseIndex(phrases);
  // Only the phrases that share a word with the pair can hold the other one respelt, taken in the
  // order of the set, as every phrase once was.
  const near = [...(byFirst.get(a) ?? []), ...(bySecond.get(b) ?? [])].sort((p, q) => p[0] - q[0]);
  for (const [, x, y] of near) {
    const candidate =
      x === a && oneLetterFrom(b, y)
        ? { word: 1 as const, key: y }
        : y === b && oneLetterFrom(a, x)
          ? { word: 0 as const, key: x }
          : undefined;
    // Two phrases that fit equally well: the question is ambiguous, and nothing is respelt.
    if (candidate && found && found.key !== candidate.key) return undefined;
    if (candidate) found = candidate;
  }
  return found;
}

type IndexedPhrase = [order: number, first: string, second: string];
/** The phrases of a set by their first and by their second word, made once per set (and again if it changes size). */
const phraseIndexes = new WeakMap<
  Set<string>,
  { size: number; byFirst: Map<string, IndexedPhrase[]>; bySecond: Map<string, IndexedPhrase[]> }
>();
function phraseIndex(phrases: Set<string>) {
  let index = phraseIndexes.get(phrases);
  if (!index || index.size !== phrases.size) {
    index = { size: phrases.size, byFirst: new Map(), bySecond: new Map() };
    let order = 0;
    for (const pair of phrases) {
      const [x, y] = pair.split(' ');
      const entry: IndexedPhrase = [order++, x, y];
      const first = index.byFirst.get(x) ?? [];
      first.push(entry);
      index.byFirst.set(x, first);
      const second = index.bySecond.get(y) ?? [];
      second.push(entry);
      index.bySecond.set(y, second);
    }
    phraseIndexes.set(phrases, index);
  }
  return index;
}

/** Reader variant → the guidance's own word(s), looked up by the variant as typed or by its key. */
export function synonymMap(synonyms: Synonym[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of synonyms) {
    for (const v of s.varianter) {
      map.set(normalise(v), normalise(s.id));
      if (!/\s/.test(v)) map.set(`=${key(v)}`, normalise(s.id));
    }
  }
  return map;
}

/**
 * Whether the guidance uses a word (by key, allowing an ending the stemmer left on either word):
 * "arvode" (key "arvod") is used, as the pages say "arvodet", which the stemmer keeps whole.
 */
export const known = (vocabulary: Set<string>, k: string) =>
  vocabulary.has(k) ||
  (k.length >= 5 && (vocabulary.has(k.slice(0, -1)) || vocabulary.has(k.slice(0, -2)))) ||
  (k.length >= 5 && (vocabulary.has(`${k}e`) || vocabulary.has(`${k}et`) || vocabulary.has(`${k}en`)));

/**
 * A word the guidance never uses, split into two words it does ("balanskravet" → balans, kravet),
 * allowing the linking s of Swedish compounds. The split with the longest first part wins.
 */
export function splitCompound(word: string, vocabulary: Set<string>, { evenKnown = false } = {}): string[] | undefined {
  if (word.length < 7 || vocabulary.size === 0 || (!evenKnown && known(vocabulary, key(word)))) return undefined;
  for (let i = word.length - 3; i >= 3; i--) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    // Parts are content words: "underskott" is not "under" + "skott", which would find every page.
    if (STOP_WORDS.has(head) || STOP_WORDS.has(tail)) continue;
    // The first part must be a word as it stands (or before a linking s), not merely by its stem.
    const asIs = vocabulary.has(key(head)) ? head : undefined;
    const linked = !asIs && head.endsWith('s') && head.length > 4 && vocabulary.has(key(head.slice(0, -1))) ? head.slice(0, -1) : undefined;
    if ((asIs ?? linked) && known(vocabulary, key(tail))) return [(asIs ?? linked)!, tail];
  }
  return undefined;
}

/** Letters a misspelt word may be off by and still stand for a word of the guidance, by its length. */
const typoDistance = (length: number) => (length >= 10 ? 2 : length >= 6 ? 1 : 0);

/**
 * Endings a misspelt word may keep because the stemmer no longer recognises the word: "styrelesn"
 * is "styreles" + n, which is one letter from "styrels" (the key of "styrelsen").
 */
const TYPO_ENDINGS = ['n', 'en', 'et', 'ens', 'ets', 's', 'ns', 'a', 'na', 'nas', 'er', 'ar', 'or', 'erna', 'arna'];

/**
 * The word of the guidance (its key) that a misspelt word stands for ("försäkringskasan",
 * "samordningsförbud", "styrelesn"): the nearest within a few letters, where two letters swapped
 * count as one ("ansvarsfirhet"), also after taking off an ending the stemmer left on the typo.
 * `other` leaves out the word's own key: a word that is in the guidance but that Pagefind finds
 * nowhere is looked for as the nearest other word.
 */
export function correctTypo(word: string, vocabulary: Set<string>, { other = false } = {}): string | undefined {
  const k = key(word);
  // The word as typed is a form too: the stemmer may take off letters that belong to the word
  // ("sekretes" stems to "sekret", three letters from "sekretess", which is one letter from it).
  const typed = fold(normalise(word));
  // Each form is allowed the letters its own length allows: a short stem is not guessed at because
  // the word it came from was long ("startar" → "start" is not "stort").
  const candidates: [string, number][] = [
    [k, typoDistance(k.length)],
    ...(typed !== k ? [[typed, typoDistance(typed.length)] as [string, number]] : []),
    ...TYPO_ENDINGS.filter((e) => k.endsWith(e) && k.length - e.length >= 5).map(
      (e) => [k.slice(0, -e.length), typoDistance(k.length)] as [string, number],
    ),
  ];
  const forms = candidates.filter(([, most]) => most > 0);
  let best: { key: string; d: number } | undefined;
  for (const v of vocabulary) {
    if (v[0] !== k[0] || (other && v === k)) continue;
    for (const [f, most] of forms) {
      if (Math.abs(v.length - f.length) > most) continue;
      const d = damerau(f, v).steps;
      if (d <= most && (!best || d < best.d || (d === best.d && v.length > best.key.length))) best = { key: v, d };
    }
  }
  return best?.key;
}

/** A query word this short is matched by Pagefind as the start of any longer word ("jäv" finds "JavaScript"). */
export const SHORT_WORD = 3;
/** Endings of Swedish nouns and adjectives, which Snowball does not take off a word this short. */
const SHORT_ENDINGS = new Set('a e s t en et er ar or na ns es at ens ets ers ars ors arna erna orna ena ets'.split(' '));
/** More longer words than this and checking each costs more than it saves. */
const MAX_EXTENSIONS = 12;

/**
 * The words of the guidance (keys) that start with a very short query word without being a form of
 * it or a compound made with it ("jäv" → "javascript", but not "jävet" or "jävsreglerna"): the
 * words by which Pagefind's prefix search would find pages that do not hold the query word.
 * Empty for longer words, and when there are too many to check.
 */
export function unrelatedExtensions(word: string, vocabulary: Set<string>): string[] {
  const typed = fold(normalise(word));
  if (typed.length > SHORT_WORD || /[^\p{L}]/u.test(typed)) return [];
  const k = key(word);
  // The stemmer leaves short words' endings on ("rådet", "målet"): those are the word itself.
  const inflected = (e: string) => e.startsWith(k) && SHORT_ENDINGS.has(e.slice(k.length));
  const compound = (e: string) => {
    const rest = e.slice(k.length).replace(/^s/, '');
    return e.startsWith(k) && rest.length >= 3 && known(vocabulary, rest);
  };
  const unrelated = [...vocabulary].filter((e) => e.startsWith(typed) && e !== k && wordMatch(k, e) !== 1 && !inflected(e) && !compound(e));
  return unrelated.length <= MAX_EXTENSIONS ? unrelated : [];
}

// With å, ä and ö as typed: a word typed with them matches only words spelt with them (wordMatch).
const alt = (words: string[], weight: number, local = false): Alternative => ({
  words,
  keys: words.map(exactKey),
  weight,
  ...(local ? { local } : {}),
});
/** A concept's wording is compared with headings only, so its question words stay: "vad gör"
 * matches the heading "Vad gör förbundschefen?". */
const wordingWords = (text: string) => tokens(text).filter((w) => !STOP_WORDS.has(w) || QUESTION_WORDS.has(w));

/**
 * Concepts whose reader words all occur among the question's keys (one word or several). A concept
 * whose words in the question are all words of another concept's phrases, which hold more of the
 * question, is a part of that one's wording and does not apply: "får jobb efter insatsen" is about
 * results ("får jobb", "efter insatsen"), not about working in an insats ("jobba insats"), though
 * "jobb" and "insatsen" are its words too.
 */
export function matchConcepts(allKeys: string[], concepts: Concept[]): Concept[] {
  const matched = concepts.flatMap((c) => {
    const held = c.ord.map(keys).filter((o) => holdsAll(o, allKeys));
    return held.length ? [{ concept: c, words: allKeys.filter((k) => held.some((o) => o.some((x) => wordMatch(x, k) === 1))) }] : [];
  });
  const within = (a: string[], b: string[]) => a.every((k) => b.includes(k));
  return matched
    .filter((m) => !matched.some((o) => o !== m && o.words.length > m.words.length && within(m.words, o.words)))
    .map((m) => m.concept);
}

const conceptWordCache = new WeakMap<Concept[], Set<string>>();
/** The keys of the one-word reader words of the concepts (begrepp.yaml, `ord`). */
function conceptWords(concepts: Concept[]): Set<string> {
  let words = conceptWordCache.get(concepts);
  if (!words) {
    words = new Set(
      concepts.flatMap((c) =>
        c.ord
          .map(keys)
          .filter((o) => o.length === 1)
          .map(([k]) => k),
      ),
    );
    conceptWordCache.set(concepts, words);
  }
  return words;
}

/** Small words that say whose or which, not what is done: "min kommun" is another name for the
 * reader's own organisation as a whole. */
const DETERMINERS = new Set([...FIRST_PERSON, ...'vår vårt våra vems'.split(' ')]);

/**
 * A phrase that leads with small words of its own meaning ("gå med förbund", "bli medlem", "efter
 * insatsen": a verb and its particle, a preposition) says what is done to, or happens around, the
 * thing it names, not another name for it: "förbundet" in "ny kommun vill gå med i förbundet" is
 * still a förbund, and joining is a part of the question of its own. Small words that ask ("får",
 * "vad") or say whose ("min kommun") carry no such meaning; nor does one between two content words
 * ("ansökan om insats" is one name).
 */
function leadsWithMeaning(phrase: string): boolean {
  const words = tokens(phrase);
  const first = words.findIndex((w) => !STOP_WORDS.has(w));
  return first > 0 && words.slice(0, first).some((w) => !QUESTION_WORDS.has(w) && !DETERMINERS.has(w));
}

/** The concept's reader phrases that the question holds and that name a term of it (see leadsWithMeaning). */
function conceptPhrases(concept: Concept, allKeys: string[]): string[] {
  return concept.ord.filter((o) => holdsAll(keys(o), allKeys) && !leadsWithMeaning(o));
}

/** The concept's reader phrases made of question words that the question holds ("hur många"):
 * where there are any, the question names the concept by question words alone. */
const askedWordings = (concept: Concept, allKeys: string[]) =>
  concept.ord.filter((o) => tokens(o).every((w) => QUESTION_WORDS.has(w)) && holdsAll(keys(o), allKeys)).map(tokens);

export function parseQuery(raw: string, lexicon: Lexicon = emptyLexicon()): ParsedQuery {
  const { synonyms, vocabulary, concepts } = lexicon;
  const phrases: string[] = [];
  const unquoted = normalise(raw).replace(/["”“]([^"”“]+)["”“]/g, (_, p: string) => {
    if (p.trim()) phrases.push(p.trim());
    return ' ';
  });
  // A reader's phrase ("pengar över") is the guidance's word before its small words are set aside.
  const rest = withPhraseSynonyms(unquoted, synonyms);
  const terms: Term[] = [];
  const questionKeys: string[] = [];
  const allKeys: string[] = [];
  let definition = false;
  let person = false;
  const typedWords: string[] = [];
  // Where a comparison's two sides part: the number of terms before the splitting word.
  const comparison: { marked: boolean; split?: number; joins: number[] } = { marked: false, joins: [] };
  const markerKeys: string[] = [];
  // Hyphenated forms ("esf-projekt") are looked up whole before they are split into words.
  for (const token of rest.replace(/:s\b/g, '').match(QUERY_TOKEN) ?? []) {
    const bare = token.replace(/[+-]+$/, '');
    const mapped = synonyms.get(token) ?? synonyms.get(bare) ?? (bare.includes('-') ? undefined : synonyms.get(`=${key(bare)}`));
    const parts = mapped ? [token] : token.split('-').filter(Boolean);
    for (const part of parts) {
      const word = unfoldSmall(part.replace(/^[+-]+|[-]+$/g, ''));
      if (!word) continue;
      // A variant stands for the guidance's word in intents and concepts too ("styrelseledamöter": "styrelsen").
      allKeys.push(...keys(word), ...(mapped ? keys(mapped) : []));
      typedWords.push(word);
      const [beforePrevious, previous] = typedWords.slice(-3, -1);
      if (COMPARISON_WORDS.has(word)) {
        comparison.marked = true;
        if (SPLITS_BY_ITSELF.has(word) && comparison.split === undefined) comparison.split = terms.length;
        questionKeys.push(key(word));
        markerKeys.push(...keys(word), ...(mapped ? keys(mapped) : []));
        continue;
      }
      if (COMPARISON_JOINS.has(word)) comparison.joins.push(terms.length);
      if (DEFINITION_WORDS.has(word) && !mapped) {
        definition = true;
        continue;
      }
      if (DOCUMENT_KIND_KEYS.has(key(word)) && !mapped) continue;
      if (STOP_WORDS.has(word) && !mapped) {
        if (QUESTION_WORDS.has(word)) questionKeys.push(key(word));
        if (FIRST_PERSON.has(word)) person = true;
        continue;
      }
      if (terms.some((t) => t.typed === word)) continue;
      const alternatives: Alternative[] = [];
      if (mapped) {
        alternatives.push(alt(mapped.split(/\s+/), 1));
        // The reader's own word too, at a lower weight: a synonym may be wrong for this question.
        // A misspelling or a word the guidance never uses is compared with headings only: searched
        // in Pagefind it would cost a download and match by mere prefix.
        const unusedVariant = vocabulary.size > 0 && !known(vocabulary, key(word));
        if (!word.includes('-') && key(word) !== key(mapped)) alternatives.push(alt([word], 0.8, unusedVariant));
      } else {
        const split = splitCompound(word, vocabulary);
        // A word the guidance never uses is not sent to Pagefind, which would match any page with a
        // word it starts with ("underskott" → "under"); titles and headings are still compared.
        const unused = vocabulary.size > 0 && !/[\d+]/.test(word) && !known(vocabulary, key(word));
        alternatives.push(alt([word], 1, unused));
        if (split) alternatives.push(alt(split, 0.9));
        // A compound the guidance uses may still be written apart in the heading that answers
        // ("jäv styrelsemöte" and "Hur går styrelsens möten till?"): its parts, together, are another
        // wording in titles and headings (not searched, so no part of the index is downloaded).
        const apart = !split && !unused ? splitCompound(word, vocabulary, { evenKnown: true }) : undefined;
        if (apart) alternatives.push({ ...alt(apart, 0.9, true), joint: true });
        // A misspelling of a word the guidance uses is searched as that word (its key, which
        // Pagefind matches by prefix as it does any word), also beside a split ("beredingsgruppen"
        // is not "bered" + "grupp").
        // A word editors have written down as a reader's word for a concept ("remiss") is no misspelling:
        // guessed at, "remiss" became "revis" and found only the revisors (review 27).
        const corrected = unused && !conceptWords(concepts).has(key(word)) ? correctTypo(word, vocabulary) : undefined;
        if (corrected) alternatives.push({ words: [corrected], keys: [corrected], weight: 0.9 });
      }
      const genitive =
        /(en|et|an|na)s$/.test(word) && word.length >= 6 && (vocabulary.size === 0 || known(vocabulary, key(word.slice(0, -1))));
      // "vad gör styrelsen", "vem är förbundschef": the word after the verb is whom the question is about.
      const named = SUBJECT_VERBS.has(previous ?? '') && QUESTION_WORDS.has(beforePrevious ?? '');
      terms.push({
        typed: word,
        alternatives,
        ...(genitive || named ? { subject: true } : {}),
        ...(MINOR_WORDS.has(word) && !mapped ? { minor: true } : {}),
      });
    }
  }
  const owned = ownedByReader(typedWords);
  for (const t of terms) if (owned.has(t.typed)) t.own = true;
  for (const [i, word] of typedWords.entries()) {
    const term = ACTOR_VERBS.has(typedWords[i + 1] ?? '') ? terms.find((t) => t.typed === word) : undefined;
    if (term) term.actor = true;
  }
  respellPairs(typedWords, terms, lexicon.phrases);
  markCompared(terms, comparison);
  const typedTerms = [...terms];
  // Concepts widen the term that names them with the words the pages use instead. A comparison's
  // own words are no concept: they are the question's form.
  const conceptKeys = markerKeys.length ? allKeys.filter((k) => !markerKeys.includes(k)) : allKeys;
  for (const concept of matchConcepts(conceptKeys, concepts)) {
    const wordings = concept.sidorna
      .map(wordingWords)
      .filter((w) => w.length)
      .map((w) => ({ ...alt(w, 0.9, true), concept: true as const }));
    // Every word of the reader's phrase ("pengar kvar") may be worded as the pages do: of a phrase
    // the question holds, not of another phrase of the concept ("lämna förbundet" says nothing of
    // "förbundet" in "gå ur förbundet").
    const held = conceptPhrases(concept, conceptKeys).map(keys);
    const targets = terms.filter((t) => held.some((o) => o.some((k) => wordMatch(k, key(t.typed)) === 1)));
    for (const target of targets)
      target.alternatives.push(
        ...wordings.map((w) =>
          withoutOtherTerms(
            w,
            typedTerms.filter((t) => !targets.includes(t)),
          ),
        ),
      );
    // Named only by small words, the concept is a part of the question of its own: by question
    // words ("hur många") the kind of answer wanted, by other small words ("gå ur") what the
    // question is about.
    if (!targets.length && wordings.length) {
      // A heading that asks the same ("Hur många samordningsförbund finns det?") holds the kind of
      // answer wanted in the reader's own words, not only in the pages' wording ("statistik").
      const asAsked = askedWordings(concept, conceptKeys).map((w) => ({ ...alt(w, 1, true), asked: true as const }));
      const kind = asAsked.length > 0;
      terms.push({ typed: concept.id, alternatives: [...asAsked, ...wordings], ...(kind ? { kind: true } : {}) });
    }
  }
  // A question made only of small words ("vad är det") is searched as typed rather than not at all.
  if (terms.length === 0 && phrases.length === 0) {
    for (const token of tokens(rest))
      if (!terms.some((t) => t.typed === token)) terms.push({ typed: token, alternatives: [alt([token], 1)] });
  }
  const words = [...new Set(terms.flatMap((t) => (t.alternatives[0].local ? [] : t.alternatives[0].words)))];
  return {
    phrases,
    words,
    terms,
    questionKeys,
    allKeys,
    ...(definition ? { definition } : {}),
    ...(person ? { person } : {}),
    ...(terms.some((t) => t.compared) ? { comparison: true } : {}),
  };
}

/**
 * A concept's wording for the terms that name it, without the words that are the question's other
 * terms (`others`, outside the concept's phrases): "leder insatserna till" stands for "jobb" in "hur
 * många får jobb efter insatsen", where "insatsen" is a term of its own, so a heading that holds
 * only "insatser" ("Hur många insatser av varje slag finansieras?") does not hold "jobb" in part as
 * well. Kept whole when nothing else would be left but small words.
 */
function withoutOtherTerms(wording: Alternative, terms: Term[]): Alternative {
  const others = terms.map((t) => key(t.typed));
  const kept = wording.words.map((_, i) => !others.some((o) => wordMatch(o, wording.keys[i]) === 1));
  if (kept.every(Boolean) || !wording.words.some((w, i) => kept[i] && !STOP_WORDS.has(w))) return wording;
  return { ...wording, words: wording.words.filter((_, i) => kept[i]), keys: wording.keys.filter((_, i) => kept[i]) };
}

/**
 * The words that name the reader's own organisation: one (ORGANISATION) after a possessive ("min
 * kommun", "vår region"), and "egen" and its forms between the two ("min egen organisation").
 */
function ownedByReader(typedWords: string[]): Set<string> {
  const owned = new Set<string>();
  typedWords.forEach((word, at) => {
    if (!namesOrganisation(word)) return;
    let i = at - 1;
    while (i >= 0 && OWN.has(typedWords[i])) i--;
    if (i >= 0 && POSSESSIVES.has(typedWords[i])) for (const w of typedWords.slice(i + 1, at + 1)) owned.add(w);
  });
  return owned;
}

/** Weight of a word respelt to fit its neighbour: the word as typed may be meant after all. */
const RESPELT_WEIGHT = 0.9;

/** Each term whose word, respelt by one letter, makes a phrase of the guidance with its neighbour
 * gets the respelt word as another wording (see respellByNeighbour). */
function respellPairs(typedWords: string[], terms: Term[], phrases: Set<string> | undefined) {
  if (!phrases?.size) return;
  for (let i = 1; i < typedWords.length; i++) {
    const pair = [typedWords[i - 1], typedWords[i]];
    const respelt = respellByNeighbour(pair[0], pair[1], phrases);
    const term = respelt && terms.find((t) => t.typed === pair[respelt.word]);
    // Both words must mean something: a question word's neighbour ("hur startar") is no phrase's
    // second half ("hur stort").
    const neighbour = respelt && terms.find((t) => t.typed === pair[1 - respelt.word]);
    if (!term || !neighbour || term.alternatives.some((a) => a.keys.length === 1 && a.keys[0] === respelt.key)) continue;
    term.alternatives.push({ words: [respelt.key], keys: [respelt.key], weight: RESPELT_WEIGHT });
  }
}

/**
 * The two things a comparison asks about: the terms either side of where it splits ("vs", or the
 * first "och"/"eller"/"från" with terms on both sides: "skillnad mellan ordinarie ledamot och
 * ersättare" compares ledamot and ersättare). A word after both ("insatser" in "individinriktade vs
 * strukturövergripande insatser") belongs to both sides and is not marked. Without a comparison
 * word, "eller" is no comparison: "representerar jag kommunen eller förbundet" asks about one role.
 */
function markCompared(terms: Term[], comparison: { marked: boolean; split?: number; joins: number[] }) {
  if (!comparison.marked) return;
  const split = comparison.split ?? comparison.joins.find((j) => j > 0 && j < terms.length);
  if (split === undefined || split <= 0 || split >= terms.length) return;
  terms[split - 1].compared = true;
  terms[split].compared = true;
}

/** Every distinct word the query's terms may be found by, each searched on its own in Pagefind. */
export function searchWords(q: ParsedQuery): string[] {
  return [...new Set(q.terms.flatMap((t) => t.alternatives.filter((a) => !a.local).flatMap((a) => a.words)))];
}

/** The query string for Pagefind: phrases in quotes, then words. */
export function toPagefindQuery(q: ParsedQuery, words: string[] = q.words): string {
  return [...q.phrases.map((p) => `"${p}"`), ...words].join(' ');
}
