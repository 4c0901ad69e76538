// The HTML of /sok/'s results and direct answer (page.ts puts it on the page), apart so that it can be
// tested without a browser.
import { escapeHtml } from './highlight.ts';
import { isSitePath, type AnswerLink } from './answer-files.ts';

export function fill(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/**
 * A result: a heading (level 3, under the list's "Träffar") whose link names the page and the section
 * it opens. The section was a paragraph of its own beside a link named by the page alone, so a
 * screen reader's list of links said "Revision", "Frågor och svar" and not which question each
 * opens (review of /sok/). The section is read once, as part of the link, and the excerpt after it.
 */
export function resultHtml(r: { href: string; title: string; section?: string; type?: string; excerpt: string }): string {
  // After the page, for the link's name only ("Revision: Hur prövas ansvarsfriheten?"): on screen the
  // two stand on lines of their own, which a browser's name for the link parts with a space.
  const colon = r.section && !/[?!:.]$/.test(r.title.replace(/<[^>]*>/g, '')) ? '<span class="sok-kolon">:</span>' : '';
  const section = r.section ? `<span class="sok-section">${r.section}</span>` : '';
  return (
    `<li><h3 class="sok-traff">${r.type ?? ''}<a href="${escapeHtml(r.href)}"><span class="sok-sida">${r.title}${colon}</span>${section}</a></h3>` +
    `<p class="sok-excerpt">${r.excerpt}</p></li>`
  );
}

/**
 * An answer's text with its links, as the page it is from has them: "Läs mer under Vem utser
 * revisorerna? och på sidan Revision." read as plain text in the box while the FAQ page linked both
 * (reader review). The text is escaped, and a link is made only of a path on this site whose words
 * are in the text, not overlapping another: the file cannot put any other markup on /sok/.
 */
export function answerTextHtml(text: string, links: AnswerLink[] = []): string {
  let out = '';
  let at = 0;
  for (const [start, end, href] of [...links].sort((a, b) => a[0] - b[0])) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > text.length) continue;
    if (typeof href !== 'string' || !isSitePath(href)) continue;
    out += `${escapeHtml(text.slice(at, start))}<a href="${escapeHtml(href)}">${escapeHtml(text.slice(start, end))}</a>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

/**
 * The direct answer: a heading (level 2, before the results' "Träffar") naming where the answer is
 * from and what it answers, "Ordlistan: SUS"; its text, with its links; and the link on, in a
 * paragraph of its own class (sok-svar-mer), which the search bench and the tests read as the
 * answer's link. The box follows the status line, which names the answer only ("Ett direkt svar och
 * 5 träffar"), so that a screen reader's next step from the status, or its next heading, is the
 * answer itself. `links` are the text's links with the site's base (answerTextHtml).
 */
export function answerHtml(kind: string, title: string, text: string, href: string, more: string, links: AnswerLink[] = []): string {
  return (
    `<h2 id="sok-svar-rubrik" class="sok-svar-rubrik"><span class="sok-svar-typ">${escapeHtml(kind)}<span class="sok-kolon">:</span></span>` +
    `<span class="sok-svar-titel">${escapeHtml(title)}</span></h2>` +
    (text ? `<p>${answerTextHtml(text, links)}</p>` : '') +
    `<p class="sok-svar-mer"><a href="${escapeHtml(href)}">${escapeHtml(more)}</a></p>`
  );
}

/**
 * The answer box's link on, naming the page and the section when there is one: "Läs mer på sidan
 * Revision, under Hur prövas ansvarsfriheten?". A link to a section said only "Läs mer: Hur prövas
 * ansvarsfriheten?" beside "Läs mer på sidan Beredningsgruppen" for a page (review of /sok/).
 */
export function readMore(
  href: string,
  title: string,
  pages: { url: string; title: string }[],
  text: Record<string, string | undefined>,
): string {
  const [path, anchor] = href.split('#');
  const page = pages.find((p) => p.url === path)?.title;
  if (!anchor) return fill(text.textMorePage, { title: page ?? title });
  return page ? fill(text.textMore, { page, title }) : fill(text.textMoreSection, { title });
}
