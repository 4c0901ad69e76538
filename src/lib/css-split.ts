// Splits a stylesheet into what a phone's screen needs, what only wide screens need and what only
// paper needs. Rules inside @media (min-width ≥ 50rem) never apply on a phone, and rules inside
// @media print never apply on a screen, yet a phone must download both before its first paint.
// Moved to files linked with media="(min-width: 50rem)" and media="print", they no longer block a
// phone's first screen (Starlight's CSS: 0.7 KB of 9 KB gzipped; the site's print rules: 0.5 KB).
//
// On wide screens (and on paper) the moved rules now come after all other rules instead of among
// them. That only changes the result where a later rule in the same cascade layer, of equal
// specificity, set the same property on the same element; tests/e2e/css-split.spec.ts compares
// every element's computed style with the original stylesheet, on screens and in print, to prove
// no such case exists.
import postcss, { type AtRule, type ChildNode, type Container, type Root } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { applyEdits, attributeValue, BuiltPageError, findElements, type Edit } from './html-edit.ts';

/** The media attribute of the wide file, and the smallest min-width that may move into it. */
export const WIDE_MEDIA = '(min-width: 50rem)';
export const PRINT_MEDIA = 'print';
const WIDE_QUERY = /^\((?:width>=|min-width:)(\d+(?:\.\d+)?)(rem|em|px)\)$/;

/** True for a media query that holds only at 50rem (800px) and wider. */
export function isWideOnly(params: string): boolean {
  const m = WIDE_QUERY.exec(params.replace(/\s+/g, ''));
  if (!m) return false;
  const px = Number(m[1]) * (m[2] === 'px' ? 1 : 16);
  return px >= 800;
}

/** Copies the chain of @layer/@supports wrappers from the root down to `node`, around `node`. */
function wrapped(node: ChildNode): ChildNode {
  let copy: ChildNode = node.clone();
  // Inside a stylesheet, everything between a rule and the root is an at-rule (@layer, @supports).
  let parent = node.parent as AtRule | Root | undefined;
  while (parent && parent.type !== 'root') {
    const shell = parent.clone({ nodes: [] });
    shell.append(copy);
    copy = shell;
    parent = parent.parent as AtRule | Root | undefined;
  }
  return copy;
}

/** Drops blocks the split left empty, except @layer blocks: their first appearance fixes the layers' order. */
function pruneEmpty(container: Container): void {
  container.walkAtRules((at) => {
    if (at.name !== 'layer' && at.nodes && at.nodes.length === 0) at.remove();
  });
}

// Astro scopes a component's styles with a class (astro-xxxxxxxx) that every element the component
// renders carries. Starlight ships the styles of components this site never renders (the banner,
// the hero, badges, link buttons): a scope class found in no built page or script means its rules
// match nothing, and a phone need not download them (0.8 KB gzipped). A selector that only negates
// a scope (:not(.astro-x)) would match more without it, so such a selector is always kept.
const SCOPE = /\.(astro-[a-z0-9]{8})\b/g;

/** The scope classes named in a built page or script. */
export const scopesIn = (text: string): string[] => [...text.matchAll(/\bastro-[a-z0-9]{8}\b/g)].map((m) => m[0]);

function dropUnrendered(root: Root, rendered: ReadonlySet<string>): void {
  const dead = (selector: string) => !selector.includes(':not(') && [...selector.matchAll(SCOPE)].some((m) => !rendered.has(m[1]));
  root.walkRules((rule) => {
    const live = rule.selectors.filter((selector) => !dead(selector));
    if (live.length === 0) rule.remove();
    else if (live.length < rule.selectors.length) rule.selectors = live;
  });
}

// Likewise a rule that needs a class or an element no built page or script names matches nothing:
// Starlight's styles for code, block quotes, h5/h6, right-to-left text or expressive-code frames on a
// site that has none. Words are gathered from pages and scripts alike (a script may add a class), and
// any word counts, so a class that appears only in text is kept: the check can only keep too much.
// Elements are named more strictly when their tags are given (tagsIn): an element is there only if a
// page or script writes its tag ("<code", createElement("code")), since a script's own words ("pre",
// "code" as variable names) made Starlight's code styles look used.
// Only a selector's own compounds are read, never the arguments of :not(), :is(), :where() or :has():
// an absent class inside :not() makes a selector match more, not less.

