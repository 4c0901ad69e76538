// `npm run kopierad-text`: the checks against the source reports on their own (text copied from a
// report into a page, a source's `fil:` that names no report), the same ones the build runs. Without
// the reports folder they cannot run: the script then says so and why, and exits with SKIPPED, which
// `npm test` counts as skipped, never as passed.
import { resolve } from 'node:path';
import { checkAgainstReports } from '../src/lib/content-checks.ts';

/** Exit code for "could not run": neither a pass nor a failure. */
export const SKIPPED = 3;

if (import.meta.filename === process.argv[1]) {
  const { problems, skipped } = checkAgainstReports(resolve(import.meta.dirname, '..'));
  if (skipped) {
    console.log(skipped);
    process.exit(SKIPPED);
  }
  for (const p of problems) console.error(p);
  console.log(
    problems.length
      ? `Kopierad text eller fel filnamn: ${problems.length} fel.`
      : 'Ingen text är kopierad ur källrapporterna, och varje källas fil: finns.',
  );
  process.exit(problems.length ? 1 : 0);
}
