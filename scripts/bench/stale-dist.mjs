// The search code is bundled into dist/: a bench run on a dist/ built before the last change to the
// code or content measures the old search, silently (it happened while tuning). This names the newest
// file that is younger than the build, so the run can stop and say so.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The newest file under `dirs` changed after `dist/index.html` was written, or undefined. */
export function newerThanBuild(root, dirs = ['src', 'content']) {
  let built;
  try {
    built = statSync(join(root, 'dist/index.html')).mtimeMs;
  } catch {
    return 'dist/ (finns inte)';
  }
  let newest;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const at = statSync(path).mtimeMs;
        if (at > built && (!newest || at > newest.at)) newest = { path, at };
      }
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return newest && relative(root, newest.path);
}
