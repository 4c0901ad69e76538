// After the build: each page's module scripts become one file (see src/lib/js-bundle.ts), bundled by
// Rolldown, the bundler Vite itself uses. Pages with the same scripts share a bundle. The build fails,
// naming the step, if no page had scripts to bundle: that would mean Astro's output changed shape.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { listFiles, rewriteFiles } from '../lib/files.ts';
import { bundleName, linkBundle, moduleScripts } from '../lib/js-bundle.ts';

const ENTRY = '\0kunskapsstod-sida';

/** Bundles the scripts (addresses under base) into dist/_astro/<name>, in their order. */
async function bundle(dist, prefix, srcs, name) {
  const entry = srcs.map((src) => `import ${JSON.stringify(join(dist, src.slice(prefix.length)))};`).join('\n');
  const build = await rolldown({
    input: ENTRY,
    // A script's own imports of other sites' files or of absolute addresses (Pagefind) stay imports.
    external: (id) => /^(https?:)?\/\//.test(id) || (id.startsWith('/') && !id.startsWith(dist)),
    plugins: [{ name: 'sida', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? entry : null) }],
  });
  await build.write({
    dir: join(dist, '_astro'),
    entryFileNames: name,
    chunkFileNames: 'sida-[hash].js',
    minify: true,
    comments: false,
    format: 'es',
  });
  await build.close();
}

export function jsBundle() {
  let base = '/';
  return {
    name: 'kunskapsstod:js-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const prefix = base.replace(/\/+$/, '');
        const files = listFiles(dist, (n) => n.endsWith('.html'));
        // Read once: the same texts are scanned here and rewritten below.
        const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
        const sets = new Map();
        for (const [, html] of texts) {
          const srcs = moduleScripts(html, base).map((s) => s.src);
          if (srcs.length > 1) sets.set(srcs.join('\n'), srcs);
        }
        if (sets.size === 0)
          throw new Error('js-bundle: ingen sida har flera modulskript att slå ihop. Kontrollera src/lib/js-bundle.ts mot Astros HTML.');
        const names = new Map();
        for (const [key, srcs] of sets) {
          const name = bundleName(srcs);
          await bundle(dist, prefix, srcs, name);
          names.set(key, `${prefix}/_astro/${name}`);
        }
        rewriteFiles(
          files,
          (html) => linkBundle(html, base, (srcs) => names.get(srcs.join('\n'))),
          (file) => texts.get(file),
        );
        logger.info(`${sets.size} skriptpaket, ett per uppsättning modulskript, i ${files.length} sidor`);
      },
    },
  };
}
