// /statistik/<id>.csv: each series as a CSV file, generated from the same data as its chart.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv } from '~/lib/statistik/csv';

export const getStaticPaths = (async () => {
  const kallor = new Map((await getCollection('kallor')).map((k) => [k.id, k.data.kortnamn]));
  return (await getCollection('statistik')).map((s) => ({
    params: { id: s.id },
    props: { csv: toCsv(s.id, s.data, (id) => kallor.get(id) ?? id) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(props.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
