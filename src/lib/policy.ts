// Each built page's Content-Security-Policy, computed from the page itself. Astro writes a <meta>
// policy; the inline scripts and styles a page really has (Starlight's theme and sidebar scripts,
// small inlined stylesheets) are hashed here and become the page's only hash sources. Nothing is
// pinned by hand, so a Starlight patch that changes one byte of an inline script changes its hash
// with it, and a hash for content the page does not have never loosens the policy.
import { createHash } from 'node:crypto';
import { applyEdits, attributeValue, BuiltPageError, findElements, type FoundElement } from './html-edit.ts';

const HASHED = { script: 'script-src', style: 'style-src' } as const;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP hash sources of a page's inline scripts and styles, by directive. */
export function inlineHashes(html: string): Record<'script-src' | 'style-src', Set<string>> {
  const hashes = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  for (const element of findElements(html, ['script', 'style'])) {
    if (element.tagName === 'script' && 'src' in element.attrs) continue;
    hashes[HASHED[element.tagName as keyof typeof HASHED]].add(hashOf(element.text));
  }
  return hashes;
}

/** A policy as an ordered list of directives, each a name and its sources. */
export function parsePolicy(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0)
    .map(([name, ...sources]) => [name.toLowerCase(), sources]);
}

export const serializePolicy = (directives: [string, string[]][]) =>
  directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** The page's one policy <meta>. A page without one (or with two) fails the build, naming the file. */
function policyMeta(html: string, file: string): FoundElement {
  const metas = findElements(html, ['meta']).filter((m) => m.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1)
    throw new BuiltPageError(
      file,
      `sidan ska ha exakt en <meta http-equiv="content-security-policy">, men har ${metas.length}. Kontrollera security.csp i astro.config.mjs.`,
    );
  return metas[0];
}

/** The page's policy as the browser reads it. */
export function readPolicy(html: string, file: string): string {
  return policyMeta(html, file).attrs.content ?? '';
}

/**
 * The page with its policy's script-src and style-src holding exactly the hashes of the page's own
 * inline scripts and styles, beside the configured non-hash sources ('self', 'wasm-unsafe-eval').
 * Fails, naming the file, when the policy lacks either directive: without script-src a policy would
 * fall back to default-src and the hashes would have nowhere to go.
 */
export function withOwnHashes(html: string, file: string): string {
  const meta = policyMeta(html, file);
  const directives = parsePolicy(meta.attrs.content ?? '');
  const own = inlineHashes(html);
  for (const name of Object.values(HASHED)) {
    const directive = directives.find(([n]) => n === name);
    if (!directive)
      throw new BuiltPageError(file, `sidans Content-Security-Policy saknar ${name}. Kontrollera security.csp i astro.config.mjs.`);
    directive[1] = [...directive[1].filter((s) => !/^'sha(256|384|512)-/.test(s)), ...own[name]];
  }
  const tag = `<meta http-equiv="content-security-policy" content="${attributeValue(serializePolicy(directives))}">`;
  return applyEdits(html, [{ start: meta.start, end: meta.end, text: tag }]);
}
