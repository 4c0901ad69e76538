// /sok/svar.json: glossary definitions and FAQ answers, fetched when /sok/ shows one (see lib/search/data.ts).
import type { APIRoute } from 'astro';
import { answerData } from '~/lib/search/data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await answerData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
