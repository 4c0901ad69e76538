// Starlight's route middleware (routeMiddleware in astro.config.mjs): adjusts what Starlight
// computes for every page before it renders.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { tabTitle } from '~/lib/titles';
import { softHyphens } from '~/lib/hyphenate';

type SidebarEntry = App.Locals['starlightRoute']['sidebar'][number];

/** Group labels get soft hyphens at compound joints (src/lib/hyphenate.ts). Starlight lets a label
 * break anywhere, so on a laptop "Samordningsförbundets uppgifter" broke before its last letter;
 * it now breaks after "Samordnings-". Links keep their text: their names are matched as written. */
function hyphenateGroups(entries: SidebarEntry[]): void {
  for (const entry of entries) {
    if (entry.type !== 'group') continue;
    entry.label = softHyphens(entry.label);
    hyphenateGroups(entry.entries);
  }
}

export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  // Starlight writes "page | site" in the tab; on the start page both are the site's name.
  const title = route.head.find((tag) => tag.tag === 'title');
  if (title) title.content = tabTitle(route.entry.data.title, route.siteTitle);
  hyphenateGroups(route.sidebar);
});
