// /sok/data.json: what /sok/ ranks with besides Pagefind (see lib/search/data.ts).
import type { APIRoute } from 'astro';
import { searchData } from '~/lib/search/data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
