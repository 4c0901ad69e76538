// Edits the title Starlight's own PageTitle renders (src/components/starlight/PageTitle.astro wraps
// it rather than copying it): soft hyphens in long compounds (hyphenate.ts), and the title without
// them for search, so that Pagefind matches what readers type.
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { applyEdits, attributeValue } from './html-edit.ts';
import { escapeHtml } from './search/highlight.ts';
import { softHyphens } from './hyphenate.ts';

export function hyphenatedTitle(html: string): string {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const h1 = fragment.childNodes.find((n): n is T.Element => 'tagName' in n && n.tagName === 'h1');
  const text = h1?.childNodes.length === 1 && h1.childNodes[0].nodeName === '#text' ? (h1.childNodes[0] as T.TextNode) : undefined;
  const tag = h1?.sourceCodeLocation?.startTag;
  if (!text?.sourceCodeLocation || !tag) {
    // Starlight's PageTitle has changed: tests/unit/starlight-copies.test.ts names what to compare.
    throw new Error(
      'PageTitle: Starlights sidrubrik är inte längre en <h1> med bara titeln; se över src/components/starlight/PageTitle.astro.',
    );
  }
  return applyEdits(html, [
    { start: tag.endOffset - 1, end: tag.endOffset - 1, text: ` data-pagefind-meta="${attributeValue(`title:${text.value}`)}"` },
    { start: text.sourceCodeLocation.startOffset, end: text.sourceCodeLocation.endOffset, text: escapeHtml(softHyphens(text.value)) },
  ]);
}
