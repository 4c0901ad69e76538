// Every reader-facing string belongs in content/i18n/sv.json. This finds Swedish written into a
// component instead: text between tags, literal values of attributes a reader hears or sees, and
// string literals with Swedish words (in the frontmatter and in the markup's expressions). Messages
// for editors are not UI text (they are thrown or logged at build time), nor are comments, styles
// or identifiers such as the search filter names "kapitel" and "sida".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '../..');
const components = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.astro'))
  .map((f) => join(root, 'src', f));

const withoutComments = (s: string) =>
  s
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/[^\n]*/g, '$1')
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '');

/** Swedish letters, or a common short Swedish word standing alone. */
const SWEDISH = /[åäöÅÄÖ]|(^|\s)(och|på|av|för|till|med|om|sidan|Start|Sök|Meny|Stäng|Visa|Källa|Källor)(\s|$|[.,:])/;
const READER_ATTRIBUTES = /\b(aria-label|aria-description|alt|title|placeholder)="([^"{]+)"/g;

/**
 * The literal text of what stands between a ">" and the next "<": expressions in braces removed,
 * and nothing at all when it is code (a ">" in a comparison, the start or end of an expression).
 */
function literalText(segment: string): string {
  let text = segment.replace(/\{[^{}]*\}/g, ' ');
  if (text.includes('{')) text = text.slice(0, text.indexOf('{'));
  if (text.includes('}')) text = text.slice(text.lastIndexOf('}') + 1);
  return /&&|\|\||=>|;|\(\s*$|^\s*\)/.test(text) ? '' : text;
}

/**
 * The source without the arguments of thrown errors and console messages: those are for editors at
 * build time, and a formatter may spread one call over several lines.
 */
function withoutMessages(s: string): string {
  const call = /\b(?:new\s+\w*Error|console\.\w+)\s*\(/g;
  let out = '';
  let from = 0;
  for (let m = call.exec(s); m; m = call.exec(s)) {
    let i = m.index + m[0].length;
    for (let depth = 1; i < s.length && depth > 0; i++) {
      if (s[i] === '(') depth++;
      else if (s[i] === ')') depth--;
    }
    out += s.slice(from, m.index);
    from = i;
    call.lastIndex = i;
  }
  return out + s.slice(from);
}

function hardCoded(source: string): string[] {
  const [, frontmatter = '', markup = source] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source) ?? [];
  const found: string[] = [];
  const template = withoutComments(markup);
  for (const [, segment] of template.matchAll(/>([^<>]+)</g)) {
    const text = literalText(segment);
    if (/\p{L}{2,}/u.test(text)) found.push(text.trim());
  }
  for (const [, , value] of template.matchAll(READER_ATTRIBUTES)) if (/\p{L}{2,}/u.test(value)) found.push(value);
  for (const line of [...withoutMessages(withoutComments(frontmatter)).split('\n'), ...withoutMessages(template).split('\n')]) {
    if (/\b(Error|throw|error|console)\b/.test(line)) continue;
    for (const [, , text] of line.matchAll(/(['"`])((?:(?!\1).)*)\1/g)) if (SWEDISH.test(text)) found.push(text);
  }
  return [...new Set(found)];
}

test('no component holds Swedish UI text of its own: it comes from sv.json through Astro.locals.t()', () => {
  const problems = components.flatMap((file) => hardCoded(readFileSync(file, 'utf8')).map((text) => `${relative(root, file)}: "${text}"`));
  assert.deepEqual(
    problems,
    [],
    'Flytta texten till content/i18n/sv.json (och src/schemas/ui-strings.ts) och hämta den med Astro.locals.t().',
  );
});

test('the check finds text between tags, in a reader attribute and in string literals, and passes t() calls and errors', () => {
  const component = [
    '---',
    "const a = k.join(' och ');",
    'throw new Error(`finns inte på sidan`);',
    'console.warn(',
    '  `granskad för ${f(x)} månader sedan`,',
    ');',
    "const b = 'Stäng';",
    '---',
    '<p>Läs mer</p>',
    '<dd>{k.utgivare.join(" och ")}</dd>',
    '<button aria-label="Meny">{t("x")}</button>',
  ].join('\n');
  assert.deepEqual(hardCoded(component).sort(), [' och ', 'Läs mer', 'Meny', 'Stäng'].sort());
  assert.deepEqual(
    hardCoded(
      '---\nconst t = Astro.locals.t;\n---\n<p class="kapitel">{t(\'kallor.heading\')}</p>\n<style>p::after { content: "på"; }</style>',
    ),
    [],
  );
});
