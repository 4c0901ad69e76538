// "9 §", "7 a §" and "11 kap." are one reference each: a line that breaks inside one leaves "§" or
// "kap." alone at the start of the next line, where a reader loses which paragraph is meant.
const NBSP = '\u00A0';
/** A paragraph or chapter number, an optional letter (7 a §), then the sign or "kap.". */
const REFERENCE = /(\d+)( [a-z])? (§|kap\.)/g;

/**
 * The text with the spaces inside every law reference made no-break.
 * @param {string} text
 * @returns {string}
 */
export function joinReferences(text) {
  return text.replace(REFERENCE, (_, number, letter, sign) => `${number}${letter ? NBSP + letter.trim() : ''}${NBSP}${sign}`);
}
