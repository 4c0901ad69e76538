// Links the links validator cannot judge, because their targets are not Markdown headings:
// pages that are generated outside the docs collection, and glossary anchors rendered from data.
import { fileURLToPath } from 'node:url';
import { dataIds } from '../lib/data-files.ts';

/** Routes built by src/routes/ rather than content/docs/. */
export const customPages = ['/sok/', '/andringar.xml'];

/** The ids in a data folder under content/, by the same rule as the site's loaders (read now, never kept). */
const idsIn = (/** @type {string} */ folder) => dataIds(fileURLToPath(new URL(`../../content/${folder}/`, import.meta.url)));

/**
 * Exclude from starlight-links-validator only links known to be valid. A link to a glossary term
 * that has no file in content/ordlista/ is NOT excluded, so the validator reports it as an invalid
 * hash on /ordlista/, naming the file and line. The validator sees links with the base path in
 * front (src/markdown/base-links.mjs), so it is taken off before comparing.
 * @param {string} base Astro's base, '/' or e.g. '/kunskapsstod/'.
 */
export function validatedElsewhere(base) {
  const prefix = base.replace(/\/+$/, '');
  /** @param {{ link: string }} params */
  return ({ link }) => isValidatedElsewhere({ link: prefix && link.startsWith(`${prefix}/`) ? link.slice(prefix.length) : link });
}

/**
 * The same judgement for a link as an editor wrote it (no base path).
 * @param {{ link: string }} params
 */
export function isValidatedElsewhere({ link }) {
  const path = link.split(/[?#]/)[0];
  if (customPages.includes(path) || path.startsWith('/skriv-ut/') || path.startsWith('/kallor/') || path === '/vagvisare/') return true;
  // A guide's start page exists when its file does; a link to a guide that does not is reported.
  const guide = /^\/vagvisare\/([a-z0-9-]+)\/$/.exec(path);
  if (guide) return idsIn('vagvisare').has(guide[1]);
  const term = /^\/ordlista\/#([a-z0-9-]+)$/.exec(link);
  return Boolean(term && idsIn('ordlista').has(term[1]));
}
