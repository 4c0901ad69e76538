// Pagefind reads a page's text without a break between table cells, or between a term and its
// description: "(det tidigare systemet)InriktningTyp av insats" stood in the index as one word and in
// result excerpts as one string (review 14); so did the words on either side of a line break
// ("medfinansiärer<br>Parterna"). A space after each closing cell, caption, term or description
// where the next tag follows at once, and after a line break, separates them; browsers lay the
// page out the same with or without it. Runs before Starlight's build:done hook, which builds the index:
// integrations listed before Starlight in astro.config.mjs run their hooks first.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GLUED = /<\/(?:th|td|caption|dt|dd)>(?=<)|<br\s*\/?>(?=\S)/g;

/** The HTML with a space after every cell, caption, term and description that a tag follows at once, and after every line break. */
export const spaceCells = (html) => html.replace(GLUED, '$& ');

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function cellSpaces() {
  return {
    name: 'kunskapsstod:cell-spaces',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const spaced = spaceCells(html);
          if (spaced !== html) writeFileSync(file, spaced);
        }
      },
    },
  };
}
