// Pagefind's excerpts as a result shows them. A section's text in Pagefind's index begins with its
// heading, so the excerpt of a section often starts with the heading, whole or its last words
// ("prövningen av ansvarsfrihet till? Revisionsberättelsen …"), right under the same heading shown
// as the result's section line: the reader would read it twice.
import { escapeHtml, unescapeHtml } from './highlight.ts';
import { withoutSoftHyphens } from '../hyphenate.ts';
import { withoutReaderQuestions } from './reader-questions.ts';
import { PROPOSAL_CLOSE, PROPOSAL_OPEN } from './proposal-marks.ts';
import { remembered } from './words.ts';
import { UNLISTED_COLON } from './separator-marks.ts';

/** The marks around a proposal box's text (proposal-marks.ts). */
const PROPOSAL_MARK = new RegExp(`[${PROPOSAL_OPEN}${PROPOSAL_CLOSE}]`, 'g');

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
    .replace(PROPOSAL_MARK, '')
    .replace(/\[\d+\]/g, '')
    .replace(/\s{2,}/g, ' ');

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
    if (current) words.push({ word: unescapeHtml(current), start, end: i });
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

type ExcerptWord = ReturnType<typeof wordsOf>[number];
/** The words the query matched (<mark>) among `some` words of `html`, as compared. */
const markedWords = (html: string, some: ExcerptWord[]) =>
  new Set(some.filter((w) => html.slice(w.start, w.end).includes('<mark')).map((w) => bare(w.word)));
/** Whether `some` words of `html` hold a matched word that `others` do not. */
const marksOnly = (html: string, some: ExcerptWord[], others: ExcerptWord[]) => {
  const theirs = markedWords(html, others);
  return [...markedWords(html, some)].some((w) => !theirs.has(w));
};

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

/** Where a sentence may end: a reader sees the excerpt is whole there, or "…" says more follows already. */
const ENDS_SENTENCE = /[.!?)”"…]$/u;
/**
 * Abbreviations that end with a full stop inside a sentence ("enligt 11 kap. kommunallagen", "bl.a.
 * Försäkringskassan"): a full stop after one ends no sentence, and an excerpt that ends with one is
 * cut ("Genom en hänvisning i 21 § till 11 kap." read as whole, review of /sok/).
 */
