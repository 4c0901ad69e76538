// /sok/data.json as sent: a section's anchor is left out where it is the heading's own slug (as
// Astro makes it: lower case, punctuation dropped, spaces as hyphens), which is nearly always, and
// put back in the browser. That is a sixth of the file; a heading whose anchor differs (a repeated
// heading gets "-1") keeps its anchor, so nothing depends on the slugs being made alike.
import type { DataPage, SearchData } from './data.ts';

type WireSection = [heading: string, anchor?: string];
export type WireData = Omit<SearchData, 'pages'> & { pages: (Omit<DataPage, 'sections'> & { sections?: WireSection[] })[] };

export const slugOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

export function toWire(data: SearchData): WireData {
  return {
    ...data,
    pages: data.pages.map((p) =>
      p.sections ? { ...p, sections: p.sections.map(([h, a]): WireSection => (slugOf(h) === a ? [h] : [h, a])) } : p,
    ),
  };
}

export function fromWire(data: WireData): SearchData {
  return {
    ...data,
    pages: data.pages.map((p) =>
      p.sections ? { ...p, sections: p.sections.map(([h, a]): [string, string] => [h, a ?? slugOf(h)]) } : (p as DataPage),
    ),
  };
}
