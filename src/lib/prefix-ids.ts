// Prefixes every id in a piece of HTML, and every reference to one, so that several pages can be
// shown on one page (the chapter print view) without duplicate ids or links and labels that point
// into another page's copy. Read with parse5 (src/lib/html-edit.ts): a regular expression took
// `data-id=` for an id and missed `for=` and `aria-controls=`; here only real attributes change.
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { applyEdits, attributeValue, type Edit } from './html-edit.ts';

/** Attributes whose value is one id (HTML's IDREF). */
const ONE_ID = new Set(['for', 'form', 'list', 'aria-activedescendant', 'aria-details', 'aria-errormessage']);
/** Attributes whose value is a space-separated list of ids (IDREFS). */
const ID_LIST = new Set(['headers', 'aria-controls', 'aria-describedby', 'aria-flowto', 'aria-labelledby', 'aria-owns']);
/** Attributes that may link to an id on the same page ("#id"). */
const LINKS = new Set(['href', 'xlink:href']);
/** SVG presentation attributes that may point to an id ("url(#id)"). */
const URL_REFS = new Set(['clip-path', 'fill', 'filter', 'marker-end', 'marker-mid', 'marker-start', 'mask', 'stroke']);

function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? (child as T.Template).content : child);
  }
}

/** The value with its ids prefixed, or undefined when the attribute holds no id. */
function prefixed(name: string, value: string, prefix: string): string | undefined {
  const p = (id: string) => `${prefix}__${id}`;
  if (name === 'id') return value ? p(value) : undefined;
  if (ONE_ID.has(name)) return value.trim() ? p(value.trim()) : undefined;
  if (ID_LIST.has(name)) return value.trim() ? value.trim().split(/\s+/).map(p).join(' ') : undefined;
  if (LINKS.has(name)) return value.length > 1 && value.startsWith('#') ? `#${p(value.slice(1))}` : undefined;
  if (URL_REFS.has(name) && value.includes('url(#')) return value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${p(id)})`);
  return undefined;
}

export function prefixIds(html: string, prefix: string): string {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const edits: Edit[] = [];
  for (const element of elements(fragment)) {
    const locations = element.sourceCodeLocation?.attrs;
    if (!locations) continue;
    for (const attr of element.attrs) {
      const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      const value = prefixed(name, attr.value, prefix);
      const at = locations[name];
      if (value === undefined || !at) continue;
      // The name as written in the source, so that nothing but the value changes.
      const written = html.slice(at.startOffset, at.endOffset).split('=')[0];
      edits.push({ start: at.startOffset, end: at.endOffset, text: `${written}="${attributeValue(value)}"` });
    }
  }
  return applyEdits(html, edits);
}
