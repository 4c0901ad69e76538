// A reader's phrase for one thing of the guidance ("pengar över" for överskott, "uppgifter om en
// person" for personuppgifter), from the synonyms with a variant of several words
// (content/sok/synonymer.yaml). The phrase is put in the guidance's word before the question is split
// into words: split, its small words would be set aside ("över", "om") and what is left would mean
// something else ("pengar", the common word; "uppgifter", which the pages use for tasks).
import { key, QUERY_TOKEN } from './words.ts';

/** Articles a reader may put inside a phrase: "uppgifter om en person" is "uppgifter om person". */
const ARTICLES = new Set(['en', 'ett']);

interface PhraseSynonym {
  /** The phrase's words by key: inflected ("pengarna över") or typed without å, ä and ö, it still matches. */
  words: string[];
  /** The guidance's word(s). */
  id: string;
}

const prepared = new WeakMap<Map<string, string>, PhraseSynonym[]>();
/** The synonyms whose variant is a phrase, longest first (a longer phrase says more). */
function phraseSynonyms(synonyms: Map<string, string>): PhraseSynonym[] {
  let list = prepared.get(synonyms);
  if (!list) {
    list = [...synonyms]
      .filter(([variant]) => /\s/.test(variant.trim()))
      .map(([variant, id]) => ({ words: (variant.match(QUERY_TOKEN) ?? []).map(key), id }))
      .filter((p) => p.words.length > 1)
      .sort((a, b) => b.words.length - a.words.length);
    prepared.set(synonyms, list);
  }
  return list;
}

/**
 * The question with each reader's phrase in the guidance's word. The phrase's own words are gone
 * from it, for concepts and intents too: apart they mean something else ("uppgift" is a concept
 * for a role's tasks).
 */
export function withPhraseSynonyms(text: string, synonyms: Map<string, string>): string {
  const list = phraseSynonyms(synonyms);
  if (!list.length) return text;
  const found = [...text.matchAll(QUERY_TOKEN)].map((m) => ({ word: m[0], key: key(m[0]), start: m.index, end: m.index + m[0].length }));
  /** Where the phrase ends in the question when it starts at word i (articles inside passed over). */
  const endOf = (p: PhraseSynonym, i: number): number | undefined => {
    let at = i;
    for (const [j, w] of p.words.entries()) {
      while (j > 0 && found[at] && ARTICLES.has(found[at].word) && found[at].key !== w) at++;
      if (found[at]?.key !== w) return undefined;
      at++;
    }
    return at - 1;
  };
  const edits: { start: number; end: number; id: string }[] = [];
  for (let i = 0; i < found.length; i++) {
    for (const p of list) {
      const last = endOf(p, i);
      if (last === undefined) continue;
      edits.push({ start: found[i].start, end: found[last].end, id: p.id });
      i = last;
      break;
    }
  }
  let out = text;
  for (const e of [...edits].reverse()) out = `${out.slice(0, e.start)}${e.id}${out.slice(e.end)}`;
  return out;
}
