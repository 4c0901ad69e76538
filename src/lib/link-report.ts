// Turns the links validator's report (starlight-links-validator, JSON reporter) into Swedish lines
// an editor can act on: the content file and line, the address as written, what is wrong, and the
// nearest address or heading that does exist. Links are reported as the editor wrote them
// (root-relative, without any base path the site is later served under).
import { closest, distance } from 'fastest-levenshtein';
import { pagePathOfFile } from './url.ts';

/** One error as the validator's JSON reporter writes it. */
export interface LinkError {
  /** Path of the page file below content/docs/, e.g. "roller/styrelsen.mdx". */
  docsPath: string;
  /** The address exactly as written in the file. */
  link: string;
  position: { line: number; column: number } | null;
  /** The validator's English reason, such as "invalid link" or "invalid hash". */
  message: string;
}

/** What exists on the built site: page addresses ("/roller/styrelsen/") and each page's anchors. */
export interface SiteIndex {
  pages: string[];
  anchors: (page: string) => string[];
  /** The base path the site is served under ("/kunskapsstod/"), if any: ignored when suggesting. */
  base?: string;
}

/** A suggestion is only made when it is this close: further away it is more likely to mislead. */
const MAX_DISTANCE_SHARE = 0.4;

export function nearest(wanted: string, candidates: string[]): string | undefined {
  if (!wanted || candidates.length === 0) return undefined;
  // A shortened heading ("#vem-sitter" for "#vem-sitter-i-styrelsen") is far in edit distance but clear.
  const longer = candidates.filter((c) => c.startsWith(wanted)).sort((a, b) => a.length - b.length)[0];
  if (longer && wanted.length >= 4) return longer;
  const best = closest(wanted, candidates);
  return distance(wanted, best) <= Math.max(2, Math.ceil(wanted.length * MAX_DISTANCE_SHARE)) ? best : undefined;
}

/** "/roller/styrelsen/#vem" → { page: "/roller/styrelsen/", hash: "vem" }; a bare "#vem" stays on `self`. */
function split(link: string, self: string): { page: string; hash: string } {
  const [path, hash = ''] = link.split('#');
  const page = (path.split('?')[0] || self).replace(/\/?$/, '/');
  return { page, hash: decodeURIComponent(hash) };
}

/** The published address of a page file, the same rule the build uses: roller/index.mdx → /roller/. */
export const addressOf = pagePathOfFile;

const REASONS: Record<string, (link: string) => string> = {
  'invalid link': (link) => `länken ${link} leder inte till någon sida på webbplatsen.`,
  'invalid link to custom page': (link) => `länken ${link} leder inte till någon sida på webbplatsen.`,
  'invalid hash': (link) => `länken ${link} pekar på en rubrik eller ett ankare (efter #) som inte finns på sidan.`,
  'relative link': (link) =>
    `länken ${link} är relativ. Skriv adressen från webbplatsens början, med / först och sist, till exempel /roller/styrelsen/.`,
  'missing trailing slash': (link) => `länken ${link} saknar / på slutet. Skriv ${link.replace(/(^[^#?]*?)\/?([#?].*)?$/, '$1/$2')}.`,
  'forbidden trailing slash': (link) => `länken ${link} ska inte sluta med /.`,
  'local link': (link) =>
    `länken ${link} går till den egna datorn (localhost). Skriv adressen från webbplatsens början, till exempel /roller/styrelsen/.`,
  'inconsistent locale': (link) => `länken ${link} går till en sida på ett annat språk.`,
};

/** One Swedish line per error: `content/docs/<file>:<line>: <reason> <suggestion>`. */
export function swedishLinkErrors(errors: LinkError[], site: SiteIndex): string[] {
  return errors.map((raw) => {
    // The base path is added by a build step after the editor wrote the link: report it as written.
    const e = { ...raw, link: withoutBase(raw.link, site.base) };
    const where = `content/docs/${e.docsPath}${e.position ? `:${e.position.line}` : ''}`;
    const reason = (REASONS[e.message] ?? ((link: string) => `länken ${link} fungerar inte (${e.message}).`))(e.link);
    return `${where}: ${reason}${suggestion(e, site)}`;
  });
}

/** A link as the editor writes it: a base path that a build step may have added is taken off. */
function withoutBase(page: string, base = '/'): string {
  const b = base.replace(/\/?$/, '/');
  return b !== '/' && page.startsWith(b) ? page.slice(b.length - 1) : page;
}

function suggestion(e: LinkError, site: SiteIndex): string {
  const split_ = split(e.link, addressOf(e.docsPath));
  const page = withoutBase(split_.page, site.base);
  const { hash } = split_;
  if (e.message === 'invalid hash') {
    const anchors = site.anchors(page);
    const best = nearest(hash, anchors);
    const target = page === addressOf(e.docsPath) && e.link.startsWith('#') ? '' : page;
    if (best) return ` Menade du ${target}#${best}? (Rubrikernas ankare behåller å, ä och ö.)`;
    return ' Kontrollera rubriken på sidan: ankaret är rubriken med små bokstäver och bindestreck i stället för mellanslag.';
  }
  if (e.message === 'invalid link' || e.message === 'invalid link to custom page') {
    const best = nearest(page, site.pages);
    return best
      ? ` Menade du ${best}${e.link.includes('#') ? ` (och ankaret efter #)` : ''}?`
      : ' Kontrollera adressen: den är sidans filnamn under content/docs/ utan .mdx, med / först och sist.';
  }
  return '';
}
