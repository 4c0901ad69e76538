// Words on a page that are no part of what it says, kept out of Pagefind's index (and so out of the
// excerpts /sok/ shows) as the notes and the lists of links are (lib/link-lists.ts):
// - the title of the "Kort svar" box, a label: "Samordningsförbundets uppgifter. Kort svar. Ett
//   samordningsförbund finansierar …" was a result's snippet (reader review). The box's text stays.
// - a closing "Läs mer om [revisorerna](/roller/revisorerna/)." sentence of a paragraph, a pointer to
//   another page in that page's words: snippets ended "… Läs mer om revisorerna." (reader review), and
//   a page is not about the pages it points to (link-lists.ts says the same of a list of such links).
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { applyEdits, attributeEdit, attributeOf, childrenOf, elements, hasClass, isElement, type Edit } from './html-edit.ts';
import { INDEX_IGNORE_ATTRIBUTE, isNoteMarker, isPageLink, wordsOf } from './link-lists.ts';

/** The titles of boxes that label the box rather than say anything (Starlight's aside title). */
export const LABEL_TITLES = ['Kort svar'];

/** Words a "Läs mer" sentence may say beside its links and still be a pointer ("om de två slagen av insatser under"). */
export const MAX_READ_MORE_WORDS = 12;

const textOf = (node: T.ChildNode): string =>
  node.nodeName === '#text' ? (node as T.TextNode).value : isElement(node) ? childrenOf(node).map(textOf).join('') : '';

const ENDS_SENTENCE = /[.!?][”")]?$/;

/**
 * The "Läs mer" that begins a sentence in a piece of a paragraph's source text, the last one, or -1.
 * `afterSentence`: whether the text before the piece is empty or ends a sentence (a note's marker
 * stands between "… revisorer." and " Läs mer").
 */
function readMoreAt(source: string, afterSentence: boolean): number {
  let found = -1;
  for (const m of source.matchAll(/Läs mer\b/g)) {
    const before = source.slice(0, m.index).trimEnd();
    if ((before === '' && afterSentence) || ENDS_SENTENCE.test(before)) found = m.index;
  }
  return found;
}

/**
 * The edit that wraps a paragraph's closing "Läs mer …" sentence in a span kept out of the index: the
 * sentence from "Läs mer" to the paragraph's end holds a link to a page, says little else, and is one
 * sentence (no full stop outside a link before its end). Citations' markers may follow it.
 */
function readMoreEdits(html: string, p: T.Element): Edit[] {
  const end = p.sourceCodeLocation?.endTag?.startOffset;
  if (end === undefined) return [];
  const nodes = p.childNodes;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node.nodeName !== '#text') continue;
    const location = (node as T.TextNode).sourceCodeLocation;
    if (!location) return [];
    const source = html.slice(location.startOffset, location.endOffset);
    const before = nodes
      .slice(0, i)
      .filter((n) => !isNoteMarker(n))
      .map(textOf)
      .join('')
      .trimEnd();
    const at = readMoreAt(source, before === '' || ENDS_SENTENCE.test(before));
    if (at < 0) continue;
    const rest = nodes.slice(i + 1);
    if (!rest.some(isPageLink)) return [];
    if (!rest.every((n) => n.nodeName === '#text' || isPageLink(n) || isNoteMarker(n))) return [];
    const outside = [source.slice(at), ...rest.filter((n) => n.nodeName === '#text').map(textOf)];
    const words = wordsOf(outside.join(' ')) - 2; // "Läs mer"
    if (words > MAX_READ_MORE_WORDS) return [];
    // One sentence: no sentence ends outside the links before the paragraph's end.
    if (outside.some((t, k) => /[.!?][”")]?\s+\S/.test(k === outside.length - 1 ? t.trimEnd() : t))) return [];
    // Marked already (the page's HTML went through here before).
    if (html.slice(0, location.startOffset + at).endsWith(`<span ${INDEX_IGNORE_ATTRIBUTE}>`)) return [];
    return [
      { start: location.startOffset + at, end: location.startOffset + at, text: `<span ${INDEX_IGNORE_ATTRIBUTE}>` },
      { start: end, end, text: '</span>' },
    ];
  }
  return [];
}

/** The HTML with the Kort svar box's title and the paragraphs' closing "Läs mer …" sentences kept out of the index. */
export function markIndexIgnores(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const edits: Edit[] = [];
  for (const el of elements(document)) {
    if (el.tagName === 'aside' && LABEL_TITLES.includes(attributeOf(el, 'aria-label') ?? '')) {
      const title = [...elements(el)].find((c) => hasClass(c, 'starlight-aside__title'));
      const tag = title?.sourceCodeLocation?.startTag;
      if (title && tag && attributeOf(title, INDEX_IGNORE_ATTRIBUTE) === undefined)
        edits.push(attributeEdit(html, tag.endOffset, INDEX_IGNORE_ATTRIBUTE));
    }
    if (el.tagName === 'p') edits.push(...readMoreEdits(html, el));
  }
  return applyEdits(html, edits);
}
