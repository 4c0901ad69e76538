// Lists the files under a folder, recursively: the one walker the build checks and scripts share.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function listFiles(dir: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : [],
  );
}
