// A place in a report as a reader meets it in a note. Content keeps the report's own terms
// ("författningsförslaget, 10 § nuvarande lydelse"), which editors match against the report; readers
// get the same place in plain Swedish. The report's name for the part is kept where it is the
// heading a reader looks for: the proposal's heading reads "Förslag till ändring i lagen …".

const RULES: [RegExp, string][] = [
  [/(§§?) nuvarande lydelse\b/g, '$1 i dag'],
  [/§§ föreslagen lydelse\b/g, '§§ som de föreslås lyda'],
  [/(?<!§)§ föreslagen lydelse\b/g, '§ som den föreslås lyda'],
  [/\bförfattningsförslag(?:et)?\b/g, 'förslaget till ändring i lagen'],
  [/\bförfattningskommentaren\b/g, 'kommentaren till lagförslaget'],
];

/** The place as shown to readers; the same place, in words a reader without legal training knows. */
export function readablePlace(plats: string): string {
  return RULES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), plats);
}
