// A list of links to other pages ("Läs vidare", "Sidorna i kapitlet", the start page's "Vad vill du
// göra?") says what other pages are about, in their words: a search for "måste vi följa upp
// insatserna" opened /insatser/ at "Läs vidare", whose one line "hur en insats kommer till och följs
// upp" describes another page (reader's report). Such a list is kept out of the search index, as the
// notes and sources are: the page it points to answers, and a page is not lifted by the names of the
// pages it links to. Found by its shape, so an editor need not mark it: every item is a link to a page
// of the guidance with at most a short line about it, and no item cites a source (a cited item is a
// claim of its own: the reading paths, the target groups on /malgrupper/).
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { applyEdits, attributeEdit, attributeOf, childrenOf, hasClass, isElement } from './html-edit.ts';

/** Words an item may say beyond its links and still be a pointer: a line about the page it names. */
export const MAX_GLOSS_WORDS = 16;

/** The attribute that keeps an element out of Pagefind's index (here and in lib/index-ignore.ts). */
export const INDEX_IGNORE_ATTRIBUTE = 'data-pagefind-ignore';

export const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}§]+/u).filter(Boolean).length;

/** A citation's note marker (lib/notes.ts): an item that cites a source is a claim, not a pointer. */
export const isNoteMarker = (node: T.ChildNode): node is T.Element => isElement(node) && node.tagName === 'sup' && hasClass(node, 'not');
/** A link to a page of the site: not to a place on the same page, another website or an e-mail address. */
export const isPageLink = (node: T.ChildNode): node is T.Element => {
  if (!isElement(node) || node.tagName !== 'a') return false;
  const href = attributeOf(node, 'href') ?? '';
  return href !== '' && !href.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
};

interface ItemWords {
  /** Words inside links to pages. */
  link: number;
  /** Words outside them. */
  other: number;
  /** Whether the item's first word is in a link to a page. */
  opensWithLink: boolean;
  cites: boolean;
}

function itemWords(li: T.Element): ItemWords {
  const out: ItemWords = { link: 0, other: 0, opensWithLink: false, cites: false };
  let first = true;
  const visit = (node: T.ParentNode, inLink: boolean) => {
    for (const child of childrenOf(node)) {
      if (child.nodeName === '#text') {
        const n = wordsOf((child as T.TextNode).value);
        if (!n) continue;
        if (first) out.opensWithLink = inLink;
        first = false;
        if (inLink) out.link += n;
        else out.other += n;
      } else if (isElement(child)) {
        if (isNoteMarker(child)) {
          out.cites = true;
          continue;
        }
        visit(child, inLink || isPageLink(child));
      }
    }
  };
  visit(li, false);
  return out;
}

/** An item that points to a page: it opens with the link and says little more, or is mostly links. */
function isPointer(li: T.Element): boolean {
  const w = itemWords(li);
  if (w.cites || w.link === 0) return false;
  return (w.opensWithLink && w.other <= MAX_GLOSS_WORDS) || w.link >= w.other;
}

/** Whether a list (ul or ol) is a list of links to other pages: every item is a pointer. */
export function isLinkList(list: T.Element): boolean {
  const items = list.childNodes.filter((c): c is T.Element => isElement(c) && c.tagName === 'li');
  return items.length > 0 && items.every(isPointer);
}

/** The start-tag offsets of every list of links to pages in the HTML (not one inside another such list). */
export function linkListTags(html: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const walk = (node: T.ParentNode) => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      const location = child.sourceCodeLocation?.startTag;
      if ((child.tagName === 'ul' || child.tagName === 'ol') && location && isLinkList(child)) {
        found.push({ start: location.startOffset, end: location.endOffset });
        continue;
      }
      walk(child);
    }
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  return found;
}

/** The HTML with every list of links to pages kept out of the search index (INDEX_IGNORE_ATTRIBUTE). */
export function markLinkLists(html: string): string {
  return applyEdits(
    html,
    linkListTags(html)
      .filter(({ start, end }) => !html.slice(start, end).includes(INDEX_IGNORE_ATTRIBUTE))
      .map(({ end }) => attributeEdit(html, end, INDEX_IGNORE_ATTRIBUTE)),
  );
}
