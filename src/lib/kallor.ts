// How a source is named to readers. A report's short name often carries the year its figures or
// its assignment concern ("Återrapport 2025", published 2026), so wherever the short name is shown
// the publication year follows it when the two differ: the reader can match the note to the date.
import type { CollectionEntry } from 'astro:content';

/** What naming a source needs from its entry (content/kallor/<id>.yaml). */
export type KallaData = Pick<CollectionEntry<'kallor'>['data'], 'kortnamn' | 'datum' | 'ar'>;

/** The year the report was published. */
export function publishedYear(k: KallaData): number {
  const year = k.datum?.getUTCFullYear() ?? k.ar;
  // The schema requires datum or ar; this only guards against a caller that skipped it.
  if (year === undefined) throw new Error(`källan "${k.kortnamn}" saknar både datum och ar.`);
  return year;
}

/** The short name, with "utgiven <year>" when the name does not already end in that year. */
export function shortLabel(k: KallaData, published: (year: number) => string): string {
  const year = publishedYear(k);
  return k.kortnamn.endsWith(String(year)) ? k.kortnamn : `${k.kortnamn}, ${published(year)}`;
}

/** The publication date in words ("2 december 2024"), or the year when only that is known. */
export function publishedDate(k: KallaData): string {
  if (!k.datum) return String(k.ar);
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(k.datum);
}

/** The address of a source's own page, without the base (links add it with withBase). */
export const kallaPath = (id: string) => `/kallor/${id}/`;
