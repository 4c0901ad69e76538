// Starlight declares custom properties this site never reads: the badge colours, the largest text
// sizes, the code font, the colours of components left out as unrendered (css-split.ts). A custom
// property does nothing until something reads it with var(), so a declaration that no stylesheet,
// page or script names is dead weight in every page's download. Only Starlight's own (--sl-…,
// --__sl-…) go: the site's are declared on purpose, such as chart colours that no chart uses yet but
// whose contrast the tests check already. Only the pages' own CSS files are
// read, all together, since a property declared in one is read in another; a name that appears in a
// page or script at all (an inline style, a script reading it) keeps its declarations. Removing a
// declaration can leave another property unread, so this repeats until nothing more goes.
import postcss, { type Root } from 'postcss';

const NAME = /--[A-Za-z_][\w-]*/g;

/** Starlight's custom properties, the only ones that may go. */
export const isStarlightProperty = (name: string): boolean => /^--(__)?sl-/.test(name);

/** Every custom property name a page or script text mentions. */
export const propertiesIn = (text: string): string[] => text.match(NAME) ?? [];

/** The names a stylesheet reads: in declaration values and at-rule conditions (@supports, @container style()). */
function read(root: Root, into: Set<string>): void {
  root.walkDecls((d) => d.value.match(NAME)?.forEach((n) => into.add(n)));
  root.walkAtRules((a) => a.params.match(NAME)?.forEach((n) => into.add(n)));
}

/** Drops blocks left empty, except @layer blocks: their first appearance fixes the layers' order. */
function pruneEmpty(root: Root): void {
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  // Inner blocks first, so that a wrapper emptied by its child's removal goes too.
  const atRules: postcss.AtRule[] = [];
  root.walkAtRules((at) => void atRules.push(at));
  for (const at of atRules.reverse()) if (at.name !== 'layer' && at.nodes && at.nodes.length === 0) at.remove();
}

/** The stylesheets without declarations of Starlight's custom properties that none of them reads and `named` does not hold. */
export function dropUnreadProperties(sheets: string[], named: ReadonlySet<string>): string[] {
  const roots = sheets.map((css) => postcss.parse(css));
  for (let removed = true; removed;) {
    removed = false;
    const used = new Set(named);
    roots.forEach((root) => read(root, used));
    for (const root of roots)
      root.walkDecls((d) => {
        if (isStarlightProperty(d.prop) && !used.has(d.prop)) {
          d.remove();
          removed = true;
        }
      });
  }
  return roots.map((root) => {
    pruneEmpty(root);
    return root.toString();
  });
}
