// Turns a question typed in ordinary Swedish into what Pagefind can match: quoted phrases kept
// exact, small words dropped (Pagefind requires every word to match), and readers' words mapped to
// the words the guidance uses (editors keep that list in content/sok/).

/** Words that carry no meaning on their own in a question; Pagefind has no stop words of its own. */
export const STOP_WORDS = new Set(
  (
    'och i att det som en ett på är av för med till den de om har inte men var sig från så kan man när ' +
    'hur vad vem vilka vilken vilket varför var får finns ska skall måste kunna gör göra görs vara blir bli ' +
    'jag du vi ni dem oss mig min mitt mina vår vårt våra er ert era sin sitt sina hos mellan efter under ' +
    'också eller nu där vid mot något någon några alla allt mycket många mer mest än då ju nog bara även ' +
    'detta denna dessa här sådan sådana samt utan över inom enligt ha hade haft'
  ).split(' '),
);

export interface Synonym {
  /** The word the guidance uses. */
  id: string;
  /** Words, spellings and misspellings readers type instead. */
  varianter: string[];
}

export interface ParsedQuery {
  /** Exact phrases, without quotes. */
  phrases: string[];
  /** Meaningful words, after stop words are dropped and variants mapped. */
  words: string[];
}

const normalise = (s: string) => s.toLocaleLowerCase('sv').normalize('NFC');

/** Reader variant → the guidance's own word(s). */
export function synonymMap(synonyms: Synonym[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of synonyms) for (const v of s.varianter) map.set(normalise(v), normalise(s.id));
  return map;
}

export function parseQuery(raw: string, synonyms: Map<string, string> = new Map()): ParsedQuery {
  const phrases: string[] = [];
  const rest = normalise(raw).replace(/["”“]([^"”“]+)["”“]/g, (_, p: string) => {
    if (p.trim()) phrases.push(p.trim());
    return ' ';
  });
  const words: string[] = [];
  // Hyphenated forms ("esf-projekt") are looked up whole before they are split into words.
  for (const token of rest.split(/[^\p{L}\p{N}+-]+/u).filter(Boolean)) {
    const mapped = synonyms.get(token) ?? synonyms.get(token.replace(/[+-]+$/, ''));
    const parts = mapped ? mapped.split(/\s+/) : token.split('-').filter(Boolean);
    for (const part of parts) {
      const word = part.replace(/^[+-]+|[-]+$/g, '');
      if (word && !STOP_WORDS.has(word) && !words.includes(word)) words.push(word);
    }
  }
  // A question made only of small words ("vad är det") is searched as typed rather than not at all.
  if (words.length === 0 && phrases.length === 0) {
    for (const token of rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) if (!words.includes(token)) words.push(token);
  }
  return { phrases, words };
}

/** The query string for Pagefind: phrases in quotes, then words. */
export function toPagefindQuery(q: ParsedQuery, words: string[] = q.words): string {
  return [...q.phrases.map((p) => `"${p}"`), ...words].join(' ');
}
