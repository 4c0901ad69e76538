// Starlight links a print stylesheet of its own (print.css, media="print") before the page
// stylesheet, so every page downloaded two print files (Chromium fetches print sheets too, at low
// priority): 1.0 KB + 0.6 KB gzipped. Its rules now travel in the page stylesheet's print file.
//
// That file is linked after the page stylesheet, while print.css came before it. Moving a rule later
// changes the result only where it ties with an unlayered rule of the page stylesheet: same
// property (or a shorthand, logical or physical form of it), same specificity, same element. Such a
// tie is judged here from the stylesheets alone, erring towards a tie, and the rules that may tie
// keep their old place: at the head of the page stylesheet, inside @media print, which is exactly
// where print.css sat in the cascade. Layered rules cannot tie (an unlayered rule beats them in
// either place), and the site's own print rules came after print.css before and still do.
// tests/e2e/css-split.spec.ts compares every element's computed style in print with the original
// two files to prove it.
import postcss, { type AtRule, type ChildNode, type Root, type Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { selectorSpecificity } from '@csstools/selector-specificity';

/** The group of properties a declaration can compete in: shorthands, longhands, logical and physical forms together. */
export function propertyFamily(prop: string): string {
  const p = prop.toLowerCase();
  if (p.startsWith('--')) return p;
  if (p === 'all') return '*';
  const bare = p.replace(/^-(webkit|moz|ms|o)-/, '');
  if (/^(top|right|bottom|left)$/.test(bare)) return 'inset';
  if (/^(width|height|inline-size|block-size)$/.test(bare)) return 'size';
  return bare.split('-')[0];
}

const specificities = (rule: Rule): Set<string> =>
  new Set(
    selectorParser()
      .astSync(rule.selector)
      .nodes.map((selector) => {
        const { a, b, c } = selectorSpecificity(selector);
        return `${a},${b},${c}`;
      }),
  );

const inLayer = (node: ChildNode): boolean => {
  for (let p = node.parent as AtRule | Root | undefined; p && p.type !== 'root'; p = p.parent as AtRule | Root | undefined)
    if (p.name === 'layer') return true;
  return false;
};

const inKeyframes = (rule: Rule): boolean => rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name);

type Shape = { rule: Rule; families: Set<string>; specificities: Set<string> };

const shape = (rule: Rule): Shape => ({
  rule,
  families: new Set(rule.nodes.flatMap((d) => (d.type === 'decl' ? [propertyFamily(d.prop)] : []))),
  specificities: specificities(rule),
});

/** True when the two rules may set the same property on the same element with equal weight. */
function mayTie(x: Shape, y: Shape): boolean {
  const families = [...x.families].some((f) => y.families.has(f) || f === '*') || y.families.has('*');
  return families && [...x.specificities].some((s) => y.specificities.has(s));
}

/** Copies `rule` with its chain of wrapping at-rules (@media print, @supports) up to the root. */
function wrapped(rule: Rule): ChildNode {
  let copy: ChildNode = rule.clone();
  for (let p = rule.parent as AtRule | Root | undefined; p && p.type !== 'root'; p = p.parent as AtRule | Root | undefined) {
    const shell = p.clone({ nodes: [] });
    shell.append(copy);
    copy = shell;
  }
  return copy;
}

/** One @media print block instead of one per rule: neighbouring wrappers with the same query are joined. */
function joinAdjacent(root: Root): Root {
  let previous: AtRule | undefined;
  for (const node of [...root.nodes]) {
    if (node.type === 'atrule' && previous && node.name === previous.name && node.params === previous.params) {
      previous.append(...(node.nodes ?? []));
      node.remove();
    } else previous = node.type === 'atrule' ? node : undefined;
  }
  return root;
}

/**
 * Parts a media="print" stylesheet into the rules that must stay before the page stylesheet (`head`)
 * and those that may follow it (`tail`), both wrapped in @media print. `page` is the page stylesheet's
 * CSS that the print file is not part of (its every-width and wide rules). Fails when the sheet holds
 * anything but @media print blocks: Starlight's print.css changed shape, and wrapping it blindly
 * could move an @import or @layer statement where it means something else.
 */
export function partPrintSheet(printCss: string, page: string): { head: string; tail: string } {
  const root = postcss.parse(printCss);
  for (const node of root.nodes)
    if (node.type !== 'comment' && !(node.type === 'atrule' && node.name === 'media' && node.params.trim().toLowerCase() === 'print'))
      throw new Error(
        `css-split: Starlights utskriftsmall innehåller annat än @media print (${node.toString().slice(0, 60)}). Kontrollera src/lib/css-print-merge.ts mot Starlights print.css.`,
      );
  root.walkAtRules('layer', () => {
    throw new Error(
      'css-split: Starlights utskriftsmall har @layer; att flytta den kunde ändra lagrens ordning. Kontrollera src/lib/css-print-merge.ts.',
    );
  });
  const unlayered: Shape[] = [];
  postcss.parse(page).walkRules((rule) => {
    if (!inLayer(rule) && !inKeyframes(rule)) unlayered.push(shape(rule));
  });
  const rules: Shape[] = [];
  root.walkRules((rule) => {
    if (!inKeyframes(rule)) rules.push(shape(rule));
  });
  // A rule tying with the page stylesheet stays ahead of it; so must every earlier print rule it
  // ties with, or the two would swap places.
  const stays = rules.map((r) => unlayered.some((s) => mayTie(r, s)));
  for (let changed = true; changed;) {
    changed = false;
    rules.forEach((r, i) => {
      if (stays[i]) return;
      if (rules.some((later, j) => j > i && stays[j] && mayTie(r, later))) changed = stays[i] = true;
    });
  }
  const head = postcss.root();
  const tail = postcss.root();
  rules.forEach((r, i) => (stays[i] ? head : tail).append(wrapped(r.rule)));
  return { head: joinAdjacent(head).toString(), tail: joinAdjacent(tail).toString() };
}
