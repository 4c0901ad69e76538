// The answers of the FAQ page for /sok/'s direct answers, read from its MDX as a syntax tree
// (mdast with the MDX extension), so a link, emphasis or component inside an answer is a node and
// not something a regular expression has to guess. Build-time only: the browser gets the result.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Paragraph, PhrasingContent } from 'mdast';

export interface FaqText {
  question: string;
  /** The answer as plain text; empty when a figure in it comes from a component such as <Stat>. */
  answer: string;
  /** The answer's words for matching, also where a component supplies a figure. */
  body: string;
}

const isComponent = (node: PhrasingContent) => node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression';
const isCitation = (node: PhrasingContent) => node.type === 'mdxJsxTextElement' && node.name === 'Kalla';

/** A paragraph's text without the given inline nodes, spaces as a reader sees them. */
function plain(paragraph: Paragraph, drop: (node: PhrasingContent) => boolean): string {
  const strip = (nodes: PhrasingContent[]): PhrasingContent[] =>
    nodes
      .filter((n) => !drop(n))
      .map((n) => ('children' in n ? ({ ...n, children: strip(n.children as PhrasingContent[]) } as PhrasingContent) : n));
  return toString({ ...paragraph, children: strip(paragraph.children) }, { includeImageAlt: false })
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
}

/**
 * The first paragraph under each `###` question of an MDX page (the `##` headings above them group
 * the questions by subject). Citations are left out; an answer whose figures come from <Stat> is
 * left empty, so the link to the page carries it.
 */
export function faqAnswers(mdxBody: string): FaqText[] {
  const tree = fromMarkdown(mdxBody, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const out: FaqText[] = [];
  tree.children.forEach((node, i) => {
    if (node.type !== 'heading' || node.depth !== 3) return;
    const next = tree.children[i + 1];
    if (next?.type !== 'paragraph') return;
    const hasFigure = next.children.some((n) => isComponent(n) && !isCitation(n));
    out.push({ question: toString(node), answer: hasFigure ? '' : plain(next, isCitation), body: plain(next, isComponent) });
  });
  return out;
}
