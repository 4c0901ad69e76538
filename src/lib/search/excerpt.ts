// Pagefind's excerpts as a result shows them. A section's text in Pagefind's index begins with its
// heading, so the excerpt of a section often starts with the heading, whole or its last words
// ("prövningen av ansvarsfrihet till? Revisionsberättelsen …"), right under the same heading shown
// as the result's section line: the reader would read it twice.

/** Source markers that reach an excerpt from pages built before they were kept out of the index. */
export const cleanExcerpt = (html: string) => html.replace(/\[\d+\]/g, '').replace(/\s{2,}/g, ' ');

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
/** A word as compared: lowercased, without the punctuation around it. */
const bare = (w: string) => w.toLocaleLowerCase('sv').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/** Punctuation that ends a heading written as a question or a lead-in ("till?", "Förslag:"). */
const ENDS_HEADING = /[?!:]$/;

/** The excerpt's words with where each ends in the HTML (tags are not words). */
function wordsOf(html: string): { word: string; end: number }[] {
  const words: { word: string; end: number }[] = [];
  let current = '';
  let i = 0;
  const flush = () => {
    if (current) words.push({ word: decode(current), end: i });
    current = '';
  };
  while (i < html.length) {
    if (html[i] === '<') {
      const close = html.indexOf('>', i);
      if (close < 0) break;
      i = close + 1;
      continue;
    }
    if (/\s/.test(html[i])) flush();
    else current += html[i];
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
