// citationsIn()'s lookups from the content collections, for routes that run inside Astro.
import { getCollection } from 'astro:content';
import type { CitationLookups } from './citations';
import { valueFor } from './statistik/checks';

export async function collectionLookups(): Promise<CitationLookups> {
  const series = new Map((await getCollection('statistik')).map((s) => [s.id, s.data]));
  const processes = new Map((await getCollection('processer')).map((p) => [p.id, p.data]));
  const terms = await getCollection('ordlista');
  const categories = await getCollection('insatskategorier');
  return {
    stat(id, year, kategori) {
      const serie = series.get(id);
      const v = serie && valueFor(serie, year, kategori);
      return v ? { id: v.kalla, plats: v.plats } : undefined;
    },
    series: (id) => [...new Set((series.get(id)?.varden ?? []).map((v) => v.kalla))],
    process: (id) => {
      const process = processes.get(id);
      return process ? process.steg.map((s) => ({ id: process.kalla.id, plats: s.plats })) : [];
    },
    ordlista: () => terms.map((t) => ({ id: t.data.kalla.id, plats: t.data.plats })),
    insatskategorier: () => categories.map((k) => ({ id: k.data.kalla.id, plats: k.data.plats })),
  };
}
