// Chapters that have a print view at /skriv-ut/<id>/ (a folder under content/docs/), named as in the
// menu: a folder of its own in the sidebar, or a page with pages under it (/lagstiftning/).
import { sidebar } from './sidebar.mjs';
import { chapters } from '../lib/chapters.ts';

const menuChapters = chapters(/** @type {any} */ (sidebar));

export const printChapters = ['samordningsforbundets-uppgifter', 'roller', 'malgrupper', 'insatser', 'lasvagar', 'lagstiftning'].map(
  (id) => {
    const chapter = menuChapters.find((c) => c.id === id);
    if (!chapter) throw new Error(`src/config/print.mjs: kapitlet ${id} finns inte i menyn (src/config/sidebar.mjs).`);
    return chapter;
  },
);

/**
 * Chapters whose pages each stand alone: a reading path is one reader's route, so on its page the
 * print offer is that page, not the whole chapter (every reading path). The chapter's own start page
 * still offers the chapter's print view.
 */
export const pagesPrintedAlone = ['lasvagar'];

/**
 * How a page offers printing: the chapter's print view, or the page alone (`path` for a reading path,
 * whose button says so). Every guidance page offers one of the two: the start page tells readers that
 * every chapter can be printed from the foot of its pages, and a chapter of one page has no print view.
 */
export function printOffer(/** @type {string} */ pageId) {
  if (pageId === 'index') return undefined;
  const chapter = printChapters.find((c) => pageId === c.id || pageId.startsWith(`${c.id}/`));
  if (!chapter) return { kind: /** @type {const} */ ('page'), path: false };
  if (pagesPrintedAlone.includes(chapter.id) && pageId !== chapter.id) return { kind: /** @type {const} */ ('page'), path: true };
  return { kind: /** @type {const} */ ('chapter'), chapter };
}
