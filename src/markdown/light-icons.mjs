// Starlight draws the heading anchor link's chain and each aside's icon as inline SVG: some 500 bytes
// a time, repeated on every heading and box, and far enough apart in a long page that gzip cannot
// share them (on /fragor-och-svar/, 53 headings cost 0.9 KB of the 30 KB page budget). Both are
// decoration, hidden from screen readers. This HAST plugin, run after Starlight's own, writes the
// anchor as a "#" and leaves the aside's icon to CSS (site.css), so the markup carries text only.
import { defineHastPlugin } from 'satteri';

const classes = (node) => {
  const value = node.properties?.className ?? node.properties?.class ?? [];
  return Array.isArray(value) ? value.map(String) : String(value).split(/\s+/);
};

export function lightIcons() {
  return () =>
    defineHastPlugin({
      name: 'kunskapsstod-light-icons',
      // In MDX, Starlight adds the aside's icon as <Fragment set:html="<svg …>">.
      mdxJsxTextElement: {
        filter: ['Fragment'],
        visit(node, ctx) {
          const html = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'set:html')?.value;
          if (typeof html === 'string' && html.includes('starlight-aside__icon')) ctx.removeNode(node);
        },
      },
      element: {
        filter: ['svg'],
        visit(node, ctx) {
          if (classes(node).includes('starlight-aside__icon')) return ctx.removeNode(node);
          const parent = ctx.parent(node);
          if (parent?.type === 'element' && classes(parent).includes('sl-anchor-icon')) {
            // The "#" is decoration: Pagefind would index it and start a section's excerpt with it.
            ctx.setProperty(parent, 'dataPagefindIgnore', '');
            ctx.replaceNode(node, { type: 'text', value: '#' });
          }
        },
      },
    });
}

/** An integration, listed after Starlight: it adds the plugin after the ones Starlight adds. */
export function lightIconsIntegration() {
  return {
    name: 'kunskapsstod:light-icons',
    hooks: {
      /** @param {{ config: import('astro').AstroConfig }} options */
      'astro:config:setup': ({ config }) => {
        /** @type {any} */ (config.markdown.processor).options.hastPlugins.push(lightIcons());
      },
    },
  };
}
