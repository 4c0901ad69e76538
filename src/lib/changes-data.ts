// Reads the change entries of all published pages (Astro-side; the formatting is in changes.ts).
import { getCollection } from 'astro:content';
import type { Change } from './changes.ts';
import { pagePath } from './url.ts';

export async function allChanges(): Promise<Change[]> {
  const pages = await getCollection('docs', (p) => !p.data.draft);
  return pages.flatMap((p) =>
    (p.data.andringar ?? []).map((c) => ({
      datum: c.datum,
      text: c.text,
      title: p.data.title,
      path: pagePath(p.id),
      webbplats: c.webbplats,
      rattelse: c.rattelse,
    })),
  );
}
