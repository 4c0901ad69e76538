// /andringar.xml: the change log as an Atom feed, so the parter can follow updates.
import type { APIRoute } from 'astro';
import { allChanges } from '~/lib/changes-data';
import { atomFeed } from '~/lib/changes';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    atomFeed(await allChanges(), site ?? new URL('http://localhost:4321/'), {
      title: 'Kunskapsstöd för finansiell samordning – ändringar',
      subtitle: 'Nya och ändrade sidor i kunskapsstödet.',
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
