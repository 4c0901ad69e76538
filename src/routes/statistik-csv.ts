// /statistik/<id>.csv: each series as a CSV file, generated from the same data as its chart.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { CSV_COLUMNS, toCsv } from '~/lib/statistik/csv';

export const getStaticPaths = (async () => {
  const kallor = new Map((await getCollection('kallor')).map((k) => [k.id, k.data.kortnamn]));
  return (await getCollection('statistik')).map((s) => ({
    params: { id: s.id },
    props: { id: s.id, serie: s.data, kallor },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, locals }) => {
  const headers = Object.fromEntries(CSV_COLUMNS.map((c) => [c, locals.t(`csv.${c}`)])) as Record<(typeof CSV_COLUMNS)[number], string>;
  const csv = toCsv(
    props.id,
    props.serie,
    { headers, total: props.serie.totalnamn ?? locals.t('diagram.total') },
    (id) => props.kallor.get(id) ?? id,
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
