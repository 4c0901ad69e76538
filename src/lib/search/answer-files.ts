// Where /sok/ finds the text of a direct answer: one small file per glossary definition or FAQ
// answer, fetched when that answer is shown, instead of one file with all of them (9 KB compressed,
// of which a reader needs 0.3).
/** The folder the files are in (src/routes/sok-svar.ts writes them). */
export const ANSWER_DIR = '/sok/svar/';

export type AnswerKind = 'term' | 'faq';

/** A text in lower-case ASCII letters and digits, with hyphens between words ("Förbundschef" → "forbundschef"). */
export const asciiAnchor = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** One answer's file name: the kind and the anchor, in ASCII (FAQ anchors keep å, ä, ö). */
export function answerFile(kind: AnswerKind, anchor: string): string {
  return `${kind === 'term' ? 'ord' : 'fraga'}-${asciiAnchor(anchor)}.json`;
}

/**
 * Where an answer sends the reader for the whole of it ("Läs mer under [Vem betalar revisionen?](…)",
 * a definition's page in the guidance), root-relative, and the heading or page title it leads to.
 */
export interface ReadMore {
  title: string;
  href: string;
}

/**
 * A link inside an answer's text, as on the page the answer is from ("Läs mer under [Vem utser
 * revisorerna?](…) och på sidan [Revision](…)"): where its words begin and end in the text (UTF-16
 * offsets, as JavaScript counts) and its root-relative address on this site, without the base.
 */
export type AnswerLink = [start: number, end: number, href: string];

/** What each file holds: the text, its links, and for an answer that sends the reader on, where to. */
export interface AnswerFile {
  text: string;
  links?: AnswerLink[];
  more?: ReadMore;
}

/**
 * Whether an address is a path on this site: root-relative, not "//host" (another site to a browser)
 * nor with a backslash, which a browser reads as a slash. Only such links are kept in an answer.
 */
export const isSitePath = (href: string) => /^\/(?![/\\])[^\\\s]*$/.test(href);