/** The words of a built page or script, in both cases, as classes and element names are compared. */
export const wordsIn = (text: string): string[] => (text.match(/[A-Za-z_][\w:-]*/g) ?? []).flatMap((w) => [w, w.toLowerCase()]);

/** The element names a built page or script writes: as a tag in markup or a string, or through createElement. */
export const tagsIn = (text: string): string[] =>
  [...text.matchAll(/<([A-Za-z][\w-]*)|createElement(?:NS)?\((?:[^,()]*,)?\s*["'`]([A-Za-z][\w-]*)["'`]/g)].map((m) =>
    (m[1] ?? m[2]).toLowerCase(),
  );

/** What the pages and scripts name: every word (for classes) and, if known, every element written (tagsIn). */
export type Present = ReadonlySet<string> | { words: ReadonlySet<string>; tags: ReadonlySet<string> };

const needsAbsent = (selector: string, present: Present): boolean => {
  const words = 'words' in present ? present.words : present;
  const tags = 'tags' in present ? present.tags : present;
  const has = (set: ReadonlySet<string>, name: string) => set.has(name) || set.has(name.toLowerCase());
  let absent = false;
  selectorParser((selectors) => {
    selectors.each((complex) => {
      complex.each((node) => {
        if ((node.type === 'class' && !has(words, node.value)) || (node.type === 'tag' && !has(tags, node.value))) absent = true;
        // [dir=rtl] on a site that no page or script writes "rtl" in.
        if (node.type === 'attribute' && node.operator === '=' && /^[\w-]+$/.test(node.value ?? '') && !has(words, node.value!))
          absent = true;
      });
    });
  }).processSync(selector);
  return absent;
};

// Starlight writes :not(:where(.not-content *)) after most content selectors, so that a block marked
// not-content escapes them. With no such block anywhere the condition always holds, and as :where()
// weighs nothing the selector matches the same elements with the same specificity without it.
const ALWAYS_TRUE_NOT = (present: Present) =>
  selectorParser((selectors) => {
    selectors.walkPseudos((pseudo) => {
      if (pseudo.value !== ':not' || pseudo.nodes.length !== 1) return;
      const [only] = pseudo.nodes[0].nodes;
      if (pseudo.nodes[0].nodes.length !== 1 || only.type !== 'pseudo' || only.value !== ':where') return;
      if (!(only as selectorParser.Pseudo).nodes.every((arg) => needsAbsent(arg.toString(), present))) return;
      // Alone in its compound (".a > :not(…)") it becomes *, which matches the same and weighs as little.
      const [prev, next] = [pseudo.prev(), pseudo.next()];
      if ((!prev || prev.type === 'combinator') && (!next || next.type === 'combinator')) pseudo.replaceWith(selectorParser.universal());
      else pseudo.remove();
    });
  });

function dropAbsent(root: Root, present: Present): void {
  const dropNot = ALWAYS_TRUE_NOT(present);
  root.walkRules((rule) => {
    if (rule.selector.includes(':where(')) rule.selector = dropNot.processSync(rule.selector);
    // Keyframe selectors (from, to, 50%) are not element names.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    const live = rule.selectors.filter((selector) => !needsAbsent(selector, present));
    if (live.length === 0) rule.remove();
    else if (live.length < rule.selectors.length) rule.selectors = live;
  });
}

/** True for a media query that holds only on paper. */
export const isPrintOnly = (params: string): boolean => params.trim().toLowerCase() === 'print';

/**
 * The stylesheet's screen rules for every width, its wide-only rules and its print-only rules ('' when
 * none), without the rules of components that no page renders (`rendered`: the scope classes in use).
 */
export function splitStylesheet(
  css: string,
  rendered: ReadonlySet<string>,
  /** The words of every built page and script (wordsIn), and maybe their tags (tagsIn); without it, rules are kept whatever they name. */
  present?: Present,
): { narrow: string; wide: string; print: string } {
  const narrow = postcss.parse(css);
  dropUnrendered(narrow, rendered);
  if (present) dropAbsent(narrow, present);
  pruneEmpty(narrow);
  const wide = postcss.root();
  const print = postcss.root();
  narrow.walkAtRules('media', (media) => {
    const to = isWideOnly(media.params) ? wide : isPrintOnly(media.params) ? print : null;
    if (!to) return;
    to.append(wrapped(media));
    media.remove();
  });
  pruneEmpty(narrow);
  return { narrow: narrow.toString(), wide: wide.toString(), print: print.toString() };
}

/** The three files' addresses for a stylesheet's address. */
export const splitNames = (href: string) => ({
  narrow: href.replace(/\.css$/, '-smal.css'),
  wide: href.replace(/\.css$/, '-bred.css'),
  print: href.replace(/\.css$/, '-utskrift.css'),
});

/** Which of the split files a stylesheet has beside the narrow one; null when it was not split. */
export type SplitFiles = { wide: boolean; print: boolean } | null;

/**
 * The page with each of its Astro stylesheet links (under `${base}_astro/`, for all media) replaced
 * by a link to the narrow file and media-conditioned links to the wide and print ones. `split(href,
 * print)` splits a stylesheet once and says which files it got; `print` is the address of an Astro
 * stylesheet for paper linked before it (Starlight's print.css), whose rules the split files then
 * carry, so that its link goes. A page with no Astro stylesheet fails, naming the file: it would mean
 * the build's HTML changed shape and the split silently did nothing.
 */
export function linkSplitStylesheets(
  html: string,
  file: string,
  base: string,
  split: (href: string, print: string | null) => SplitFiles,
): string {
  const prefix = `${base.replace(/\/+$/, '')}/_astro/`;
  const astroSheets = findElements(html, ['link']).filter(
    (l) =>
      (l.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet') &&
      (l.attrs.href ?? '').startsWith(prefix) &&
      l.attrs.href.endsWith('.css'),
  );
  const links = astroSheets.filter((l) => !l.attrs.media);
  if (links.length === 0)
    throw new BuiltPageError(file, `sidan länkar ingen stilmall under ${prefix}, så den kan inte delas för mobil och breda skärmar.`);
  // Only a print sheet ahead of the first page stylesheet, and only one: the merge keeps its rules' place in the cascade for that order.
  const printLinks = astroSheets.filter((l) => (l.attrs.media ?? '').trim().toLowerCase() === PRINT_MEDIA);
  const printLink = printLinks.length === 1 && printLinks[0].start < links[0].start ? printLinks[0] : null;
  const edits: Edit[] = links.flatMap((link, i) => {
    const merging = i === 0 ? printLink : null;
    const files = split(link.attrs.href, merging?.attrs.href ?? null);
    if (!files) return [];
    const names = splitNames(link.attrs.href);
    const linkTo = (href: string, media?: string) =>
      `<link rel="stylesheet" href="${attributeValue(href)}"${media ? ` media="${media}"` : ''}>`;
    const text =
      linkTo(names.narrow) + (files.wide ? linkTo(names.wide, WIDE_MEDIA) : '') + (files.print ? linkTo(names.print, PRINT_MEDIA) : '');
    const replace = { start: link.start, end: link.end, text };
    return merging ? [{ start: merging.start, end: merging.end, text: '' }, replace] : [replace];
  });
  return applyEdits(html, edits);
}

/**
 * The scripts that pages load, by file name: those a page names, then those a loaded script names
 * (an import, a dynamic import, a worker). dist/ also holds scripts no page loads (Pagefind's ready-made
 * search interfaces, Expressive Code's copy button), whose words would keep dead rules alive.
 */
export function scriptsLoaded(pages: readonly string[], scripts: ReadonlyMap<string, string>): string[] {
  const loaded = new Set<string>();
  const named = (name: string, texts: Iterable<string>) => [...texts].some((t) => t.includes(name));
  for (const name of scripts.keys()) if (named(name, pages)) loaded.add(name);
  for (let grew = true; grew;) {
    grew = false;
    for (const name of scripts.keys())
      if (
        !loaded.has(name) &&
        named(
          name,
          [...loaded].map((n) => scripts.get(n)!),
        )
      ) {
        loaded.add(name);
        grew = true;
      }
  }
  return [...loaded];
}
