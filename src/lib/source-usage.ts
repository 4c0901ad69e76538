// Which pages and statistics series use each source: for the source pages (/kallor/<id>/).
import { getCollection } from 'astro:content';
import { citationsIn } from './citations';
import { collectionLookups } from './citation-lookups';

export interface SourceUsage {
  pages: { id: string; title: string }[];
  series: { id: string; title: string; years: number[] }[];
}

/** Per source id: the published pages that list or cite it, and the series with values from it. */
export async function sourceUsage(): Promise<Map<string, SourceUsage>> {
  const lookups = await collectionLookups();
  const docs = await getCollection('docs', (p) => !p.data.draft);
  const series = await getCollection('statistik');
  const usage = new Map((await getCollection('kallor')).map((k): [string, SourceUsage] => [k.id, { pages: [], series: [] }]));
  for (const page of docs) {
    const listed = page.data.kallor.map((k) => k.id);
    const cited = citationsIn(page.body ?? '', lookups).sources;
    for (const id of new Set([...listed, ...cited])) usage.get(id)?.pages.push({ id: page.id, title: page.data.title });
  }
  for (const s of series) {
    const { data } = s;
    for (const id of new Set(data.varden.map((v) => v.kalla))) {
      const years = [...new Set(data.varden.filter((v) => v.kalla === id).map((v) => v.ar))].sort();
      usage.get(id)?.series.push({ id: s.id, title: data.titel, years });
    }
  }
  for (const u of usage.values()) {
    u.pages.sort((a, b) => a.title.localeCompare(b.title, 'sv'));
    u.series.sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  }
  return usage;
}
