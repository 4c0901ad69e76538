// Pagefind's excerpts as a result shows them. A section's text in Pagefind's index begins with its
// heading, so the excerpt of a section often starts with the heading, whole or its last words
// ("prövningen av ansvarsfrihet till? Revisionsberättelsen …"), right under the same heading shown
// as the result's section line: the reader would read it twice.
import { escapeHtml } from './highlight.ts';
import { withoutSoftHyphens } from '../hyphenate.ts';
import { withoutReaderQuestions } from './reader-questions.ts';

/**
 * Source markers that reach an excerpt from pages built before they were kept out of the index; and
 * the soft hyphens the site puts in long words of page titles and table cells (hyphenate.ts): in
 * Pagefind's text of a page they came into excerpts ("Försäkrings\u00adkassan. Försäkringskassan är
 * …"), where the page's title, so written, was not seen as the title and stayed in the snippet, a
 * query word inside it was not highlighted, and a copied snippet carried the invisible character (u23).
 * And the reader questions indexed with a heading (reader-questions.ts), which no page shows.
 */
export const cleanExcerpt = (html: string) =>
  withoutReaderQuestions(withoutSoftHyphens(html))
    .replace(/\[\d+\]/g, '')
    .replace(/\s{2,}/g, ' ');

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
/** A word as compared: lowercased, without the punctuation around it. */
const bare = (w: string) => w.toLocaleLowerCase('sv').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/** Punctuation that ends a heading written as a question or a lead-in ("till?", "Förslag:"). */
const ENDS_HEADING = /[?!:]$/;

/** The excerpt's words with where each begins and ends in the HTML (tags are not words). */
function wordsOf(html: string): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  let current = '';
  let start = 0;
  let i = 0;
  const flush = () => {
    if (current) words.push({ word: decode(current), start, end: i });
    current = '';
  };
  while (i < html.length) {
    if (html[i] === '<') {
      const close = html.indexOf('>', i);
      if (close < 0) break;
      // A tag before a word's first letter belongs to the word (<mark>Styrelsen</mark>).
      if (!current) start = i;
      i = close + 1;
      continue;
    }
    if (/\s/.test(html[i])) flush();
    else {
      if (!current && (i === 0 || html[i - 1] !== '>')) start = i;
      current += html[i];
    }
    i += 1;
  }
  flush();
  return words;
}

/**
 * How many words at the start of the excerpt repeat the end of the heading. A match counts when it
 * is the whole heading, at least two words, or one word that ends the heading with its own mark
 * ("till?"): a single ordinary word may as well begin the text.
 */
function repeatedWords(excerpt: string[], heading: string[]): number {
  for (let n = Math.min(heading.length, excerpt.length); n >= 1; n--) {
    const tail = heading.slice(-n);
    if (!tail.every((w, i) => bare(w) === bare(excerpt[i])) || tail.every((w) => bare(w) === '')) continue;
    const last = heading[heading.length - 1];
    if (n === heading.length || n >= 2 || (ENDS_HEADING.test(last) && excerpt[n - 1].endsWith(last.slice(-1)))) return n;
  }
  return 0;
}

/**
 * The excerpt without the heading (or the end of it) it starts with, for each heading shown with
 * the result (the section's, the page's title). Markup the cut leaves open or dangling is dropped.
 */
export function withoutHeading(html: string, headings: (string | undefined)[]): string {
  let out = html.trimStart();
  for (const heading of headings) {
    if (!heading) continue;
    const words = wordsOf(out);
    const n = repeatedWords(
      words.map((w) => w.word),
      heading.split(/\s+/).filter(Boolean),
    );
    // An excerpt that is nothing but the heading keeps it: an empty snippet says less.
    if (n === 0 || n === words.length) continue;
    out = out.slice(words[n - 1].end).replace(/^(?:\s|<\/[^>]+>)+/, '');
  }
  return out;
}

/** Where a sentence may end: a reader sees the excerpt is whole there. */
const ENDS_SENTENCE = /[.!?:)”"]$/u;

/**
 * An excerpt is a window of about thirty words into the page: it mostly begins and ends inside a
 * sentence. "…" says so where it does ("får besluta att …"), so a cut reads as a cut, not as the
 * page's own odd wording (review 14).
 */
export function withEllipses(html: string): string {
  const text = html.replace(/<[^>]*>/g, '').trim();
  if (!text) return html;
  const start = /^\p{Ll}/u.test(text) ? '… ' : '';
  const end = ENDS_SENTENCE.test(text) ? '' : ' …';
  return `${start}${html.trim()}${end}`;
}

