// A place in a report as a reader meets it in a note. Content keeps the report's own terms
// ("författningsförslaget, 10 § nuvarande lydelse"), which editors match against the report; readers
// get the same place in plain Swedish. A paragraph's current wording is cited from the column of the
// report's law proposal that reprints today's law: the note says first that it is today's law (so no
// reader takes it for a proposal) and then where the report reprints it, so the place stays findable.
// The proposal itself keeps the report's heading, "Förslag till ändring i lagen …".

const PROPOSAL = String.raw`\bförfattningsförslag(?:et)?, `;
const RULES: [RegExp, string][] = [
  [new RegExp(`${PROPOSAL}([^§]+?) §§ nuvarande lydelse\\b`, 'g'), '$1 §§ som de lyder i dag (återgivna i lagförslaget)'],
  [new RegExp(`${PROPOSAL}([^§]+?) § nuvarande lydelse\\b`, 'g'), '$1 § som den lyder i dag (återgiven i lagförslaget)'],
  [/§§ nuvarande lydelse\b/g, '§§ som de lyder i dag'],
  [/(?<!§)§ nuvarande lydelse\b/g, '§ som den lyder i dag'],
  [/§§ föreslagen lydelse\b/g, '§§ som de föreslås lyda'],
  [/(?<!§)§ föreslagen lydelse\b/g, '§ som den föreslås lyda'],
  [/\bförfattningsförslag(?:et)?\b/g, 'förslaget till ändring i lagen'],
  [/\bförfattningskommentaren\b/g, 'kommentaren till lagförslaget'],
];

/** The place as shown to readers; the same place, in words a reader without legal training knows. */
export function readablePlace(plats: string): string {
  return RULES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), plats);
}
