// Which files in a data folder under content/ are entries, and their ids: one rule for Astro's glob
// loaders (content.config.ts) and for every check that reads the folders itself (schema refinements,
// build checks, link exclusions, scripts), so a file the site loads is never unknown to a check.
// Nothing here is cached: in `astro dev` a file added while the server runs must count at once.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from './files.ts';

/** The extensions a data file may have; Astro's glob loaders take exactly these. */
export const DATA_EXTENSIONS = ['yaml', 'yml', 'json'] as const;

/** The glob pattern for the data loaders, built from DATA_EXTENSIONS. */
export const DATA_GLOB = `**/*.{${DATA_EXTENSIONS.join(',')}}`;

const DATA_FILE = new RegExp(`\\.(${DATA_EXTENSIONS.join('|')})$`);

/** Whether a file name is a data entry by its extension. */
export const isDataFile = (name: string): boolean => DATA_FILE.test(name);

/** A data file's id as the glob loader gives it: its path under the folder without the extension. */
export const dataId = (pathInFolder: string): string => pathInFolder.replace(DATA_FILE, '').split(sep).join('/');

/** The data files under `dir` (recursively), or none when the folder does not exist. */
export function dataFiles(dir: string): string[] {
  try {
    readdirSync(dir);
  } catch {
    return [];
  }
  return listFiles(dir, isDataFile);
}

/** The ids of the entries under `dir`, read from disk now. */
export function dataIds(dir: string): Set<string> {
  return new Set(dataFiles(dir).map((f) => dataId(relative(dir, f))));
}

/** The path of content/<collection>/ under a project root. */
export const dataDir = (root: string, collection: string): string => join(root, 'content', collection);
