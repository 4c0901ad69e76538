// Chapters that have a print view at /skriv-ut/<id>/ (a folder under content/docs/), named as in the sidebar.
import { chapterOf } from './sidebar.mjs';

export const printChapters = ['samordningsforbundets-uppgifter', 'roller', 'malgrupper', 'insatser', 'lasvagar'].map((id) => ({
  id,
  label: chapterOf(id),
}));
