// Astro writes each component's <script> as its own module file, so a guidance page loaded eight
// small files (4.0 KB gzipped). Each compressed alone, they share nothing; as one file per set of
// scripts they compress to about 3 KB. Module scripts all run after the page is parsed, in the
// order they appear, so one bundle that imports them in that order, at the place of the first, runs
// the same code in the same order. Inline scripts are left where they are: they run while the page
// is parsed, and the Content-Security-Policy names each by its hash.
import { createHash } from 'node:crypto';
import { applyEdits, attributeValue, findElements, type Edit } from './html-edit.ts';

export interface ModuleScript {
  src: string;
  /** Offsets of the whole element, from `<script` to the end of `</script>`. */
  start: number;
  end: number;
}

const END_TAG = '</script>';

/** The page's external module scripts under `${base}_astro/`, in document order. */
export function moduleScripts(html: string, base: string): ModuleScript[] {
  const prefix = `${base.replace(/\/+$/, '')}/_astro/`;
  return findElements(html, ['script'])
    .filter((s) => (s.attrs.type ?? '').toLowerCase() === 'module' && (s.attrs.src ?? '').startsWith(prefix) && s.attrs.src.endsWith('.js'))
    .filter((s) => html.startsWith(END_TAG, s.end))
    .map((s) => ({ src: s.attrs.src, start: s.start, end: s.end + END_TAG.length }));
}

/** The bundle's file name for a list of scripts: the same list always gets the same name. */
export function bundleName(srcs: string[]): string {
  return `sida.${createHash('sha256').update(srcs.join('\n')).digest('base64url').slice(0, 10)}.js`;
}

/**
 * The page with its module scripts replaced by one script, `bundleSrc(srcs)`, at the first one's
 * place. A page with fewer than two module scripts is left as it is.
 */
export function linkBundle(html: string, base: string, bundleSrc: (srcs: string[]) => string): string {
  const scripts = moduleScripts(html, base);
  if (scripts.length < 2) return html;
  const src = bundleSrc(scripts.map((s) => s.src));
  const edits: Edit[] = scripts.map((s, i) => ({
    start: s.start,
    end: s.end,
    text: i === 0 ? `<script type="module" src="${attributeValue(src)}"></script>` : '',
  }));
  return applyEdits(html, edits);
}
