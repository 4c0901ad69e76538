// Pagefind reads a page's text without a break between table cells, or between a term and its
// description: "(det tidigare systemet)InriktningTyp av insats" stood in the index as one word and in
// result excerpts as one string (review 14); so did the words on either side of a line break
// ("medfinansiärer<br>Parterna"). A space after each closing cell, caption, term or description
// where the next tag follows at once, and after a line break, separates them; browsers lay the
// page out the same with or without it. Runs before Starlight's build:done hook, which builds the
// index: integrations listed before Starlight in astro.config.mjs run their hooks first.
import { fileURLToPath } from 'node:url';
import { listFiles, rewriteFiles } from '../lib/files.ts';

const GLUED = /<\/(?:th|td|caption|dt|dd)>(?=<)|<br\s*\/?>(?=\S)/g;

/** The HTML with a space after every cell, caption, term and description that a tag follows at once, and after every line break. */
export const spaceCells = (html) => html.replace(GLUED, '$& ');

export function cellSpaces() {
  return {
    name: 'kunskapsstod:cell-spaces',
    hooks: {
      'astro:build:done': ({ dir }) => {
        rewriteFiles(
          listFiles(fileURLToPath(dir), (n) => n.endsWith('.html')),
          spaceCells,
        );
      },
    },
  };
}
