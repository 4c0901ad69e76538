// Swedish number formatting. Intl's sv-SE output uses a non-breaking space between thousands and
// before the percent sign, so a figure never wraps across two lines.
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  return integer.format(value);
}

/** A share in percent: formatPercent(47) → "47 %" (with a non-breaking space). */
export function formatPercent(value: number): string {
  return `${integer.format(value)}\u00a0%`;
}

/** A part of a whole as a percent, rounded to whole percent as the reports do. */
export function shareOf(part: number, whole: number): number {
  return Math.round((part / whole) * 100);
}

/**
 * A title or term set inside a sentence ("varav kvinnor", "Mer om beredningsgrupp i vägledningen"):
 * its first letter in lower case. An abbreviation (ESF+, SUS, ISF …) and a name keep their capitals;
 * lowering the whole text would also have lowered the agencies' names inside it.
 */
export function inSentence(text: string, { name = false } = {}): string {
  // An abbreviation starts with two capitals, also as part of a compound ("ESF-projekt").
  if (name || /^\p{Lu}\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
}

const conjunction = new Intl.ListFormat('sv', { type: 'conjunction' });

/** Items named in a sentence: listInSentence(['2017', '2021', '2023']) → "2017, 2021 och 2023". */
export function listInSentence(items: string[]): string {
  return conjunction.format(items);
}

const disjunction = new Intl.ListFormat('sv', { type: 'disjunction' });

/** Alternatives named in a sentence: orInSentence(['Styrelsen', 'Kommunen']) → "Styrelsen eller Kommunen". */
export function orInSentence(items: string[]): string {
  return disjunction.format(items);
}
