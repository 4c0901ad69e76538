// Lookups that components share. They throw with the page's file named, so a wrong id in an MDX
// component fails the build where the editor can find it.
import { getEntry } from 'astro:content';

/**
 * Stands for the page file in errors thrown while the chapter print view renders other pages'
 * content: Starlight's route data is not there while slots render, and several pages render at
 * once, so the view catches the error around each page and puts that page's file in its place.
 */
export const PRINT_PAGE_FILE = '{{sidans fil}}';

/** An error from a page rendered inside a print view, with the page's own file in place of PRINT_PAGE_FILE. */
export function withPageFile(error: unknown, file: string | undefined): unknown {
  if (file && error instanceof Error && error.message.includes(PRINT_PAGE_FILE))
    error.message = error.message.replaceAll(PRINT_PAGE_FILE, file);
  return error;
}

/** The source file of the page being rendered, as content/docs/…, for error messages. */
export function currentFile(locals: App.Locals): string {
  if (locals.utskrift) return PRINT_PAGE_FILE;
  try {
    // Outside Starlight's pages (the source pages, search) there is no route data to read.
    return locals.starlightRoute?.entry?.filePath ?? 'okänd sida';
  } catch {
    return 'okänd sida';
  }
}

/**
 * The MDX source of the page being rendered, from the content layer (so an edit in `astro dev` counts
 * at once). Empty in the chapter print view, where several pages render inside one route.
 */
export function currentSource(locals: App.Locals): string {
  if (locals.utskrift) return '';
  try {
    return locals.starlightRoute?.entry?.body ?? '';
  } catch {
    return '';
  }
}

export async function requireKalla(id: string, file: string) {
  const kalla = await getEntry('kallor', id);
  if (!kalla)
    throw new Error(`${file}: källan "${id}" finns inte i content/kallor/. Kontrollera id:t, till exempel fk-analys-finsamlagen-2024.`);
  return kalla;
}
