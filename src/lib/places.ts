// A place in a report as a reader meets it in a note. Content keeps the report's own terms
// ("författningsförslaget, 10 § nuvarande lydelse"), which editors match against the report; readers
// get the same place in plain Swedish, with the paragraph first. A paragraph's current wording is
// cited from the column of the report's law proposal that reprints today's law: the note says first
// that it is the law as it reads today (so no reader takes it for a proposal) and then that the report
// reprints it, so the place stays findable. A board member reviewing the site read "(återgiven i
// lagförslaget)" and "författningsförslaget" as jargon: the words now say whose proposal it is (the
// report's, named just before in the note) and drop the brackets. Review 21 found "7 § i lagen som den
// lyder i dag, återgiven i rapportens lagförslag" heavy: "7 § i dagens lag, citerad i rapportens
// lagförslag" says the same in fewer words.

const PROPOSAL = String.raw`\bförfattningsförslag(?:et)?, `;
// The paragraph(s) cited: "10", "7 a", "25 och 26", "7, 7 a och 10", "30–38". Never crosses a "§".
const PARAGRAPHS = String.raw`([^§;]+?) (§§?)`;
const REPORT_PROPOSAL = 'rapportens lagförslag';

const plural = (sign: string) => sign === '§§';
const RULES: [RegExp, (...groups: string[]) => string][] = [
  [
    new RegExp(`${PROPOSAL}${PARAGRAPHS} nuvarande lydelse\\b`, 'g'),
    (_, p, sign) =>
      plural(sign) ? `${p} §§ i dagens lag, citerade i ${REPORT_PROPOSAL}` : `${p} § i dagens lag, citerad i ${REPORT_PROPOSAL}`,
  ],
  [
    new RegExp(`${PROPOSAL}${PARAGRAPHS} föreslagen lydelse\\b`, 'g'),
    (_, p, sign) => (plural(sign) ? `${p} §§ som rapporten föreslår att de ska lyda` : `${p} § som rapporten föreslår att den ska lyda`),
  ],
  [new RegExp(`${PROPOSAL}${PARAGRAPHS}(?=[,;]|$)`, 'g'), (_, p, sign) => `${p} ${sign} i ${REPORT_PROPOSAL}`],
  [new RegExp(`${PROPOSAL}inledningen\\b`, 'g'), () => `inledningen till ${REPORT_PROPOSAL}`],
  [
    new RegExp(String.raw`\bförfattningskommentaren(?:, | till )${PARAGRAPHS}(?=[,;]|$)`, 'g'),
    (_, p, sign) => `rapportens kommentar till ${p} ${sign} i lagförslaget`,
  ],
  [/(?<!§)(§§?) nuvarande lydelse\b/g, (_, sign) => `${sign} i dagens lag`],
  [/(?<!§)(§§?) föreslagen lydelse\b/g, (_, sign) => (plural(sign) ? '§§ som de föreslås lyda' : '§ som den föreslås lyda')],
  [/\bförfattningsförslag(?:et)?\b/g, () => REPORT_PROPOSAL],
  [/\bförfattningskommentaren\b/g, () => 'rapportens kommentar till lagförslaget'],
];

/** The place as shown to readers; the same place, in words a reader without legal training knows. */
export function readablePlace(plats: string): string {
  return RULES.reduce((text, [pattern, replace]) => text.replace(pattern, replace as (...args: string[]) => string), plats);
}
