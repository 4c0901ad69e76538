// Editors write links as the site's own addresses (`/roller/styrelsen/`). When the site is served
// under a sub-path (BASE_PATH), those links must carry it, or every one of them breaks. This
// Sätteri HAST plugin adds the base to root-relative href/src in Markdown and MDX content, so no
// content file has to know where the site is hosted. It runs before the links validator, which
// then checks the links as the reader's browser will follow them.
import { defineHastPlugin } from 'satteri';
import { withBasePath } from '../lib/base-path.mjs';

const LINK_ATTRIBUTES = ['href', 'src'];

/** @param {string} base Astro's base, e.g. '/' or '/kunskapsstod/'. */
export function baseLinks(base) {
  return () =>
    defineHastPlugin({
      name: 'kunskapsstod-base-links',
      element: {
        filter: ['a', 'img', 'source', 'link'],
        visit(node, ctx) {
          for (const key of LINK_ATTRIBUTES) {
            const value = node.properties?.[key];
            if (typeof value === 'string') {
              const next = withBasePath(value, base);
              if (next !== value) ctx.setProperty(node, key, next);
            }
          }
        },
      },
      // `<a href="/x/">` written as JSX in MDX (and LinkCard's href) gets the base too.
      mdxJsxFlowElement: { filter: [], visit: (node, ctx) => prefixJsxAttributes(node, ctx, base) },
      mdxJsxTextElement: { filter: [], visit: (node, ctx) => prefixJsxAttributes(node, ctx, base) },
    });
}

/** Attributes of JSX elements live in `attributes`; satteri's setProperty writes them there. */
function prefixJsxAttributes(node, ctx, base) {
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !LINK_ATTRIBUTES.includes(attribute.name) || typeof attribute.value !== 'string') continue;
    const next = withBasePath(attribute.value, base);
    if (next !== attribute.value) ctx.setProperty(node, attribute.name, next);
  }
}
