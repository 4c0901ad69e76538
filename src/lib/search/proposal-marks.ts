// Where a proposal box ("Förslag – inte gällande lag", a caution aside) begins and ends, in Pagefind's
// text of a page. A result's excerpt from inside such a box, without the box's title, read as the law
// of today ("Beslut om att finansiera insatser ska uttryckligen inte få delegeras …", review 26): the
// marks let /sok/ say it is a proposal. The build puts them in (marking the built pages before Pagefind
// indexes them, src/integrations/reader-questions.mjs) and takes them out of the pages again; the
// excerpts and openings a result shows are cleaned of them (excerpt.ts).

export const PROPOSAL_OPEN = '⸢';
export const PROPOSAL_CLOSE = '⸣';
const ATTRIBUTE = 'data-forslag';

const mark = (sign: string) => `<span ${ATTRIBUTE}="${sign}" data-pagefind-index-attrs="${ATTRIBUTE}"></span>`;
const BOX = /(<aside aria-label="Förslag[^"]*"[^>]*>[\s\S]*?<div class="starlight-aside__content">)([\s\S]*?)(<\/div><\/aside>)/g;

/** The page's HTML with a mark at the start and the end of each proposal box's text, for Pagefind. */
export const markProposals = (html: string) =>
  html.includes('aria-label="Förslag')
    ? html.replace(BOX, (_, open, text, close) => `${open}${mark(PROPOSAL_OPEN)}${text}${mark(PROPOSAL_CLOSE)}${close}`)
    : html;

/** The page's HTML without the marks, once Pagefind has read them. */
export const unmarkProposals = (html: string) =>
  html.includes(ATTRIBUTE) ? html.replaceAll(mark(PROPOSAL_OPEN), '').replaceAll(mark(PROPOSAL_CLOSE), '') : html;
