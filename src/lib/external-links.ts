// Links to other websites carry the words a screen reader says after them (site.css shows " ↗" and
// gives " (annan webbplats)" as its text alternative). The words are UI text in sv.json, and CSS
// cannot read that file, so each such link gets them in an attribute that the CSS reads with attr().
import { applyEdits, attributeEdit, attributeValue, findElements } from './html-edit.ts';

export const EXTERNAL_ATTRIBUTE = 'data-annan-webbplats';

export function markExternalLinks(html: string, words: string): string {
  const links = findElements(html, ['a']).filter((a) => /^https?:/i.test(a.attrs.href ?? '') && !(EXTERNAL_ATTRIBUTE in a.attrs));
  return applyEdits(
    html,
    links.map((a) => attributeEdit(html, a.end, `${EXTERNAL_ATTRIBUTE}="${attributeValue(words)}"`)),
  );
}
