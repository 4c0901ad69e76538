// Links to other websites carry the words a screen reader says after them (site.css shows " ↗" and
// gives " (annan webbplats)" as its text alternative). The words are UI text in sv.json, and CSS
// cannot read that file, so each such link gets them in an attribute that the CSS reads with attr().
import { applyEdits, attributeValue, findElements } from './html-edit.ts';

export const EXTERNAL_ATTRIBUTE = 'data-annan-webbplats';

export function markExternalLinks(html: string, words: string): string {
  const links = findElements(html, ['a']).filter((a) => /^https?:/i.test(a.attrs.href ?? '') && !(EXTERNAL_ATTRIBUTE in a.attrs));
  // Inserted just before the start tag's ">" (or "/>"): the rest of the tag stays as written.
  return applyEdits(
    html,
    links.map((a) => {
      const at = html[a.end - 2] === '/' ? a.end - 2 : a.end - 1;
      return { start: at, end: at, text: ` ${EXTERNAL_ATTRIBUTE}="${attributeValue(words)}"` };
    }),
  );
}
