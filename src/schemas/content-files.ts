// Reads the data folders directly from disk at config time. Astro's own reference() only logs an
// unknown id and lets the build pass (VERIFIED.md §3), so ids are checked against the files here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const DATA_EXTENSIONS = /\.(ya?ml|json)$/;
const contentRoot = () => join(process.cwd(), 'content');
const idCache = new Map<string, Set<string>>();

/** The ids of the entries in content/<collection>/: file names without extension. */
export function idsIn(collection: string): Set<string> {
  let ids = idCache.get(collection);
  if (!ids) {
    let files: string[] = [];
    try {
      files = readdirSync(join(contentRoot(), collection));
    } catch {
      files = [];
    }
    ids = new Set(files.filter((f) => DATA_EXTENSIONS.test(f)).map((f) => f.replace(DATA_EXTENSIONS, '')));
    idCache.set(collection, ids);
  }
  return ids;
}

export interface KallaYears {
  fran: number;
  till: number;
}

let kallaYearsCache: Map<string, KallaYears> | undefined;

/** The span of data years each source covers, from content/kallor/<id>.yaml `omfattar`. */
export function kallaYears(): Map<string, KallaYears> {
  if (!kallaYearsCache) {
    kallaYearsCache = new Map();
    for (const id of idsIn('kallor')) {
      try {
        const data = parse(readFileSync(join(contentRoot(), 'kallor', `${id}.yaml`), 'utf8'));
        if (data?.omfattar) kallaYearsCache.set(id, data.omfattar);
      } catch {
        // A broken source file is reported by its own collection schema, naming that file.
      }
    }
  }
  return kallaYearsCache;
}
