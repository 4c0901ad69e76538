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
