// Reader questions for the search index, from content/sok/lasarfragor/*.yaml: read, checked, and put
// on the headings of the built pages for Pagefind to index (src/integrations/reader-questions.mjs).
// A question on a page or heading that does not exist would quietly stop working when a heading is
// renamed, so the build stops and names the file, the page and the heading.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { QUESTIONS_CLOSE, QUESTIONS_OPEN, type Asked } from './search/reader-questions.ts';
import { escapeHtml, unescapeHtml } from './search/highlight.ts';
import { parse } from 'parse5';
import { attributeOf, childrenOf, isElement } from './html-edit.ts';
import { INDEX_IGNORE_ATTRIBUTE } from './link-lists.ts';

export const QUESTIONS_DIR = 'content/sok/lasarfragor';
/** The attribute that holds a heading's questions, and that Pagefind is told to index. */
export const QUESTIONS_ATTRIBUTE = 'data-lasarfragor';

/** Page address → heading anchor → questions, with the file each came from. */
export type ReaderQuestions = Map<string, { file: string; headings: Map<string, string[]> }>;

const MAX_WORDS = 12;

export function readReaderQuestions(root: string): { questions: ReaderQuestions; problems: string[] } {
  const questions: ReaderQuestions = new Map();
  const problems: string[] = [];
  const dir = join(root, QUESTIONS_DIR);
  if (!existsSync(dir)) return { questions, problems };
  for (const name of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = `${QUESTIONS_DIR}/${name}`;
    let data: unknown;
    try {
      data = parseYaml(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      problems.push(`${file}: filen går inte att läsa som YAML: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    if (data === null || data === undefined) continue;
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push(`${file}: ska vara sidadresser (/roller/styrelsen/) med rubrikernas ankare under sig.`);
      continue;
    }
    for (const [page, headings] of Object.entries(data)) {
      if (!/^\/([a-z0-9-]+\/)*$/.test(page)) {
        problems.push(`${file}: "${page}" är ingen sidadress; skriv den som /kapitel/sida/ med snedstreck först och sist.`);
        continue;
      }
      if (questions.has(page)) {
        problems.push(`${file}: ${page} finns redan i ${questions.get(page)!.file}; samla sidans frågor på ett ställe.`);
        continue;
      }
      const byHeading = new Map<string, string[]>();
      for (const [anchor, list] of Object.entries(headings ?? {})) {
        if (!Array.isArray(list) || !list.length || list.some((q) => typeof q !== 'string' || !q.trim())) {
          problems.push(`${file}: ${page} ${anchor}: ska vara en lista med minst en fråga (text).`);
          continue;
        }
        for (const q of list as string[]) {
          if (q.includes(QUESTIONS_OPEN) || q.includes(QUESTIONS_CLOSE))
            problems.push(`${file}: ${page} ${anchor}: "${q}" har ett tecken som sökningen använder som gräns (⁅ ⁆).`);
          else if (q.trim().split(/\s+/).length > MAX_WORDS)
            problems.push(
              `${file}: ${page} ${anchor}: "${q}" har fler än ${MAX_WORDS} ord; skriv frågan så kort som läsare skriver i sökrutan.`,
            );
        }
        byHeading.set(
          anchor,
          list.map((q: string) => q.trim()),
        );
      }
      questions.set(page, { file, headings: byHeading });
    }
  }
  return { questions, problems };
}

const HEADING = /<h([1-6])\b([^>]*?)\sid="([^"]*)"([^>]*)>/g;

/** Headings Starlight adds itself (the page title, the table of contents): no editor's anchor to move questions to. */
const OWN_HEADING = /^(_top|starlight__)/;

/**
 * The page's HTML with each heading's questions in QUESTIONS_ATTRIBUTE, which Pagefind indexes as
 * text at the heading (data-pagefind-index-attrs), between QUESTIONS_OPEN and QUESTIONS_CLOSE.
 * `problems` gets one line for each anchor that is no heading on the page.
 */
export function addReaderQuestions(html: string, page: string, file: string, headings: Map<string, string[]>, problems: string[]): string {
  const seen = new Set<string>();
  const ids: string[] = [];
  const out = html.replace(HEADING, (tag, level, before, id, after) => {
    const anchor = unescapeHtml(id);
    ids.push(anchor);
    const list = headings.get(anchor);
    if (!list || level === '1') return tag;
    seen.add(anchor);
    const text = questionsText(list);
    return `<h${level}${before} id="${id}"${after} ${QUESTIONS_ATTRIBUTE}="${escapeHtml(text)}" data-pagefind-index-attrs="${QUESTIONS_ATTRIBUTE}">`;
  });
  // A heading kept out of the index (a box with data-pagefind-ignore="all") keeps its questions out
  // too: they would be searched nowhere, without a word (reader questions, second pass).
  const unindexed = html.includes(INDEX_IGNORE_ATTRIBUTE) ? unindexedHeadings(html) : new Set<string>();
  for (const anchor of seen)
    if (unindexed.has(anchor))
      problems.push(
        `${file}: ${page}: rubriken med ankaret "${anchor}" står i en del av sidan som inte söks (${INDEX_IGNORE_ATTRIBUTE}), så frågorna under den hittas aldrig. Flytta dem till en rubrik som söks.`,
      );
  for (const anchor of headings.keys())
    if (!seen.has(anchor))
      problems.push(
        `${file}: ${page} har ingen rubrik med ankaret "${anchor}". Rubrikerna där: ${ids.filter((i) => !OWN_HEADING.test(i)).join(', ') || '(inga)'}.`,
      );
  return out;
}

/** The ids of the headings Pagefind leaves out: those with INDEX_IGNORE_ATTRIBUTE or inside an element that has it. */
function unindexedHeadings(html: string): Set<string> {
  const ids = new Set<string>();
  const walk = (node: Parameters<typeof childrenOf>[0], ignored: boolean) => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      const here = ignored || attributeOf(child, INDEX_IGNORE_ATTRIBUTE) !== undefined;
      const id = attributeOf(child, 'id');
      if (here && id && /^h[2-6]$/.test(child.tagName)) ids.add(id);
      walk(child, here);
    }
  };
  walk(parse(html), false);
  return ids;
}

/**
 * A heading's questions as Pagefind indexes them: the marks as words of their own, so that every
 * question's words are words Pagefind knows, and where each question stands can be counted
 * (askedPositions).
 */
export const questionsText = (list: string[]) => `${QUESTIONS_OPEN} ${list.join('. ')} ${QUESTIONS_CLOSE}`;

/**
 * Where each heading's questions stand among a page's words in Pagefind's index, for ranking
 * (/sok/data.json, `asked`): per section, its index among `anchors`, the position of the open mark
 * and the number of words of each question. `content` and `locations` are Pagefind's (the page's
 * fragment). A page whose text does not hold the questions where its heading starts was indexed
 * otherwise than this file writes them: a line in `problems`.
 */
export function askedPositions(
  page: string,
  content: string,
  locations: Map<string, number>,
  anchors: string[],
  headings: Map<string, string[]>,
  problems: string[],
): Asked[] {
  const words = content.split(/\s+/);
  const out: Asked[] = [];
  for (const [anchor, list] of headings) {
    const section = anchors.indexOf(anchor);
    const at = locations.get(anchor);
    if (section < 0 || at === undefined) continue;
    const lengths = list.map((q) => q.split(/\s+/).length);
    const end = at + 1 + lengths.reduce((a, b) => a + b, 0);
    if (words[at] !== QUESTIONS_OPEN || words[end] !== QUESTIONS_CLOSE) {
      problems.push(
        `Sökindexet har inte läsarfrågorna till ${page}#${anchor} där rubriken börjar (ord ${at}): har Pagefind ändrat hur den räknar ord?`,
      );
      continue;
    }
    out.push({ section, at, lengths });
  }
  return out.sort((a, b) => a.section - b.section);
}

/** The page's HTML without the questions again, once Pagefind has indexed them: readers' pages stay as light as before. */
export const removeReaderQuestions = (html: string) =>
  html.includes(QUESTIONS_ATTRIBUTE)
    ? html.replace(new RegExp(` ${QUESTIONS_ATTRIBUTE}="[^"]*" data-pagefind-index-attrs="${QUESTIONS_ATTRIBUTE}"`, 'g'), '')
    : html;
