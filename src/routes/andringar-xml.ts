// /andringar.xml: the change log as an Atom feed, so the parter can follow updates. It holds the
// same lines as the change log page, launch grouped included (src/lib/changes.ts).
import type { APIRoute } from 'astro';
import { allChanges } from '~/lib/changes-data';
import { atomFeed } from '~/lib/changes';

export const GET: APIRoute = async ({ site, locals }) => {
  // astro.config always sets `site` (src/config/site.mjs); a feed without it would have no addresses.
  if (!site) throw new Error('andringar.xml: webbplatsens adress (site) saknas i astro.config.mjs.');
  return new Response(
    atomFeed(await allChanges(), new URL(import.meta.env.BASE_URL, site), {
      title: locals.t('andringar.feedTitle'),
      subtitle: locals.t('andringar.feedSubtitle'),
      launch: (pages) => locals.t('andringar.launch', { count: pages }),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
