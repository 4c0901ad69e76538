// Fails the build, naming file and line, when content holds something that looks like a
// personnummer, an image without a text alternative, or two pages with the same address.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { duplicateSlugs, imagesWithoutAlt, personnummer } from '../lib/content-guards.ts';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

export function contentGuards() {
  return {
    name: 'kunskapsstod:content-guards',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const content = join(root, 'content');
        const problems = [];
        for (const file of files(content).filter((f) => /\.(mdx?|ya?ml|json)$/.test(f))) {
          const text = readFileSync(file, 'utf8');
          const name = relative(root, file);
          for (const p of personnummer(text)) problems.push(`${name}:${p.line}: ${p.message}`);
          if (/\.mdx?$/.test(file)) for (const p of imagesWithoutAlt(text)) problems.push(`${name}:${p.line}: ${p.message}`);
        }
        const docs = join(content, 'docs');
        problems.push(...duplicateSlugs(files(docs).filter((f) => /\.mdx?$/.test(f)).map((f) => relative(docs, f))));
        if (problems.length) {
          for (const p of problems) logger.error(p);
          throw new Error(`Innehållet har ${problems.length} fel (se ovan).\n${problems.join('\n')}`);
        }
      },
    },
  };
}
