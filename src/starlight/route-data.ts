// Starlight's route middleware (routeMiddleware in astro.config.mjs): adjusts what Starlight
// computes for every page before it renders.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { tabTitle } from '~/lib/titles';

export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  // Starlight writes "page | site" in the tab; on the start page both are the site's name.
  const title = route.head.find((tag) => tag.tag === 'title');
  if (title) title.content = tabTitle(route.entry.data.title, route.siteTitle);
});
