// The search code is bundled into dist/: a bench run on a dist/ built before the last change to the
// code or content measures the old search, silently (it happened while tuning). This names the newest
// file that is younger than the build, so the run can stop and say so.
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../../src/lib/files.ts';

/** The newest file under `dirs` changed after `dist/index.html` was written, or undefined. */
export function newerThanBuild(root, dirs = ['src', 'content']) {
  let built;
  try {
    built = statSync(join(root, 'dist/index.html')).mtimeMs;
  } catch {
    return 'dist/ (finns inte)';
  }
  let newest;
  for (const path of dirs.flatMap((dir) => listFiles(join(root, dir)))) {
    const at = statSync(path).mtimeMs;
    if (at > built && (!newest || at > newest.at)) newest = { path, at };
  }
  return newest && relative(root, newest.path);
}
