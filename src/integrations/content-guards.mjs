// Fails the build, naming file and line in Swedish, when content holds something no schema can
// catch: personal data, an image without a text alternative, two pages with the same address,
// template text left in a page, a figure typed where a series holds it, text copied from the source
// reports, a source whose report file does not exist, a calculated figure without its mark, a
// figure printed two ways, or a proposal's wording cited as today's law. The checks live in src/lib/content-checks.ts.
import { checkContent } from '../lib/content-checks.ts';
import { contentError } from '../lib/content-error.ts';
import { contentFigureProblems } from '../lib/content-figures.ts';

export function contentGuards() {
  return {
    name: 'kunskapsstod:content-guards',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const { problems, notes } = checkContent(root);
        // Calculated figures without their mark, a figure printed two ways, a proposal cited as law.
        problems.push(...contentFigureProblems(root));
        for (const n of notes) logger.info(n);
        if (problems.length) {
          for (const p of problems) logger.error(p);
          throw contentError(`Innehållet har ${problems.length} fel (se ovan).`, problems);
        }
      },
    },
  };
}
