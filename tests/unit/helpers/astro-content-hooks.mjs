// Lets node --test import content.config.ts and the schemas it uses, as Vite does in the build:
// `astro:content` becomes Astro's own runtime (the real `reference()`), `~/` is src/, and a relative
// import without an extension finds its .ts file. Only module resolution differs from the build.
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const stub = new URL('./astro-content-runtime.mjs', import.meta.url).href;

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'astro:content') return { url: stub, shortCircuit: true };
    if (specifier.startsWith('~/')) specifier = pathToFileURL(join(root, 'src', specifier.slice(2))).href;
    if (/^(\.\.?\/|file:)/.test(specifier) && !/\.[cm]?[jt]sx?$|\.json$/.test(specifier)) {
      try {
        return next(`${specifier}.ts`, context);
      } catch {
        // Not a .ts module: resolve it as written.
      }
    }
    return next(specifier, context);
  },
});
