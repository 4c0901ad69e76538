// /sok/data.json: what /sok/ ranks with besides Pagefind (see lib/search/data.ts).
import type { APIRoute } from 'astro';
import { searchData } from '~/lib/search/data';
import { toWire } from '~/lib/search/data-wire';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toWire(await searchData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
