// The site's public address: the one place it is configured. Canonical links, the sitemap, the
// Atom feed, print views and the accessibility statement all take it from here.
//
// PRODUCTION_URL is where the site is published. It is an assumption until Nationella rådet fixes
// the domain (see README, "Publicera"); change it here, or override it per build:
//   SITE_URL=https://exempel.se npm run build         another address
//   BASE_PATH=/kunskapsstod/ npm run build            served under a sub-path (GitHub Pages without
//                                                      a custom domain serves /<förråd>/)
export const PRODUCTION_URL = 'https://kunskapsstod.finsam.se/';

/**
 * A base path as Astro wants it: leading and trailing slash, '/' for the root. Rejects what would
 * silently build a broken site (a full address, '..', spaces) with a message naming the variable.
 * @param {string | undefined} value
 */
export function normaliseBase(value) {
  const raw = (value ?? '').trim();
  if (!raw || raw === '/') return '/';
  if (!/^\/?[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$/.test(raw) || /(^|\/)\.\.?(\/|$)/.test(raw)) {
    throw new Error(
      `BASE_PATH="${raw}" är ingen giltig sökväg. Ange till exempel BASE_PATH=/kunskapsstod/ (bara bokstäver, siffror, - _ . ~ och /).`,
    );
  }
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * The site's origin and base for this build, from SITE_URL and BASE_PATH. A SITE_URL with a path
 * (as GitHub's configure-pages gives: https://owner.github.io/repo) supplies the base unless
 * BASE_PATH is set too.
 * @param {Record<string, string | undefined>} env
 */
export function siteConfig(env = process.env) {
  let url;
  try {
    url = new URL(env.SITE_URL?.trim() || PRODUCTION_URL);
  } catch {
    throw new Error(`SITE_URL="${env.SITE_URL}" är ingen fullständig adress. Ange till exempel SITE_URL=https://kunskapsstod.finsam.se`);
  }
  const base = normaliseBase(env.BASE_PATH ?? url.pathname);
  return { site: url.origin, base };
}

/**
 * Where a pull request's preview is published: below the production site, in
 * pr-preview/pr-<number>/ on the gh-pages branch (rossjrw/pr-preview-action). Returns the build's
 * SITE_URL and BASE_PATH, and the action's pages-base-url (host and path, no scheme).
 * @param {Record<string, string | undefined>} env
 * @param {number} pr
 */
export function previewConfig(env, pr) {
  if (!Number.isInteger(pr) || pr < 1) throw new Error(`Ogiltigt nummer på pull request: ${pr}`);
  const { site, base } = siteConfig({ SITE_URL: env.SITE_URL, BASE_PATH: env.BASE_PATH });
  return {
    siteUrl: site,
    basePath: `${base}pr-preview/pr-${pr}/`,
    pagesBaseUrl: `${new URL(site).host}${base.replace(/\/+$/, '')}`,
  };
}
