// The answers of the FAQ page for /sok/'s direct answers, read from its MDX as a syntax tree
// (mdast with the MDX extension), so a link, emphasis or component inside an answer is a node and
// not something a regular expression has to guess. Build-time only: the browser gets the result.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Link, Paragraph, PhrasingContent } from 'mdast';
import { isSitePath, type AnswerLink, type ReadMore } from './answer-files.ts';

export interface FaqText {
  question: string;
  /** The answer as plain text; empty when a figure in it comes from a component such as <Stat>. */
  answer: string;
  /** The links in `answer`, as the FAQ page has them ("och på sidan [Revision](/revision/)"). */
  links?: AnswerLink[];
  /** The answer's closing "Läs mer …" link, left out of `answer`: the answer box links there itself. */
  more?: ReadMore;
  /** The answer's words for matching, also where a component supplies a figure. */
  body: string;
}

const isComponent = (node: PhrasingContent) => node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression';
const isCitation = (node: PhrasingContent) => node.type === 'mdxJsxTextElement' && node.name === 'Kalla';

/** Stand in a text for where a link's words begin and end: characters no answer holds. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * A paragraph's text without the given inline nodes, spaces as a reader sees them, and where its
 * links to pages of this site are: a link's words are marked before the spaces are tidied, and the
 * marks read off after, so the offsets hold for the tidied text. A link elsewhere stays plain text.
 */
function plainWithLinks(paragraph: Paragraph, drop: (node: PhrasingContent) => boolean): { text: string; links: AnswerLink[] } {
  const hrefs: string[] = [];
  const strip = (nodes: PhrasingContent[]): PhrasingContent[] =>
    nodes
      .filter((n) => !drop(n))
      .map((n): PhrasingContent => {
        if (n.type === 'link' && isSitePath(n.url)) {
          hrefs.push(n.url);
          return { type: 'text', value: `${OPEN}${toString(n, { includeImageAlt: false })}${CLOSE}` };
        }
        return 'children' in n ? ({ ...n, children: strip(n.children as PhrasingContent[]) } as PhrasingContent) : n;
      });
  const marked = toString({ ...paragraph, children: strip(paragraph.children) }, { includeImageAlt: false })
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
  const links: AnswerLink[] = [];
  let text = '';
  let start = 0;
  let k = 0;
  for (const ch of marked) {
    if (ch === OPEN) start = text.length;
    else if (ch === CLOSE) {
      const href = hrefs[k++];
      // The link's words without a space at either end; one the tidying left empty is no link.
      const words = text.slice(start);
      const from = start + (words.length - words.trimStart().length);
      const to = start + words.trimEnd().length;
      if (to > from) links.push([from, to, href]);
    } else text += ch;
  }
  return { text, links };
}

/** A paragraph's text without the given inline nodes, spaces as a reader sees them. */
const plain = (paragraph: Paragraph, drop: (node: PhrasingContent) => boolean) => plainWithLinks(paragraph, drop).text;

/** "Läs mer under …", "Läs mer på sidan …": the words that lead into an answer's closing link. */
const READ_MORE = /\s*Läs mer\b[^.!?]*$/;

/**
 * A paragraph's closing "Läs mer …" sentence split off: the paragraph without it, and its link. The
 * answer box under a search has its own "Läs mer" link, and the FAQ entry it linked to only sent the
 * reader on to that same page (review 15): the box now links there and says it once.
 */
function splitReadMore(paragraph: Paragraph): { rest: Paragraph; more?: ReadMore } {
  const at = paragraph.children.findLastIndex((n) => n.type === 'link');
  const before = paragraph.children[at - 1];
  const after = paragraph.children.slice(at + 1);
  // Only a link that closes the paragraph (citations and a full stop may follow it).
  const closes = after.every((n) => isCitation(n) || (n.type === 'text' && /^[\s.]*$/.test(n.value)));
  if (at < 1 || before.type !== 'text' || !READ_MORE.test(before.value) || !closes) return { rest: paragraph };
  const link = paragraph.children[at] as Link;
  const lead = { ...before, value: before.value.replace(READ_MORE, '') };
  return {
    rest: { ...paragraph, children: [...paragraph.children.slice(0, at - 1), ...(lead.value.trim() ? [lead] : [])] },
    more: { title: toString(link), href: link.url },
  };
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
    const { rest, more } = splitReadMore(next);
    const { text, links } = hasFigure ? { text: '', links: [] } : plainWithLinks(rest, isCitation);
    out.push({
      question: toString(node),
      answer: text,
      ...(links.length ? { links } : {}),
      body: plain(next, isComponent),
      ...(more && !hasFigure ? { more } : {}),
    });
  });
  return out;
}
