// An editor's Markdown table can be wider than a phone. Squeezed into the column, its cells broke
// words at any letter ("Lån gti dss juk skri vna", found by a reader at 360 px). This Sätteri HAST
// plugin gives every content table what a chart's table has (src/components/TabellRulla.astro): a
// named, keyboard-reachable box that scrolls sideways with a hint while the table is wider than the
// screen, and soft hyphens in long compounds so a column narrows at a Swedish joint, not mid-syllable.
import { defineHastPlugin } from 'satteri';
import sv from '../../content/i18n/sv.json' with { type: 'json' };
import { softHyphens } from '../lib/hyphenate.ts';

/** A plain copy of a HAST subtree, with soft hyphens in its text. */
function hyphenated(node) {
  if (node.type === 'text') return { type: 'text', value: softHyphens(node.value) };
  if (!('children' in node)) return { ...node };
  return { ...node, children: node.children.map(hyphenated) };
}

const elements = (node, tagName) => (node.children ?? []).filter((child) => child.type === 'element' && child.tagName === tagName);

/** The first row's header cells: they name the table for the scrolling box. */
function headerCells(table) {
  const [row] = elements(table, 'thead').flatMap((head) => elements(head, 'tr'));
  return row ? elements(row, 'th') : [];
}

export function tableScroll() {
  return () =>
    defineHastPlugin({
      name: 'kunskapsstod-table-scroll',
      element: {
        filter: ['table'],
        visit(node, ctx) {
          const columns = headerCells(node).map((cell) => ctx.textContent(cell).trim());
          ctx.replaceNode(node, {
            type: 'element',
            tagName: 'section',
            properties: {
              className: ['tabell-rulla'],
              tabIndex: 0,
              ariaLabel: sv['table.markdownLabel'].replace('{{columns}}', columns.join(', ')),
            },
            children: [
              {
                type: 'element',
                tagName: 'p',
                properties: { className: ['tabell-rulla-tips'], ariaHidden: 'true', dataPagefindIgnore: '' },
                children: [{ type: 'text', value: sv['table.scrollHint'] }],
              },
              hyphenated(node),
            ],
          });
        },
      },
    });
}
