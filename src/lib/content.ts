// Lookups that components share. They throw with the page's file named, so a wrong id in an MDX
// component fails the build where the editor can find it.
import { getEntry } from 'astro:content';

interface PageContext {
  file: string;
  kallor: string[];
}

/**
 * The page being rendered: its file (for error messages) and its ordered sources (for footnote
 * numbers). A page that renders other pages' content (the chapter print view) sets
 * `locals.sidkontext` itself, because Starlight's route data is not there while slots render.
 */
function pageContext(locals: App.Locals): PageContext {
  const own = (locals as { sidkontext?: PageContext }).sidkontext;
  if (own) return own;
  try {
    const entry = (locals as { starlightRoute?: { entry?: { filePath?: string; data?: { kallor?: { id: string }[] } } } }).starlightRoute?.entry;
    return { file: entry?.filePath ?? 'okänd sida', kallor: (entry?.data?.kallor ?? []).map((k) => k.id) };
  } catch {
    return { file: 'okänd sida', kallor: [] };
  }
}

/** The source file of the page being rendered, for error messages. */
export function currentFile(locals: App.Locals): string {
  return pageContext(locals).file;
}

/** The ordered source ids of the page being rendered. */
export function pageKallor(locals: App.Locals): string[] {
  return pageContext(locals).kallor;
}

export async function requireKalla(id: string, file: string) {
  const kalla = await getEntry('kallor', id);
  if (!kalla) throw new Error(`${file}: källan "${id}" finns inte i content/kallor/. Kontrollera id:t.`);
  return kalla;
}

/**
 * The footnote number of a source on the page: its position in the page's `kallor` list. A
 * citation of a source the page does not list fails, so the list at the end stays complete.
 */
export function footnoteNumber(locals: App.Locals, kallaId: string, file: string): number {
  const index = pageKallor(locals).indexOf(kallaId);
  if (index < 0) {
    throw new Error(`${file}: texten hänvisar till källan "${kallaId}", men den saknas i sidans kallor. Lägg till den i kallor: i sidhuvudet.`);
  }
  return index + 1;
}