const ABBREVIATION =
  /^\(?(?:kap|st|p|nr|resp|ca|bl\.a|t\.ex|t\.o\.m|m\.fl|dvs|d\.v\.s|enl|jfr|s|prop|sfs|ang|inkl|exkl|fr\.o\.m|o\.d|s\.k|f\.d|p\.g\.a|pga|bet|dir|skr)\.$/iu;
/** Whether a word is a common Swedish abbreviation ending with a full stop. */
export const isAbbreviation = (word: string) => ABBREVIATION.test(word.replace(/<[^>]*>/g, ''));
/** Whether a word ends a sentence the reader sees as whole. */
const endsWhole = (word: string) => ENDS_SENTENCE.test(word) && !isAbbreviation(word);

/**
 * An excerpt is a window of about thirty words into the page: it mostly begins and ends inside a
 * sentence. "…" says so where it does ("får besluta att …"), so a cut reads as a cut, not as the
 * page's own odd wording (review 14).
 */
export function withEllipses(html: string, midSentence?: boolean): string {
  const text = html.replace(/<[^>]*>/g, '').trim();
  if (!text) return html;
  // Where the page's text is at hand, it says whether a sentence begins here (openSentence); else a
  // small first letter does.
  const start = (midSentence ?? /^\p{Ll}/u.test(text)) ? '… ' : '';
  const end = endsWhole(text.split(/\s+/).pop() ?? '') ? '' : ' …';
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
  unescapeHtml(html.replace(/<[^>]*>/g, ''))
    .replaceAll(UNLISTED_COLON, ':')
    .replace(/\[\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The page's whole text as excerpts are compared with it: one line, without note marks, soft hyphens,
 * reader questions or the marks of proposal boxes; and where in it each proposal box's text stands.
 * Remembered for the pages shown: textAfter and openSentence both read it for every result.
 */
const bodyOf = remembered(readBody, 8);
function readBody(content: string): { text: string; proposals: [number, number][] } {
  const raw = withoutReaderQuestions(withoutSoftHyphens(content))
    .replaceAll(UNLISTED_COLON, ':')
    .replace(/\[\d+\]/g, '')
    .replace(/\s+/g, ' ');
  let text = '';
  let last = 0;
  let open = -1;
  const proposals: [number, number][] = [];
  for (const m of raw.matchAll(PROPOSAL_MARK_SPACED)) {
    text += raw.slice(last, m.index) + (m.index > 0 && m.index + m[0].length < raw.length ? ' ' : '');
    last = m.index + m[0].length;
    if (m[1] === PROPOSAL_OPEN) open = text.length;
    else if (open >= 0) {
      proposals.push([open, text.length]);
      open = -1;
    }
  }
  return { text: text + raw.slice(last), proposals };
}
const PROPOSAL_MARK_SPACED = new RegExp(` ?([${PROPOSAL_OPEN}${PROPOSAL_CLOSE}]) ?`, 'g');

/** Where the excerpt stands in the page's text (`body`, bodyOf): found once whole, or by its last words. */
function locate(body: string, excerptHtml: string): { at: number; end: number } | undefined {
  const text = plainText(excerptHtml);
  if (!text) return undefined;
  const once = (part: string) => {
    const at = body.indexOf(part);
    return at >= 0 && body.indexOf(part, at + 1) < 0 ? at : -1;
  };
  const at = once(text);
  if (at >= 0) return { at, end: at + text.length };
  // Whitespace or an entity may differ at the start: the excerpt's last words, found once, do.
  const tail = text.split(' ').slice(-8).join(' ');
  const tailAt = once(tail);
  if (tailAt >= 0) return { at: -1, end: tailAt + tail.length };
  // Or at the end: its first words.
  const head = text.split(' ').slice(0, 8).join(' ');
  const headAt = once(head);
  return headAt >= 0 ? { at: headAt, end: -1 } : undefined;
}

/**
 * The page's text after the excerpt, found in the page's whole text (Pagefind's `content`): what a
 * settled excerpt may go on with. '' when the excerpt cannot be found there, once.
 */
export function textAfter(content: string, excerptHtml: string): string {
  const body = bodyOf(content).text;
  const found = locate(body, excerptHtml);
  return found && found.end >= 0 ? body.slice(found.end).trim() : '';
}

/**
 * An excerpt that holds a colon whose list Pagefind left out (UNLISTED_COLON, separator-marks.ts) runs
 * from one paragraph into another that the colon did not announce. It keeps the side with the words
 * searched for: the part after the colon when that holds a marked word the part before lacks, else
 * the part up to the colon, with "…" for the list it does not show. The colon is shown as the page has it.
 */
export function withinParagraph(html: string): string {
  if (!html.includes(UNLISTED_COLON)) return html;
  const shown = (h: string) => h.replaceAll(UNLISTED_COLON, ':');
  const words = wordsOf(html);
  const at = words.findIndex((w) => w.word.replace(/<[^>]*>/g, '').endsWith(UNLISTED_COLON));
  if (at < 0) return shown(html);
  const after = at + 1 < words.length ? html.slice(words[at + 1].start).trim() : '';
  if (after && marksOnly(html, words.slice(at + 1), words.slice(0, at + 1))) return shown(after);
  const head = html.slice(0, words[at].end);
  return `${shown(head.trim())}${closeTags(head)} …`;
}

/**
 * The fixed sentences a section about proposals opens with, before its proposal box: they say that
 * what follows is not law, which the snippet's own "Förslag, inte gällande lag:" says already.
 */
const PROPOSAL_PREAMBLE = /^(?:Inget i det här avsnittet gäller i dag|Förslagen gäller bara om lagen ändras)\.$/u;

/**
 * Where the label of each proposal box stands in the page's text: its title ("Förslag – inte gällande
 * lag", the sentence before the box's text) and the fixed preamble sentences before it. [from, to):
 * `to` is where the box's own text begins.
 */
function proposalLabels(body: string, proposals: [number, number][]): [number, number][] {
  return proposals.map(([box]) => {
    let from = box;
    const sentenceBefore = (end: number) => {
      const text = body.slice(0, end).trimEnd();
      const m = /(?:^|[.!?:] )([^.!?:]*[.!?:])$/u.exec(text);
      return m ? { at: text.length - m[1].length, sentence: m[1] } : undefined;
    };
    const title = sentenceBefore(from);
    if (!title) return [from, box];
    from = title.at;
    for (let s = sentenceBefore(from); s && PROPOSAL_PREAMBLE.test(s.sentence); s = sentenceBefore(from)) from = s.at;
    return [from, box];
  });
}

/**
 * An excerpt that begins with a proposal box's label (its title, or the fixed preamble before it)
 * begins with the box's own text instead, and goes on from the page for as many words as it gave
 * up, to at least EXCERPT_WORDS: the label was the whole snippet ("Inget i det här avsnittet gäller
 * i dag. Förslagen gäller bara om lagen ändras. Förslag – inte gällande lag.", review 27 S-5), and
 * the proposal itself never showed. The result then says it is a proposal (openSentence). `mark`
 * renders the added words.
 */
export function pastProposalLabel(html: string, content: string, mark: (text: string) => string = escapeHtml): string {
  const { text: body, proposals } = bodyOf(content);
  if (!proposals.length) return html;
  const found = locate(body, html);
  if (!found || found.at < 0 || found.end < 0) return html;
  const label = proposalLabels(body, proposals).find(([from, to]) => found.at >= from && found.at < to);
  if (!label) return html;
  const words = wordsOf(html);
  const skip = body.slice(found.at, label[1]).split(' ').filter(Boolean).length;
  if (skip <= 0 || skip > words.length) return html;
  const kept = skip < words.length ? html.slice(words[skip].start).trim() : '';
  const more = body
    .slice(found.end)
    .split(' ')
    .filter(Boolean)
    .slice(0, Math.max(skip, EXCERPT_WORDS - (words.length - skip)));
  if (!kept && !more.length) return html;
  return [kept, more.length ? mark(more.join(' ')) : ''].filter(Boolean).join(' ');
}

/** Where a sentence may have ended before a word: a full stop, question or exclamation mark, or a colon. */
const ENDED = /[.!?:][”")]?$/u;
/** A sentence begins with `next` after `previous` (never after an abbreviation: "11 kap. 5 §"). */
const beginsAfter = (previous: string, next: string) =>
  ENDED.test(previous) && !isAbbreviation(previous) && (STARTS_SENTENCE.test(next) || /^\d/.test(next));

/**
 * An excerpt that begins inside a sentence, found in the page's text, begins where the sentence does
 * when at most FINISH_AT_MOST of its words are missing: "28 381 deltagare … med personuppgifter" left
 * out "År 2017 registrerades 15 035 av sammanlagt" and read as 28 381 with personal data, and "SKR
 * ingår i Nationella rådet" left out Socialstyrelsen (review 26). Longer, it keeps its start, which
 * `midSentence` says, for withEllipses to mark even before a digit or a capital letter. `midSentence`
 * is undefined when the excerpt is not found in the page's text. `mark` renders the added words;
 * `headings` are the page's headings and title, which are no sentence to take along.
 */
export function openSentence(
  html: string,
  content: string,
  mark: (text: string) => string = escapeHtml,
  headings: string[] = [],
): { html: string; midSentence?: boolean; proposal?: boolean } {
  const { text: body, proposals } = bodyOf(content);
  const found = locate(body, html);
  if (!found || found.at < 0) return { html };
  // Begun inside a proposal box, after its title: the reader must be told (proposal-marks.ts).
  const at = found.at;
  const inBox = (pos: number) => proposals.findIndex(([from, to]) => pos >= from && pos < to);
  const proposal = inBox(at) >= 0 ? { proposal: true } : {};
  const before = body.slice(0, found.at).trim();
  const first = plainText(html).split(' ')[0] ?? '';
  const words = before ? before.split(' ') : [];
  /** Where the sentence that ends before words[end] begins. */
  const sentenceStart = (end: number) => {
    let from = end;
    while (from > 0 && !beginsAfter(words[from - 1], words[from] ?? first)) from -= 1;
    return from;
  };
  const begins = !words.length || beginsAfter(words[words.length - 1], first);
  let from = begins ? words.length : sentenceStart(words.length);
  if (words.length - from > FINISH_AT_MOST) return { html, midSentence: true, ...proposal };
  // A sentence that opens with a word pointing back ("De ansvarar för …" after "Det gör parterna.")
  // takes the sentence before it along when that is short and in the same section and box: without
  // it the snippet named no one (review 27 S-6).
  if (from > 0 && REFERS_BACK.test(words[from] ?? first)) {
    const previous = sentenceStart(from - 1);
    const sentence = words.slice(previous, from).join(' ');
    const offset = words.slice(0, previous).join(' ').length + (previous > 0 ? 1 : 0);
    if (
      from - previous <= REFER_BACK_AT_MOST &&
      !headings.some((h) => sameHeading(h, sentence)) &&
      inBox(offset) === inBox(at) &&
      !proposalLabels(body, proposals).some(([f, t]) => offset >= f && offset < t)
    ) {
      const missing = words.slice(previous);
      // The snippet gives up sentences at its end for it, as far as no searched word goes with them.
      const kept = atMostWords(html, EXCERPT_WORDS + FINISH_AT_MOST - missing.length);
      return { html: `${mark(missing.join(' '))} ${kept.trimStart()}`, midSentence: false, ...proposal };
    }
  }
  const missing = words.slice(from);
  if (!missing.length) return { html, midSentence: false, ...proposal };
  return { html: `${mark(missing.join(' '))} ${html.trimStart()}`, midSentence: false, ...proposal };
}

/**
 * The excerpt ended at its last sentence end within `most` words, when the sentences left out hold
 * no word the query matched (<mark>) that the rest lacks; else as it was.
 */
function atMostWords(html: string, most: number): string {
  const words = wordsOf(html);
  if (words.length <= most) return html;
  const end = sentenceEnds(words.map((w) => w.word))
    .filter((e) => e + 1 <= most)
    .reverse()
    .find((e) => !marksOnly(html, words.slice(e + 1), words.slice(0, e + 1)));
  if (end === undefined) return html;
  const head = html.slice(0, words[end].end);
  return `${head.trim()}${closeTags(head)}`;
}

/** Words that open a sentence by pointing back to the one before it. */
const REFERS_BACK = /^(?:De|Den|Det|Detta|Dessa|Denna|Där|Då|Så)(?=[,]?$)/u;
/** The sentence before one that points back is shown with it when it has at most this many words. */
const REFER_BACK_AT_MOST = 12;
/** Whether a sentence of the page's text is a heading (Pagefind ends one without a sign with a full stop). */
const sameHeading = (heading: string, sentence: string) => {
  const norm = (t: string) =>
    t
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.!?:]$/, '')
      .toLocaleLowerCase('sv');
  return norm(heading) === norm(sentence);
};

/**
 * Where a sentence ends among words: the index of each word that ends one (a full stop before a
 * word that may begin a sentence, so "2 kap. 3 §" goes on).
 */
function sentenceEnds(words: string[], next?: string): number[] {
  const ends: number[] = [];
  words.forEach((w, i) => {
    const following = i + 1 < words.length ? words[i + 1] : next;
    if (SENTENCE_END.test(w) && !isAbbreviation(w) && (following === undefined || STARTS_SENTENCE.test(following))) ends.push(i);
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
  const last = endsWhole(words[n - 1].word) || /:$/.test(words[n - 1].word) ? n - 1 : ends.length ? ends[ends.length - 1] : -1;
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
    // A short excerpt (its section's text ended, or it was cut at "11 kap.") has room to finish it.
    const room = Math.max(FINISH_AT_MOST, budget - n);
    // A begun sentence that holds a searched word the rest of the excerpt lacks is the reason the
    // excerpt is there: left out, the snippet showed none of it ("förteckning över lokala insatser"
    // cut off for "forteckning lokala insatser", review 27 S-8). It is finished as a turn is.
    const own = last >= 0 && marksOnly(html, words.slice(last + 1), words.slice(0, last + 1));
    const finish = rest > 0 && (turned || own ? rest <= budget * TURN_AT_MOST : rest <= room && !marksBefore(startFor(n, rest)));
    if (finish) added = rest;
    // A sentence that turns is never left out: cut, it still says that something follows.
    else if (!turned && !own && last >= 0 && last + 1 >= budget / 2) keep = last + 1;
  }
  if (keep === n && (last === n - 1 || added > 0) && CONTRAST.test(next[added] ?? '')) {
    // The next sentence turns what the excerpt ends with.
    const end = endFrom(added);
    // Never so much that no word of the excerpt would be left at its start.
    if (end > added && end - added <= budget * TURN_AT_MOST && end < budget) added = end;
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

/**
 * Words in the sentence before a colon that announce more than one item ("på tre sätt:", "följande:",
 * "två saker"): what follows is a list, not one sentence.
 */
const ANNOUNCES_SEVERAL = /(?:^|\s)(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|flera|några|följande|olika|[2-9]|\d{2,})(?=[\s:]|$)/iu;
/** The sentence that ends an excerpt's words (the one with the colon), as text. */
function leadIn(words: string[]): string {
  const ends = sentenceEnds(words.slice(0, -1), words[words.length - 1]);
  const from = ends.length ? ends[ends.length - 1] + 1 : 0;
  return words.slice(from).join(' ');
}

/**
 * Whether an excerpt ends with the first item after a colon that announces several, the item ended
 * with its own full stop: the excerpt was finished there (settleExcerpt), and read as if the item
 * were the only one.
 */
function oneOfSeveral(words: string[]): boolean {
  const colon = words.findLastIndex((w) => /:$/.test(w));
  if (colon < 0 || colon === words.length - 1) return false;
  const item = words.slice(colon + 1);
  return (
    STARTS_SENTENCE.test(item[0]) &&
    sentenceEnds(item).length === 1 &&
    endsWhole(item[item.length - 1]) &&
    !item.some((w) => /;$/.test(w)) &&
    ANNOUNCES_SEVERAL.test(leadIn(words.slice(0, colon + 1)))
  );
}

/** What a colon at an excerpt's end announces is shown when it ends within this many words. */
export const AFTER_COLON_AT_MOST = 12;
/** Where what follows a colon ends: a list item (separator-marks.ts) or a sentence. */
const ENDS_ITEM = /[;.!?][”")]?$/u;

/**
 * An excerpt that ends with a colon promises what does not follow ("delar kommunerna och regionerna
 * lika på:", review of /sok/). It goes on with what the page has next (`after`), the first list item
 * or sentence, when that ends within AFTER_COLON_AT_MOST words; else it ends before the sentence with
 * the colon, when the excerpt holds enough before it; else it shows the first words after the colon,
 * cut (withEllipses marks it). `mark` renders the added words.
 */
export function pastColon(html: string, after: string, mark: (text: string) => string = escapeHtml): string {
  const words = wordsOf(html);
  const n = words.length;
  if (!n) return html;
  if (!/:$/.test(words[n - 1].word)) return oneOfSeveral(words.map((w) => w.word)) ? `${html.trimEnd()} …` : html;
  const next = after.split(/\s+/).filter(Boolean);
  const end = next.findIndex((w, i) => i < AFTER_COLON_AT_MOST && ENDS_ITEM.test(w) && !isAbbreviation(w));
  // An item's separator goes: withEllipses says that more follows.
  const added = (count: number) => ` ${mark(next.slice(0, count).join(' ').replace(/;$/, ''))}`;
  if (end >= 0) {
    // The first of several items, ended with its own full stop, read as the only one ("på tre sätt:
    // Med personuppgifter, om deltagaren lämnade sitt samtycke.", review 27 S-4): "…" says more follow.
    // An item ended by a separator loses it, and withEllipses marks the cut already.
    const several = !/;$/.test(next[end]) && ANNOUNCES_SEVERAL.test(leadIn(words.map((w) => w.word)));
    return `${html.trimEnd()}${added(end + 1)}${several ? ' …' : ''}`;
  }
  const ends = sentenceEnds(words.map((w) => w.word));
  const before = ends.length ? ends[ends.length - 1] : -1;
  if (before >= 0 && before + 1 >= EXCERPT_WORDS / 2) {
    const head = html.slice(0, words[before].end);
    return `${head.trim()}${closeTags(head)}`;
  }
  return next.length ? `${html.trimEnd()}${added(Math.min(next.length, AFTER_COLON_AT_MOST))}` : html;
}
