// The citations a page's MDX makes, read from its text: <Kalla id plats/>, <Stat id year kategori/>
// (the series value's source), <Diagram id/> (the series' sources), and the components that cite
// from data: <Processflode id/> (its steps), <Ordlista/> and <Insatskategorier/> (every entry). Used where rendering every page is not possible: the source pages
// (/kallor/<id>/) list the pages citing each source, and a test checks that every citation in the
// text reaches the notes of the built page.
import type { Ref } from './notes';

export interface CitationLookups {
  /** The source of a series value, or undefined when the series has none for that year. */
  stat(id: string, year: number, kategori?: string): Ref | undefined;
  /** Every source a series uses. */
  series(id: string): string[];
  /** The references of a process's steps. */
  process(id: string): Ref[];
  /** The references of every glossary term. */
  ordlista(): Ref[];
  /** The references of every insats category. */
  insatskategorier(): Ref[];
}

const COMPONENT = /<(Kalla|Stat|Diagram|Processflode|Ordlista|Insatskategorier)\b([^>]*?)\/>/g;
const ATTRIBUTE = /(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g;

function attributes(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(ATTRIBUTE)].map((m) => [m[1], m[2] ?? m[3].trim()]));
}

export interface PageCitations {
  /** References that get a note: Kalla, Stat (except utanNot) and process steps. */
  refs: Ref[];
  /** Every source the page uses, charts included. */
  sources: string[];
}

export function citationsIn(mdx: string, lookups: CitationLookups): PageCitations {
  const refs: Ref[] = [];
  const sources: string[] = [];
  for (const m of mdx.matchAll(COMPONENT)) {
    const a = attributes(m[2]);
    if (m[1] === 'Kalla') refs.push({ id: a.id, plats: a.plats });
    if (m[1] === 'Stat') {
      const ref = lookups.stat(a.id, Number(a.year), a.kategori);
      // A figure written utanNot has no note (its table's caption cites the source), but uses the source.
      if (ref && /\butanNot\b/.test(m[2])) sources.push(ref.id);
      else if (ref) refs.push(ref);
    }
    if (m[1] === 'Processflode') refs.push(...lookups.process(a.id));
    if (m[1] === 'Ordlista') refs.push(...lookups.ordlista());
    if (m[1] === 'Insatskategorier') refs.push(...lookups.insatskategorier());
    if (m[1] === 'Diagram') sources.push(...lookups.series(a.id));
  }
  return { refs, sources: [...new Set([...refs.map((r) => r.id), ...sources])] };
}