/** How many words Pagefind's excerpt holds (its default): the length a settled excerpt keeps to. */
export const EXCERPT_WORDS = 30;
/** Words that turn what the sentence before said: a "men …" left out would leave half the answer. */
const CONTRAST = /^(?:men|däremot|dock|ändå)(?=[\s,.;:!?]|$)/iu;
/** A word that ends a sentence, before a word that may begin one. */
const SENTENCE_END = /[.!?][”")]?$/u;
const STARTS_SENTENCE = /^[\p{Lu}”"(]/u;
/** A cut sentence is finished from the page when at most this many of its words are missing. */
const FINISH_AT_MOST = 8;
/** A turning sentence or clause is added when it is at most this share of the budget. */
const TURN_AT_MOST = 2 / 3;

const plainText = (html: string) =>
  decode(html.replace(/<[^>]*>/g, ''))
    .replace(/\[\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The page's text after the excerpt, found in the page's whole text (Pagefind's `content`): what a
 * settled excerpt may go on with. '' when the excerpt cannot be found there, once.
 */
export function textAfter(content: string, excerptHtml: string): string {
  const body = withoutReaderQuestions(withoutSoftHyphens(content))
    .replace(/\[\d+\]/g, '')
    .replace(/\s+/g, ' ');
  const text = plainText(excerptHtml);
  if (!text) return '';
  let at = body.indexOf(text);
  let length = text.length;
  if (at < 0 || body.indexOf(text, at + 1) >= 0) {
    // Whitespace or an entity may differ at the start: the excerpt's last words, found once, do.
    const tail = text.split(' ').slice(-8).join(' ');
    at = body.indexOf(tail);
    length = tail.length;
    if (at < 0 || body.indexOf(tail, at + 1) >= 0) return '';
  }
  return body.slice(at + length).trim();
}

/**
 * Where a sentence ends among words: the index of each word that ends one (a full stop before a
 * word that may begin a sentence, so "2 kap. 3 §" goes on).
 */
function sentenceEnds(words: string[], next?: string): number[] {
  const ends: number[] = [];
  words.forEach((w, i) => {
    const following = i + 1 < words.length ? words[i + 1] : next;
    if (SENTENCE_END.test(w) && (following === undefined || STARTS_SENTENCE.test(following))) ends.push(i);
  });
  return ends;
}

/**
 * A Pagefind excerpt, a window of some thirty words, settled where the reader can trust it: it was
 * cut anywhere, and a cut before a "men" ("…ger insatser för unga särskild prioritet. Myndigheterna
 * …" where the page goes on to the opposite) showed half an answer (review of /sok/).
 * - A sentence cut near its end is finished from the page (`after`, the text that follows).
 * - Else a sentence merely begun at the end is left out, so the excerpt ends where a sentence does,
 *   unless it begins with a word that turns what came before ("Men …", "Däremot …"): then it is
 *   finished instead, when it is short enough.
 * - An excerpt that ends a sentence goes on with the next one when that begins with such a word.
 * Words taken on at the end are taken off at the start, so the excerpt stays as long as it was (at
 * least EXCERPT_WORDS words may be shown). `mark` renders added text (escaped, the query's words marked).
 */
export function settleExcerpt(html: string, after: string, mark: (text: string) => string = escapeHtml): string {
  const words = wordsOf(html);
  const n = words.length;
  if (!n) return html;
  const budget = Math.max(n, EXCERPT_WORDS);
  const next = after.split(/\s+/).filter(Boolean);
  const ends = sentenceEnds(
    words.map((w) => w.word),
    next[0],
  );
  const nextEnds = sentenceEnds(next);
  /** Where the sentence that begins at next[from] ends, as a count of next's words; -1 if not there. */
  const endFrom = (from: number) => (nextEnds.find((e) => e >= from) ?? -2) + 1;
  // An excerpt that ends as a sentence may ("parterna:", "(2023)") is whole at its end already.
  const last = ENDS_SENTENCE.test(words[n - 1].word) ? n - 1 : ends.length ? ends[ends.length - 1] : -1;
  /** Where the kept words begin, when `keep` of them and `added` words of the page are shown: words
   * taken on at the end are taken off at the start, and a sentence that begins a few words later is a
   * better start than a word inside one. */
  const startFor = (keep: number, added: number) => {
    const from = Math.max(0, keep + added - budget);
    return from > 0 ? (ends.map((e) => e + 1).find((s) => s >= from && s - from <= 4 && s < keep) ?? from) : 0;
  };
  /** Whether a word the query matched (<mark>) is among the first `count` words. */
  const marksBefore = (count: number) => words.slice(0, count).some((w) => html.slice(w.start, w.end).includes('<mark'));
  let keep = n;
  let added = 0;
  if (last < n - 1) {
    // The excerpt ends inside a sentence: words[last + 1 …] and next[0 … rest) are that sentence.
    // It may end at a colon too: "Följande får dock inte delegeras:" before a list is whole enough.
    const colon = next.findIndex((w) => /:$/.test(w));
    const rest = colon >= 0 && (endFrom(0) <= 0 || colon + 1 < endFrom(0)) ? colon + 1 : endFrom(0);
    const begun = words.slice(last + 1).map((w) => w.word);
    const turned = [...begun, ...next.slice(0, Math.max(rest, 0))].some((w) => CONTRAST.test(w));
    // Finishing it must not push a word the reader searched for off the start, unless it turns.
    const finish = rest > 0 && (turned ? rest <= budget * TURN_AT_MOST : rest <= FINISH_AT_MOST && !marksBefore(startFor(n, rest)));
    if (finish) added = rest;
    // A sentence that turns is never left out: cut, it still says that something follows.
    else if (!turned && last >= 0 && last + 1 >= budget / 2) keep = last + 1;
  }
  if (keep === n && (last === n - 1 || added > 0) && CONTRAST.test(next[added] ?? '')) {
    // The next sentence turns what the excerpt ends with.
    const end = endFrom(added);
    if (end > added && end - added <= budget * TURN_AT_MOST) added = end;
  }
  if (keep === n && added === 0) return html;
  const from = startFor(keep, added);
  const head = html.slice(from > 0 ? words[from].start : 0, words[keep - 1].end);
  const tail = added ? ` ${mark(next.slice(0, added).join(' '))}` : '';
  return `${head.trim()}${closeTags(head)}${tail}`;
}

/** Closes the tags a cut leaves open (a <mark> whose word was cut off at the end). */
function closeTags(html: string): string {
  const open: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/gi)) {
    if (close) open.pop();
    else open.push(name);
  }
  return open
    .reverse()
    .map((t) => `</${t}>`)
    .join('');
}
