// Swedish words as search compares them: one key per word, from the Snowball Swedish stemmer
// (@orama/stemmers), so "styrelsens", "styrelsen" and "styrelse" are the same word wherever search
// compares words: the query, synonyms, concepts, intents, glossary terms, FAQ questions, headings.
import { stemmer } from '@orama/stemmers/swedish';

export const normalise = (s: string) => s.toLocaleLowerCase('sv').normalize('NFC');

/** At most this many words are remembered by each remembered function; then it starts afresh. */
export const REMEMBERED_WORDS = 50_000;

/**
 * A pure function of a word, remembered: ranking compares the same few thousand words (the pages'
 * titles and headings, the question's words) for every question typed, and folding or stemming each
 * anew was half of the time /sok/ spent on its own work (npm run bench, issue #17). The answer for
 * a word never changes, so a remembered one is never stale; the memory is bounded.
 */
export function remembered<T>(f: (s: string) => T, limit = REMEMBERED_WORDS): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    let value = known.get(s);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = f(s);
      known.set(s, value);
    }
    return value;
  };
}

/** å, ä, ö and é folded away after stemming, as Pagefind does: "forbundschef" is "förbundschef". */
export const fold = remembered((s: string) => s.normalize('NFD').replace(/\p{M}/gu, ''));

/** A token of a question as parseQuery reads it: letters, digits, "+" and hyphenated forms whole ("esf-projekt"). */
export const QUERY_TOKEN = /[\p{L}\p{N}+-]+/gu;

/** The words of a text, lowercased; "SKR:s" is "skr" (a genitive after a colon is no word of its own). */
export function tokens(text: string): string[] {
  return normalise(text)
    .replace(/:s\b/g, '')
    .split(/[^\p{L}\p{N}+]+/u)
    .map((t) => t.replace(/^\++|\++$/g, (m, i) => (i === 0 ? '' : m)))
    .filter(Boolean);
}

/**
 * Nouns in -else, in any inflection: Snowball takes "els" off them too, which makes "styrelsen" the
 * stem of the verb "styra" ("Vad kan Försäkringskassan inte styra?" is no heading about the board).
 */
const ELSE_NOUN = /^(.{3,}els)e(?:n|ns|r|rna|rnas|rs|s)?$/;
/**
 * Nouns in -ande/-ende, in any inflection: Snowball takes "ande" off "ordförande" but only "ens"
 * off "ordförandens". The part before it is kept when it is long enough not to be some other word
 * ("sambandet" is no -ande noun).
 */
const ANDE_NOUN = /^(.{5,})[ae]nde(?:n|ns|s|t|ts|na|nas)?$/;
/**
 * A verbal noun in -ing is compared as its verb, which Snowball leaves apart: "delegering" is
 * "delegera", "finansiering" "finansiera", "granskning" "granska" (the n left over is an ending,
 * see wordMatch). At least four letters stay, so "mening" is not "men".
 */
const VERBAL_NOUN = /^(.{4,}[^aeiouyåäö])ing$/;

/**
 * Adjectives in -en, which lose the e before an ending: "egen", "eget", "egna", "egna kapitalet".
 * Snowball keeps the short forms whole and takes only the a off the plural ("egen", "eget", "egn"),
 * so "eget kapital" would not find "Hur stort får förbundets egna kapital vara?". A closed class in
 * Swedish; the stems listed are those a question about this guidance may hold.
 */
const EN_ADJECTIVE = /^(eg|öpp|vux|mog|vak|nak|trog|beläg|benäg|angeläg|förmög|sug)(?:en|et|na|ne|nas)$/;

/** The comparison key of one word: its Snowball stem, diacritics folded. */
export const key = remembered((word: string): string => fold(exactKey(word)));

/**
 * A word's key with its å, ä, ö kept: what a text's words are compared by, so that a reader who
 * typed "ändra" is not shown "Andra aktörer" (see wordMatch). Lookups in word lists use key().
 */
export const exactKey = remembered(stemmed);

function stemmed(word: string): string {
  const w = normalise(word).replace(/\+/g, '');
  const adjective = EN_ADJECTIVE.exec(w);
  if (adjective) return adjective[1];
  const noun = ELSE_NOUN.exec(w);
  if (noun) return noun[1];
  const participle = ANDE_NOUN.exec(w);
  if (participle) return participle[1];
  const stem = stemmer(w);
  return VERBAL_NOUN.exec(stem)?.[1] ?? stem;
}

/** Whether a key holds å, ä, ö (or another letter with a mark): the reader typed them. */
export const marked = (k: string) => fold(k) !== k;

/**
 * What the stemmer may leave on one form of a word and not on another ("kassan" and "kass"), and the
 * d of a past participle, which it keeps: "anställda" (anställd) is who the verb "anställa" (anställ)
 * took on, so "anställa personal" holds the heading "Vad gäller för förbundets anställda?".
 */
const LEFT_ENDINGS = new Set('a d e n s t ad an ar at en er es et na ns or'.split(' '));

const keysOf = remembered((text: string) => tokens(text).map(key));
const exactKeysOf = remembered((text: string) => tokens(text).map(exactKey));
/** The keys of a text (a list of its own, which the caller may change). */
export const keys = (text: string) => keysOf(text).slice();
/** The keys of a text with å, ä and ö kept (exactKey): titles, headings and descriptions. */
export const exactKeys = (text: string) => exactKeysOf(text).slice();

/**
 * How well a query word's key matches a word of a text (`word`, a key or an exactKey): 1 for the same word, also when the stemmer
 * left an ending on one of them ("kassan", "kass"), but not when the longer word goes on with
 * other letters ("styrel" is not "styr"); 0.5 when it is part of a compound ("ledamot" in
 * "styrelseledamot"); 0 otherwise.
 */
export function wordMatch(q: string, word: string): number {
  // Folded unless the reader typed å, ä or ö: "forbundsordning" finds "förbundsordning", but
  // "ändra" (ändr) does not find "andra" (andr), another word spelt without them.
  const d = marked(q) ? word : fold(word);
  if (q === d) return 1;
  const [short, long] = q.length <= d.length ? [q, d] : [d, q];
  if (short.length >= 4 && long.startsWith(short) && LEFT_ENDINGS.has(long.slice(short.length))) return 1;
  if (q.length >= 4 && d.length > q.length && (d.startsWith(q) || d.endsWith(q))) return 0.5;
  return 0;
}

/** The best match of a query key among the keys of a text. */
export function bestMatch(q: string, text: string[]): number {
  let best = 0;
  for (const d of text) {
    const m = wordMatch(q, d);
    if (m > best) best = m;
    if (best === 1) break;
  }
  return best;
}

/** Every one of the keys is a word of the text, in some form (bestMatch 1): a phrase held whole. */
export const holdsAll = (ks: string[], text: string[]) => ks.every((k) => bestMatch(k, text) === 1);
