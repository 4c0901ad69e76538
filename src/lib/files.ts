// Lists the files under a folder, recursively: the one walker the build checks and scripts share.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function listFiles(dir: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : [],
  );
}

/**
 * Passes each file's text (and path, for error messages) through `transform`, writes back only the
 * files it changed, and returns the new texts. A step that has read the files already passes `read`
 * so that they are not read from disk twice.
 */
export function rewriteFiles(
  files: string[],
  transform: (text: string, file: string) => string,
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): string[] {
  return files.map((file) => {
    const text = read(file);
    const next = transform(text, file);
    if (next !== text) writeFileSync(file, next);
    return next;
  });
}
