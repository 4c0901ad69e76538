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

/** The page's notes and sources come after its Markdown (MarkdownContent.astro), so Starlight's
 * "På den här sidan" left them out: a reader could not jump to them, and at the foot of the page the
 * list marked "Översikt" as where the reader was. They are added when the page will render them:
 * notes where the body cites a source, the source list where it cites or names one. */
function addNotesAndSources(route: App.Locals['starlightRoute'], t: App.Locals['t']): void {
  if (!route.toc) return;
  const data = route.entry.data as { kallor?: unknown[] };
  const cites = (route.entry.body ?? '').includes('<Kalla ');
  const add = (slug: string, text: string) => route.toc!.items.push({ depth: 2, slug, text, children: [] });
  if (cites) add('noter-rubrik', t('notes.heading'));
  if (cites || (data.kallor?.length ?? 0) > 0) add('kallor-rubrik', t('kallor.heading'));
}

export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  // Starlight writes "page | site" in the tab; on the start page both are the site's name.
  const title = route.head.find((tag) => tag.tag === 'title');
  if (title) title.content = tabTitle(route.entry.data.title, route.siteTitle);
  hyphenateGroups(route.sidebar);
  addNotesAndSources(route, locals.t);
});
