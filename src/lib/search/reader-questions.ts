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

/** How many words from `at` belong to reader questions (words split on whitespace, as Pagefind counts them). */
export function readerQuestionWords(words: string[], at: number): number {
  if (!words[at]?.startsWith(QUESTIONS_OPEN)) return 0;
  for (let i = at; i < words.length; i++) if (words[i].includes(QUESTIONS_CLOSE)) return i - at + 1;
  return words.length - at;
}
