// Fails the build, naming file and line, when content holds something that looks like a
// personnummer, an image without a text alternative, or two pages with the same address; and when a
// calculated figure lacks its mark, a figure is printed two ways, or a proposal is cited as today's law.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { duplicateSlugs, imagesWithoutAlt, personnummer } from '../lib/content-guards.ts';
import { listFiles } from '../lib/files.ts';
import { contentFigureProblems } from '../lib/content-figures.ts';


export function contentGuards() {
  return {
    name: 'kunskapsstod:content-guards',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const content = join(root, 'content');
        const problems = [];
        for (const file of listFiles(content, (n) => /\.(mdx?|ya?ml|json)$/.test(n))) {
          const text = readFileSync(file, 'utf8');
          const name = relative(root, file);
          for (const p of personnummer(text)) problems.push(`${name}:${p.line}: ${p.message}`);
          if (/\.mdx?$/.test(file)) for (const p of imagesWithoutAlt(text)) problems.push(`${name}:${p.line}: ${p.message}`);
        }
        const docs = join(content, 'docs');
        problems.push(...contentFigureProblems(root));
        problems.push(...duplicateSlugs(listFiles(docs, (n) => /\.mdx?$/.test(n)).map((f) => relative(docs, f))));
        if (problems.length) {
          for (const p of problems) logger.error(p);
          throw new Error(`Innehållet har ${problems.length} fel (se ovan).\n${problems.join('\n')}`);
        }
      },
    },
  };
}
