// Reader questions (content/sok/lasarfragor/): how readers may ask for what a section answers, in
// their own words ("läggs ned" for "upplöses"). They are indexed with the section's heading
// (src/integrations/reader-questions.mjs) but never shown: Pagefind keeps them in a page's text, so
// every excerpt and opening a result shows is cleaned of them here. The marks are characters no page
// uses, and Pagefind drops them from the words it indexes.

export const QUESTIONS_OPEN = '⁅';
export const QUESTIONS_CLOSE = '⁆';

/**
 * The text without reader questions: whole ones, one cut at the start of an excerpt (only its close
 * mark is left) and one cut at its end (only its open mark).
 */
export function withoutReaderQuestions(text: string): string {
  if (!text.includes(QUESTIONS_OPEN) && !text.includes(QUESTIONS_CLOSE)) return text;
  return text
    .replace(/⁅[^⁆]*⁆/g, ' ')
    .replace(/^[^⁅]*⁆/, '')
    .replace(/⁅[^⁆]*$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * The page's text with each reader question's words as one sign each ("⁅ · · · ⁆"): once ranking
 * knows where the questions stand (askedPositions, at build time), their words are not needed in a
 * page's fragment, which each result shown downloads (a first search stays within 150 KB), but every
 * word after them must keep its position.
 */
export const blankReaderQuestions = (content: string) =>
  content.includes(QUESTIONS_OPEN)
    ? content.replace(
        /⁅ ([^⁆]*) ⁆/g,
        (_, words: string) =>
          `⁅ ${words
            .split(/\s+/)
            .map(() => '·')
            .join(' ')} ⁆`,
      )
    : content;

/** How many words from `at` belong to reader questions (words split on whitespace, as Pagefind counts them). */
export function readerQuestionWords(words: string[], at: number): number {
  if (!words[at]?.startsWith(QUESTIONS_OPEN)) return 0;
  for (let i = at; i < words.length; i++) if (words[i].includes(QUESTIONS_CLOSE)) return i - at + 1;
  return words.length - at;
}

/** A section's reader questions in Pagefind's index: the section's index on its page, the position of the open mark, each question's number of words. */
export interface Asked {
  section: number;
  at: number;
  lengths: number[];
}

/**
 * A page's questions as /sok/data.json sends them (every search's first download): per section, in
 * base 36, its index and the mark's position as steps from the section before, and each question's
 * length as one digit (a question has at most 12 words): "1:1n:4363 2:6z:546". As numbers in JSON
 * they were a fifth of the file.
 */
export function askedToWire(asked: Asked[]): string {
  let section = 0;
  let at = 0;
  return asked
    .map((a) => {
      const step = `${(a.section - section).toString(36)}:${(a.at - at).toString(36)}:${a.lengths.map((n) => n.toString(36)).join('')}`;
      section = a.section;
      at = a.at;
      return step;
    })
    .join(' ');
}

export function askedFromWire(wire: string): Asked[] {
  let section = 0;
  let at = 0;
  return wire
    .split(' ')
    .filter(Boolean)
    .map((group) => {
      const [s, a, lengths] = group.split(':');
      section += parseInt(s, 36);
      at += parseInt(a, 36);
      return { section, at, lengths: [...lengths].map((c) => parseInt(c, 36)) };
    });
}

/** Each question's first and last word position, from where its section's questions start. */
export function questionRanges({ at, lengths }: Asked): [number, number][] {
  let from = at + 1;
  return lengths.map((n) => {
    const range: [number, number] = [from, from + n - 1];
    from += n;
    return range;
  });
}
