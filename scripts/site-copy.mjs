// Makes a throw-away copy of the site's code with another content/ folder, so build tests can
// break content on purpose without touching the real content. Copies live under .tmp/ inside the
// project so that the project's node_modules resolves from them by the normal upward lookup (a
// symlinked node_modules makes Vite resolve Starlight outside the copy and fail).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const CODE = ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'public'];

/** @param {string} contentDir folder to use as content/ @returns {string} the copy's path */
export function makeSiteCopy(contentDir) {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'site-'));
  for (const entry of CODE) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  // The interface strings are the site's, not test content: every copy uses the real ones.
  cpSync(join(root, 'content/i18n'), join(dir, 'content/i18n'), { recursive: true });
  return dir;
}

export function removeSiteCopy(dir) {
  rmSync(dir, { recursive: true, force: true });
}

// `node scripts/site-copy.mjs <content-dir>` prints the path of a new copy (for manual checks).
if (import.meta.filename === process.argv[1]) console.log(makeSiteCopy(resolve(process.argv[2])));
