// /andringar.xml: the change log as an Atom feed, so the parter can follow updates. It holds the
// same lines as the change log page, launch grouped included (src/lib/changes.ts).
import type { APIRoute } from 'astro';
import { allChanges } from '~/lib/changes-data';
import { atomFeed } from '~/lib/changes';

export const GET: APIRoute = async ({ site, locals }) =>
  new Response(
    atomFeed(await allChanges(), site ?? new URL('http://localhost:4321/'), {
      title: 'Kunskapsstöd för finansiell samordning – ändringar',
      subtitle: 'Nya och ändrade sidor i kunskapsstödet.',
      launch: (pages) => locals.t('andringar.launch', { count: pages }),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
