// Fails the build, naming file and line in Swedish, when content holds something no schema can
// catch: personal data, an image without a text alternative, two pages with the same address,
// template text left in a page, a figure typed where a series holds it, text copied from the source
// reports, or a source whose report file does not exist. The checks live in src/lib/content-checks.ts.
import { checkContent } from '../lib/content-checks.ts';
import { contentError } from '../lib/content-error.ts';

export function contentGuards() {
  return {
    name: 'kunskapsstod:content-guards',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { problems, notes } = checkContent(new URL('.', config.root).pathname);
        for (const n of notes) logger.info(n);
        if (problems.length) {
          for (const p of problems) logger.error(p);
          throw contentError(`Innehållet har ${problems.length} fel (se ovan).`, problems);
        }
      },
    },
  };
}
