// Reads built pages with a real HTML parser (parse5, the WHATWG algorithm browsers use) and edits
// them in place at the parser's source offsets. Regular expressions matched Astro's exact bytes and
// silently matched nothing on `<link … />`, another attribute order or a capitalised attribute; a
// DOM round trip (linkedom) would rewrite bytes all over the page. Here only the edited tags change.
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export interface FoundElement {
  tagName: string;
  /** Attribute values as the browser sees them (entities decoded, names lower-case). */
  attrs: Record<string, string>;
  /** Offsets of the start tag in the source. */
  start: number;
  end: number;
  /** The text inside the element (scripts and styles: the text a CSP hash covers). */
  text: string;
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function isElement(node: T.ChildNode): node is T.Element {
  return 'tagName' in node;
}

/** A node's children; a <template>'s are in its content. */
export function childrenOf(node: T.ParentNode): T.ChildNode[] {
  return (node.nodeName === 'template' ? (node as T.Template).content : node).childNodes;
}

/** Every element under the node, in document order. */
export function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

/** An attribute's value as the browser sees it, or undefined. */
export const attributeOf = (el: T.Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export const hasClass = (el: T.Element, name: string): boolean => (attributeOf(el, 'class') ?? '').split(/\s+/).includes(name);

/** Every element of the given tag names in document order, with where its start tag stands. */
export function findElements(html: string, tagNames: string[]): FoundElement[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const found: FoundElement[] = [];
  for (const element of elements(document)) {
    if (!tagNames.includes(element.tagName)) continue;
    const location = element.sourceCodeLocation?.startTag;
    if (!location) continue; // implied by the parser (no tag in the source): nothing to edit
    found.push({
      tagName: element.tagName,
      attrs: Object.fromEntries(element.attrs.map((a) => [a.name, a.value])),
      start: location.startOffset,
      end: location.endOffset,
      text: element.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join(''),
    });
  }
  return found;
}

/** Applies non-overlapping edits to the source, each replacing [start, end). */
export function applyEdits(html: string, edits: Edit[]): string {
  let out = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/**
 * An edit that adds an attribute (" name" or ' name="value"') to the start tag ending at tagEnd: inserted
 * just before its ">" (or "/>"), so the rest of the tag stays as written.
 */
export function attributeEdit(html: string, tagEnd: number, attribute: string): Edit {
  const at = html[tagEnd - 2] === '/' ? tagEnd - 2 : tagEnd - 1;
  return { start: at, end: at, text: ` ${attribute}` };
}

/** An attribute value escaped for a double-quoted attribute. */
export function attributeValue(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The error every post-build step throws when a page lacks what it must have: it names the file. */
export class BuiltPageError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'BuiltPageError';
  }
}
