// Citations as numbered notes. <Kalla> and <Stat> only leave a token in the HTML where they stand;
// once a page's body is rendered, numberNotes() turns the tokens into note markers and the list of
// notes, in reading order. Working on the finished HTML (rather than numbering while components
// render) keeps the numbers in reading order although Astro renders sibling components in
// parallel, and lets neighbouring citations be merged into one marker.

/** One reference: a source and the place in it (section, page, paragraph). */
export interface Ref {
  id: string;
  plats: string;
}

/** kalla: a citation in the text; stat: the source of a figure; lista: a source a chart uses (no marker). */
export type TokenKind = 'kalla' | 'stat' | 'lista';

export interface Note {
  n: number;
  /** The references the note names, in the order they were cited. */
  refs: Ref[];
  /** How many markers in the text lead to this note; each can be returned to from the note. */
  uses: number;
}

/** The id of a note's marker: the first use keeps the plain id, later uses are numbered from 2. */
export const markerId = (n: number, use: number) => (use === 1 ? `not-ref-${n}` : `not-ref-${n}-${use}`);

/**
 * Between two markers side by side: seen, not heard (each marker has its own name), not indexed. A comma
 * and a narrow no-break space, as in a list: in Swedish "20,6" reads as a decimal number (review 22b saw
 * "20 ,6"), "20, 6" as two notes, and the no-break space keeps the pair on one line. The CSS draws the
 * comma close to the marker before it (sup.not-skilje in site.css).
 */
export const MARKER_SEPARATOR = '<sup class="not-skilje" aria-hidden="true" data-pagefind-ignore>,\u202F</sup>';

/**
 * A note marker: every marker has its own id, so the note can lead back to the very place the reader
 * came from. `label` is the marker's accessible name ("Not 3", from sv.json: the list it leads to is headed "Noter").
 */
export const markerHtml = (n: number, use: number, label: string) =>
  `<sup class="not" data-pagefind-ignore><a href="#not-${n}" id="${markerId(n, use)}" aria-label="${label}">${n}</a></sup>`;

const TOKEN = /\s*<!--kalla:(kalla|stat|lista):([^:]*):([^>]*?)-->/g;

/** The token a citing component renders; invisible if anything ever shows it unprocessed. */
export function citationToken(kind: TokenKind, id: string, plats = ''): string {
  return `<!--kalla:${kind}:${encodeURIComponent(id)}:${encodeURIComponent(plats)}-->`;
}

/** Block elements: citations on either side of one are never merged. */
const BLOCK =
  /<\/?(?:p|li|ul|ol|dl|dt|dd|h[1-6]|table|tr|td|th|caption|aside|figure|figcaption|section|article|details|summary|blockquote|div)\b/i;

/**
 * The "Kort svar" box: Starlight's aside titled Kort svar, its only form (the build stops a bold
 * **Kort svar:** paragraph, src/lib/content-guards.ts). It must read as plain text, so all its
 * citations share one marker.
 */
const SHORT_ANSWER = /<aside\b[^>]*aria-label="Kort svar"[^>]*>[\s\S]*?<\/aside>/g;

interface Token {
  kind: TokenKind;
  ref: Ref;
  start: number;
  end: number;
  /** Index of the Kort svar box the token sits in, or -1. */
  box: number;
}

interface Group {
  tokens: Token[];
}

const key = (refs: Ref[]) => JSON.stringify(refs.map((r) => [r.id, r.plats]));
/** True when one list of references holds every reference of the other. */
function nested(a: Ref[], b: Ref[]): boolean {
  const ka = new Set(a.map((r) => key([r])));
  const kb = new Set(b.map((r) => key([r])));
  return [...ka].every((k) => kb.has(k)) || [...kb].every((k) => ka.has(k));
}
const sameSource = (g: Group, id: string) => g.tokens.every((t) => t.ref.id === id);

function uniqueRefs(tokens: Token[]): Ref[] {
  const seen = new Set<string>();
  const refs: Ref[] = [];
  for (const t of tokens) {
    const k = key([t.ref]);
    if (!seen.has(k)) {
      seen.add(k);
      refs.push(t.ref);
    }
  }
  return refs;
}

export interface Numbered {
  html: string;
  notes: Note[];
  /** Every source the page cites, also through charts, in order of first use. */
  sources: string[];
}

/**
 * Replaces the citation tokens in `html` with markers and returns the notes. Rules, in order:
 * every citation in a Kort svar box joins one marker at its last citation; a figure's source
 * followed in the same block by a citation of the same source joins that citation (a figure is not
 * cited twice); neighbouring markers in one block become one, placed after the last, when one names
 * every reference the other does (the same note, or a figure's note and the sentence after it). Identical references anywhere on the page share a note number.
 */
