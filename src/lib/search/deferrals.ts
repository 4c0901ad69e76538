import type { ReadMore } from './answer-files.ts';
import { slugOf } from './data-wire.ts';

// Sections that hand their question to another page. The guidance keeps one full answer per topic
// (who the revisors are on /roller/revisorerna/, how the revision proceeds on /revision/) and lets
// the other page keep the heading with a short answer and a pointer: "Läs mer på sidan Revision,
// under [Hur prövas ansvarsfriheten?](/revision/#hur-prövas-ansvarsfriheten)". Search should lead
// to the full answer, so such a short section names the section it points to (rank.ts).

/** A section this short (words of prose, notes and link targets left out) is a summary, not an answer of its own. */
export const SHORT_SECTION_WORDS = 80;

/** Pages whose entries point on as a matter of course; they are not the full answer's place. */
const NOT_TARGETS = new Set(['/ordlista/', '/fragor-och-svar/']);

const HEADING = /^(#{2,3})\s+(.+?)\s*$/;
/** The rest of a line from "Läs mer", and the links to a page's heading in it. */
const READ_MORE = /Läs mer[^\n]*/g;
const HEADING_LINK = /\[([^\]]+)\]\((\/[^)#\s]*)#([^)\s]+)\)/g;

const proseWords = (text: string) =>
  text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/^:::.*$/gm, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean).length;

/**
 * For each short section of an MDX body whose text ends by pointing to a heading on another page
 * ("Läs mer … under [Heading](/page/#anchor)"), its heading text and the pointed-to address
 * ("/page/#anchor"). A pointer inside a list item is one point among others, not the section's answer.
 */
export function deferrals(body: string, ownUrl: string): Map<string, string> {
  const found = new Map<string, string>();
  const sections: { heading: string; lines: string[] }[] = [];
  let inCode = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const heading = inCode ? null : HEADING.exec(line);
    if (heading) sections.push({ heading: heading[2], lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  for (const { heading, lines } of sections) {
    const prose = lines.filter((l) => !/^\s*(?:[-*]|\d+\.)\s/.test(l)).join('\n');
    if (proseWords(lines.join('\n')) > SHORT_SECTION_WORDS) continue;
    const target = [...prose.matchAll(READ_MORE)]
      .flatMap(([rest]) => [...rest.matchAll(HEADING_LINK)])
      // Named by its heading ("under [Vem betalar revisionen?](…)"): the place of that answer, not a
      // page mentioned on the way ("Läs mer på sidan om [beredningsgruppen](…)").
      .find(([, text, url, anchor]) => url !== ownUrl && !NOT_TARGETS.has(url) && slugOf(text) === decodeURIComponent(anchor));
    if (target) found.set(heading, `${target[2]}#${decodeURIComponent(target[3])}`);
  }
  return found;
}

/** A page as a "Läs mer" link names it: its title, and its headings as [text, anchor]. */
export interface LinkedPage {
  title: string;
  sections: [string, string][];
}

/**
 * Where a direct answer's "Läs mer" link should lead, and what it is called there. A section that only
 * hands its question on (`deferrals` above: "Hur går prövningen av ansvarsfrihet till?" on
 * /roller/revisorerna/ is one sentence and "Läs mer på sidan Revision, under …") is followed to the
 * section it points to, as a reader would have to; the link is named by the heading it lands on, or
 * by the page's title when it leads to a page. `pointers` maps "/page/#anchor" (anchor decoded) to
 * the address it points to. Undefined when the address is no page or heading of the guidance.
 */
export function readMoreAt(href: string, pages: Map<string, LinkedPage>, pointers: Map<string, string>): ReadMore | undefined {
  const [path, anchor] = href.split('#');
  let at = anchor ? `${path}#${decodeURIComponent(anchor)}` : path;
  for (const seen = new Set<string>(); pointers.has(at) && !seen.has(at); at = pointers.get(at)!) seen.add(at);
  const [page, section] = at.split('#');
  const target = pages.get(page);
  if (!target) return undefined;
  if (!section) return { title: target.title, href: page };
  const heading = target.sections.find(([, a]) => a === section);
  return heading ? { title: heading[0], href: at } : undefined;
}

/**
 * A glossary entry's `sida` that leads nowhere: no such page, or no heading with that anchor on it.
 * The glossary page and the search's "Läs mer" both link there, and a missing heading would
 * otherwise only drop the "Läs mer" without a word. One Swedish line per entry, naming the file.
 */
export function glossaryLinkProblems(entries: { file: string; sida?: string }[], pages: Map<string, LinkedPage>): string[] {
  const problems: string[] = [];
  for (const { file, sida } of entries) {
    if (!sida) continue;
    const [path, raw] = sida.split('#');
    const page = pages.get(path);
    if (!page) {
      problems.push(`${file}: sida: ${sida} – ${path} är ingen sida i vägledningen.`);
      continue;
    }
    if (raw === undefined) continue;
    const anchor = decodeURIComponent(raw);
    if (page.sections.some(([, a]) => a === anchor)) continue;
    const words = anchor.split('-').filter((w) => w.length > 3);
    const near = page.sections.find(([, a]) => words.some((w) => a.includes(w)));
    problems.push(
      `${file}: sida: ${sida} – sidan ${path} har ingen rubrik med ankaret #${anchor}.` +
        (near ? ` Menar du #${near[1]} (${near[0]})?` : ' Kopiera ankaret från rubrikens länk på sidan.'),
    );
  }
  return problems;
}
