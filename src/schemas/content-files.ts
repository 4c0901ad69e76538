// Reads the data folders directly from disk while the schemas validate. Astro's own reference() only
// logs an unknown id and lets the build pass (VERIFIED.md §3), so ids are checked against the files
// here. Nothing is kept between calls: in `astro dev` the same schema objects validate every later
// change, and a source added while the server runs must be known to the next page that cites it.
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { CollectionEntry } from 'astro:content';
import { dataFiles, dataId, dataIds } from '../lib/data-files.ts';

const contentDir = (collection: string) => join(process.cwd(), 'content', collection);

/** The ids of the entries in content/<collection>/, as Astro's glob loader names them. */
export function idsIn(collection: string): Set<string> {
  return dataIds(contentDir(collection));
}

/** The data years a source covers, from content/kallor/<id>.yaml `omfattar`. */
export type KallaYears = CollectionEntry<'kallor'>['data']['omfattar'];

/** Parsed source files by path, kept only while the file is unchanged (same mtime and size). */
const parsed = new Map<string, { stamp: string; omfattar: unknown }>();

function omfattarIn(file: string): unknown {
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}/${size}`;
  const known = parsed.get(file);
  if (known?.stamp === stamp) return known.omfattar;
  const omfattar = parse(readFileSync(file, 'utf8'))?.omfattar;
  parsed.set(file, { stamp, omfattar });
  return omfattar;
}

const isYears = (v: unknown): v is KallaYears =>
  typeof v === 'object' && v !== null && 'fran' in v && 'till' in v && Number.isInteger(v.fran) && Number.isInteger(v.till);

/** The span of data years each source covers, read from the files in content/kallor/ now. */
export function kallaYears(): Map<string, KallaYears> {
  const dir = contentDir('kallor');
  const years = new Map<string, KallaYears>();
  for (const file of dataFiles(dir)) {
    try {
      const omfattar = omfattarIn(file);
      if (isYears(omfattar)) years.set(dataId(relative(dir, file)), omfattar);
    } catch {
      // A broken source file is reported by its own collection schema, naming that file.
    }
  }
  return years;
}