export function numberNotes(html: string, marker: (n: number, use: number) => string): Numbered {
  const boxes = [...html.matchAll(SHORT_ANSWER)].map((m) => [m.index, m.index + m[0].length] as const);
  const boxOf = (at: number) => boxes.findIndex(([s, e]) => at >= s && at < e);
  const all: Token[] = [...html.matchAll(TOKEN)].map((m) => ({
    kind: m[1] as TokenKind,
    ref: { id: decodeURIComponent(m[2]), plats: decodeURIComponent(m[3]) },
    start: m.index,
    end: m.index + m[0].length,
    box: boxOf(m.index),
  }));
  const sources = [...new Set(all.map((t) => t.ref.id))];
  const cited = all.filter((t) => t.kind !== 'lista');

  const groups: Group[] = [];
  let previous: Token | undefined;
  for (const t of cited) {
    const last = groups[groups.length - 1];
    const sameBlock = previous !== undefined && !BLOCK.test(html.slice(previous.end, t.start));
    const inSameBox = t.box >= 0 && previous?.box === t.box;
    const figureRun = sameBlock && last !== undefined && last.tokens.every((x) => x.kind === 'stat') && sameSource(last, t.ref.id);
    if (last && (inSameBox || figureRun)) last.tokens.push(t);
    else groups.push({ tokens: [t] });
    previous = t;
  }
  // Neighbouring groups with nothing but text (no block) between them, when one names every
  // reference the other does: the merged marker names them all, so no claim loses its source.
  const merged: Group[] = [];
  for (const g of groups) {
    const last = merged[merged.length - 1];
    if (
      last &&
      nested(uniqueRefs(last.tokens), uniqueRefs(g.tokens)) &&
      !BLOCK.test(html.slice(last.tokens.at(-1)!.end, g.tokens[0].start))
    ) {
      last.tokens.push(...g.tokens);
    } else merged.push(g);
  }

  const numbers = new Map<string, number>();
  const notes: Note[] = [];
  const replacement = new Map<Token, string>();
  for (const g of merged) {
    const refs = uniqueRefs(g.tokens);
    const k = key(refs);
    let n = numbers.get(k);
    if (n === undefined) {
      n = notes.length + 1;
      numbers.set(k, n);
      notes.push({ n, refs, uses: 0 });
    }
    const note = notes[n - 1];
    note.uses += 1;
    const html = marker(n, note.uses);
    g.tokens.forEach((t, i) => replacement.set(t, i === g.tokens.length - 1 ? html : ''));
  }
  let out = '';
  let at = 0;
  // Two markers with only a space between them are two notes: a comma between keeps "6 7" from
  // reading as note 67, as a reader did. Any text or tag between them ends the run.
  let afterMarker = false;
  for (const t of all) {
    const between = html.slice(at, t.start);
    const next = replacement.get(t) ?? '';
    if (between.trim() !== '') afterMarker = false;
    out += next && afterMarker ? `${MARKER_SEPARATOR}${next}` : between + next;
    if (next) afterMarker = true;
    at = t.end;
  }
  out += html.slice(at);
  return { html: out, notes, sources };
}

/** A note's references grouped by source, places in citation order: for the notes list. */
export function bySource(refs: Ref[]): { id: string; platser: string[] }[] {
  const out: { id: string; platser: string[] }[] = [];
  for (const r of refs) {
    const entry = out.find((o) => o.id === r.id) ?? out[out.push({ id: r.id, platser: [] }) - 1];
    if (!entry.platser.includes(r.plats)) entry.platser.push(r.plats);
  }
  return out;
}

/** A place in a source that names a paragraph of a law ("författningsförslaget, 10 §"). */
export const citesParagraph = (plats: string) => plats.includes('§');

/** A whole block tag, where the text before a marker starts. */
const BLOCK_TAG = new RegExp(`${BLOCK.source}[^>]*>`, 'i');

/**
 * The text just before each note marker that directly follows a digit. Copied as text, "573" with
 * note 8 reads "5738" (review 21), so a marker belongs after the clause or sentence, not the figure.
 */
export function markersAfterDigit(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<sup class="not"/g)) {
    // The text of the block the marker stands in (a slice may begin inside a tag: that part goes).
    const before = html
      .slice(Math.max(0, m.index - 300), m.index)
      .replace(/^[^<]*>/, '')
      .split(BLOCK_TAG)
      .at(-1)!
      .replace(/<[^>]*>/g, '');
    if (/\d$/.test(before)) found.push(before.slice(-40).replace(/\s+/g, ' ').trimStart());
  }
  return found;
}

/** The build's message for markers that directly follow a digit, naming the page's file. */
export const markerAfterDigitMessage = (file: string, found: string[]) =>
  `${file}: en not står direkt efter en siffra (${found.map((f) => `”…${f}”`).join(', ')}). Kopierad som text läses siffran och notens nummer som ett tal. Lägg <Kalla> efter meningen; är siffran en <Stat>, lägg en <Kalla> med samma källa efter meningen, så hamnar siffrans not där. I en tabell: skriv utanNot och ange källorna i tabellens caption.`;
