// Long Swedish compounds ("Tillgänglighetsredogörelse") do not fit a heading line on a phone, and
// Chromium has no Swedish hyphenation dictionary, so CSS `hyphens: auto` does nothing and the
// browser breaks the word at an arbitrary letter. A soft hyphen after the joining -s of the most
// common compound parts lets the line break where a Swedish reader expects it, with a hyphen shown.

const SOFT_HYPHEN = '\u00ad';
/** Long words only: shorter ones fit any line ("kunskapsstödet", 14 letters, did not fit the search page's heading at 320 px). */
const MIN_LENGTH = 14;
/** "-ings", "-hets", "-tets", "-tids", "-ions", "arbets-", "-skaps" followed by the next part (4+ letters). */
const JOINT = /(?<=\p{L}{2}(?:ing|het|tet|tid|ion|bet|kap)s)(?=\p{L}{4})/gu;

export function softHyphens(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => (word.length >= MIN_LENGTH ? word.replace(JOINT, SOFT_HYPHEN) : word));
}

/** The text without soft hyphens: where words are compared, matched or copied rather than laid out. */
export const withoutSoftHyphens = (text: string) => text.replaceAll(SOFT_HYPHEN, '');
