// Separators for Pagefind's text of a page, which holds no markup. Pagefind ends a list item or a
// table cell with a full stop when it has no punctuation of its own, so the items of a list read as
// false sentences in a result's excerpt ("medlemmar och ändamål. förbundets organisation. antalet
// ledamöter …"), and one that ends in a sign gets nothing ("från EU:s socialfond ESF+ det bör prövas");
// a short bold label that opens a paragraph or an item ("**Vad lagen kräver.** Uppgiften …") read
// as a sentence of its own (review of /sok/). The build gives Pagefind a semicolon after each item
// or cell that another follows, and a colon for the full stop of such a label and after a bold title
// on a line of its own, each inside a span that remembers what the page has there; once Pagefind has
// read the pages, the spans come out again and the pages are as they were
// (src/integrations/reader-questions.mjs runs both). No word is added, so every word keeps its
// position in the index.

const ATTRIBUTE = 'data-sok-tecken';
const mark = (page: string, indexed: string) => `<span ${ATTRIBUTE}="${page}">${indexed}</span>`;

/** Signs that end an item already: Pagefind adds nothing after them, and neither does the mark. */
const ENDED = '.,;:!?…';
/**
 * The last letter of an item or a cell that another follows (in its row or the next), with the closing
 * tags and note marks (ignored by Pagefind) between it and the item's end.
 */
const ITEM_END = new RegExp(
  `([^\\s>${ENDED}])((?:</(?:p|a|strong|em|b|i|span|code)>|<sup\\b[^>]*\\bdata-pagefind-ignore\\b[^>]*>[\\s\\S]*?</sup>|\\s)*</(li|td|th)>)(?=\\s*(?:</tr>\\s*(?:</thead>\\s*<tbody>\\s*)?<tr[^>]*>\\s*)?<(?:li|td|th)[\\s>])`,
  'g',
);
/** A bold label of at most eight words that opens a paragraph or an item and ends with a full stop, text following. */
const LABEL = /(<(?:p|li)(?:\s[^>]*)?>\s*<strong>)((?:[^<\s]+\s+){0,7}[^<\s]+?)\.(<\/strong>)(?!\s*<\/(?:p|li)>)/g;

/**
 * A bold title on a line of its own above its text (a process step: "<strong>Kom överens om
 * projektägare</strong><br> Parterna bestämmer …"): without a sign Pagefind ran the two together
 * into one false sentence. It gets the colon a reader sees the line break as.
 */
const LINE_TITLE = new RegExp(`(<strong\\b[^>]*>[^<]*[^\\s<${ENDED}])(</strong>\\s*<br\\s*/?>)`, 'g');

/**
 * What Pagefind reads for a colon that ends a paragraph before a part it leaves out (a list of links,
 * link-lists.ts): what the colon announces is not in its text, and a snippet ran on into the next
 * paragraph as if that were it ("… bygger på det förra: Vid sidan av läsvägen är två saker bra att
 * göra: …", review 27 S-1). A full-width colon, punctuation as the colon is, which excerpt.ts knows.
 */
export const UNLISTED_COLON = '\uff1a';
const UNLISTED = /:((?:<\/(?:a|strong|em|b|i|span|code)>)*\s*<\/p>\s*<[a-z]+\b[^>]*\bdata-pagefind-ignore\b)/g;

/**
 * The last letter of a paragraph that leads into a list without a sign of its own ("föreslår
 * Försäkringskassan bland annat att" before its items): Pagefind ended it with a full stop, and the
 * snippet read "bland annat att. kommuner och regioner …". It gets the colon a reader sees the list as.
 */
const LEAD_IN = new RegExp(
  `([^\\s>${ENDED}])((?:</(?:a|strong|em|b|i|span|code)>)*\\s*</p>\\s*<(?:ul|ol)\\b(?![^>]*\\bdata-pagefind-ignore\\b))`,
  'g',
);

/** The page's HTML with the separators Pagefind should read between items, cells and after labels. */
export const markSeparators = (html: string) =>
  html
    .replace(UNLISTED, (_, rest) => `${mark(':', UNLISTED_COLON)}${rest}`)
    .replace(LEAD_IN, (_, last, rest) => `${last}${mark('', ':')}${rest}`)
    .replace(ITEM_END, (_, last, end) => `${last}${mark('', ';')}${end}`)
    .replace(LABEL, (_, open, label, close) => `${open}${label}${mark('.', ':')}${close}`)
    .replace(LINE_TITLE, (_, title, rest) => `${title}${mark('', ':')}${rest}`);

const MARKED = new RegExp(`<span ${ATTRIBUTE}="([^"]*)">[^<]*</span>`, 'g');

/** The page's HTML as it was before markSeparators, once Pagefind has read it. */
export const unmarkSeparators = (html: string) => (html.includes(ATTRIBUTE) ? html.replace(MARKED, '$1') : html);
