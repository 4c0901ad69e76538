// The site's own UI strings, declared so that Astro.locals.t() knows them; the Swedish text is in
// content/i18n/sv.json, so components hold no UI text.
import { z } from 'astro/zod';

export const uiStrings = z.object({
  'kallor.heading': z.string(),
  'kallor.dnr': z.string(),
  'kallor.citationLabel': z.string(),
  'granskad.label': z.string(),
  'stat.sourceLabel': z.string(),
  'stat.derived': z.string(),
  'sok.title': z.string(),
  'sok.description': z.string(),
  'sok.label': z.string(),
  'sok.submit': z.string(),
  'sok.hint': z.string(),
  'sok.resultsHeading': z.string(),
  'sok.noResults': z.string(),
  'sok.count_one': z.string(),
  'sok.count_other': z.string(),
  'sok.loading': z.string(),
  'sok.noscript': z.string(),
  'sok.error': z.string(),
});
