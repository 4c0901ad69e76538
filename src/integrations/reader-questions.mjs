// Reader questions (content/sok/lasarfragor/) go into the search index with the heading they ask
// about, and out of the pages readers download. readerQuestions() runs before Starlight's
// build:done hook, which builds the index (listed before Starlight in astro.config.mjs, as
// cell-spaces.mjs is); readerQuestionsOut() runs after it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listFiles, rewriteFiles } from '../lib/files.ts';
import { contentError } from '../lib/content-error.ts';
import { addReaderQuestions, readReaderQuestions, removeReaderQuestions } from '../lib/reader-questions-files.ts';

export function readerQuestions() {
  let root = '';
  return {
    name: 'kunskapsstod:reader-questions',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { questions, problems } = readReaderQuestions(root);
        let count = 0;
        for (const [page, { file, headings }] of questions) {
          const html = fileURLToPath(new URL(`.${page}index.html`, dir));
          if (!existsSync(html)) {
            problems.push(`${file}: sidan ${page} finns inte på webbplatsen.`);
            continue;
          }
          rewriteFiles([html], (text) => addReaderQuestions(text, page, file, headings, problems));
          for (const list of headings.values()) count += list.length;
        }
        if (problems.length) {
          for (const p of problems) logger.error(p);
          throw contentError(`Läsarfrågorna har ${problems.length} fel (se ovan).`, problems);
        }
        if (count) logger.info(`${count} läsarfrågor till sökindexet`);
      },
    },
  };
}

export function readerQuestionsOut() {
  return {
    name: 'kunskapsstod:reader-questions-out',
    hooks: {
      'astro:build:done': ({ dir }) => {
        rewriteFiles(
          listFiles(fileURLToPath(dir), (n) => n.endsWith('.html')),
          removeReaderQuestions,
        );
      },
    },
  };
}
