// The one rule for putting the base path in front of a site address, shared by the content build
// step (src/markdown/base-links.mjs), the components (src/lib/url.ts) and the tests.

/**
 * '/roller/' with base '/kunskapsstod/' → '/kunskapsstod/roller/'. Anything that is not a
 * root-relative address of this site ('https://…', '//host/…', '#x', 'mailto:') is returned as it
 * is, and a base of '/' changes nothing, so '/x' can never become '//x' (another host).
 * @param {string} path
 * @param {string} base
 */
export function withBasePath(path, base) {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.replace(/\/+$/, '');
  if (!prefix) return path;
  return `${prefix}${path}`;
}
