// /statistik/<id>.csv: each series as a CSV file, generated from the same data as its chart.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv } from '~/lib/statistik/csv';
import type { Serie } from '~/lib/statistik/types';

export const getStaticPaths = (async () => {
  const kallor = new Map((await getCollection('kallor')).map((k) => [k.id, k.data.kortnamn]));
  return (await getCollection('statistik')).map((s) => ({
    params: { id: s.id },
    props: { csv: toCsv(s.id, s.data as Serie, (id) => kallor.get(id) ?? id) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
