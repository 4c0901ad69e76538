// The guides as the pages need them: each with its pages enumerated and the sources each page cites,
// in the order they are first cited (Kallor numbers its list in that order).
import { getCollection, getEntry } from 'astro:content';
import { isFraga, type Steg, type Vagvisare } from './model.ts';
import { guidePages, type VagvisarSida } from './paths.ts';

export interface Guide {
  id: string;
  data: Vagvisare;
  pages: VagvisarSida[];
  /** Every source the guide cites, for its start page. */
  kallor: string[];
}

/** Sources a step cites: its own, those of its grounds, and its process's. */
export async function stepKallor(steg: Steg): Promise<string[]> {
  const ids = [steg.kalla];
  if (!isFraga(steg)) {
    ids.push(...steg.grund.map((g) => g.kalla));
    if (steg.process) {
      const process = await getEntry('processer', steg.process);
      if (process) ids.push(process.data.kalla.id);
    }
  }
  return [...new Set(ids)];
}

export async function allGuides(): Promise<Guide[]> {
  const entries = (await getCollection('vagvisare')).sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'sv'));
  return Promise.all(
    entries.map(async (e) => {
      const { data } = e;
      const kallor = [...new Set((await Promise.all(data.steg.map(stepKallor))).flat())];
      return { id: e.id, data, pages: guidePages(e.id, data), kallor };
    }),
  );
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
