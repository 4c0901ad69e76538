// The error reference for editors (docs/felmeddelanden.md) quotes the build's messages. Every
// quoted message (the lines of its ```text blocks) must be one the code can actually print, so the
// reference cannot drift from the code: the test builds a pattern from every string the code holds
// (template parts become wildcards) and each quoted line must be made of such strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/files.ts';

const root = join(import.meta.dirname, '../..');
const reference = readFileSync(join(root, 'docs/felmeddelanden.md'), 'utf8');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex sources for the string literals in `code`; a template's ${…} parts match anything. */
export function literalPatterns(code: string): string[] {
  const found: { start: number; end: number; pattern: string }[] = [];
  let i = 0;
  function readTemplate(): string {
    // at code[i] === '`'
    let pattern = '';
    i += 1;
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        pattern += escape(code[i + 1] === 'n' ? '\n' : code[i + 1]);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        i += 2;
        let depth = 1;
        while (i < code.length && depth > 0) {
          if (code[i] === '`') {
            const start = i;
            const inner = readTemplate();
            found.push({ start, end: i, pattern: inner });
            continue;
          }
          if (code[i] === '{') depth += 1;
          if (code[i] === '}') depth -= 1;
          i += 1;
        }
        pattern += '[\\s\\S]*?';
      } else {
        pattern += escape(code[i]);
        i += 1;
      }
    }
    i += 1;
    return pattern;
  }
  while (i < code.length) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i) + 2;
      if (i < 2) break;
    } else if (c === '`') {
      const start = i;
      const pattern = readTemplate();
      found.push({ start, end: i, pattern });
    } else if (c === "'" || c === '"') {
      const end = code.slice(i + 1).search(new RegExp(`(?<!\\\\)${c}|\\n`));
      if (end >= 0 && code[i + 1 + end] === c) {
        found.push({ start: i, end: i + end + 2, pattern: escape(code.slice(i + 1, i + 1 + end).replace(/\\(.)/g, '$1')) });
        i += end + 2;
      } else i += 1;
    } else i += 1;
  }
  // 'a' + 'b' across lines is one message.
  found.sort((a, b) => a.start - b.start);
  const merged: typeof found = [];
  for (const f of found) {
    const last = merged.at(-1);
    if (last && /^\s*\+\s*$/.test(code.slice(last.end, f.start)))
      merged[merged.length - 1] = { ...last, end: f.end, pattern: last.pattern + f.pattern };
    else merged.push(f);
  }
  // Short strings (ids, class names) could be strung together into any sentence: a message has at
  // least ten characters of fixed text with a space in it (so not a bare path like content/docs/…).
  return merged
    .map((f) => f.pattern)
    .filter((p) => {
      const fixed = p
        .replace(/\[\\s\\S\]\*\?/g, '')
        .replace(/\\/g, '')
        .trim();
      return fixed.length >= 10 && /\s/.test(fixed);
    });
}

const sources = [
  ...listFiles(join(root, 'src'), (n) => /\.(ts|mjs|astro)$/.test(n)),
  ...listFiles(join(root, 'scripts'), (n) => n.endsWith('.mjs')),
  join(root, 'content.config.ts'),
];
const patterns = [...new Set(sources.flatMap((f) => literalPatterns(readFileSync(f, 'utf8'))))];
/** A file, an optional line, and a field path such as `kallor.0:`, as the build prints before a message. */
const prefix = String.raw`(?:content/[^\s:]+(?::\d+)?: )?(?:[\w.]+: )?`;
/** A printed message is one string, or a few joined (a reason and a suggestion, a series and its problem). */
const one = `(?:${patterns.map((p) => `(?:${p})`).join('|')})`;
const message = new RegExp(`^${prefix}${one}(?:${one})?(?:${one})?$`);

const quoted = [...reference.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1]
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean),
);

test('the literal scanner reads templates, nested templates and joined strings', () => {
  const found = literalPatterns("x(`${a}: felet är ${b ? ` i kategorin ${c}` : ''}.`); y('ett fel ' +\n  'och två'); // 'inte'");
  assert.ok(found.includes('[\\s\\S]*?: felet är [\\s\\S]*?\\.'), found.join(' | '));
  assert.ok(found.includes(' i kategorin [\\s\\S]*?'), found.join(' | '));
  assert.ok(found.includes('ett fel och två'), found.join(' | '));
  assert.ok(!found.some((p) => p.includes('inte')));
});

test('the reference quotes messages', () => {
  assert.ok(quoted.length >= 30, `only ${quoted.length} quoted messages`);
});

test('every message quoted in docs/felmeddelanden.md is one the code prints', () => {
  const unknown = quoted.filter((line) => !message.test(line));
  assert.deepEqual(unknown, []);
});

test('a message the code does not print is caught', () => {
  assert.equal(message.test('content/docs/index.mdx:3: det här meddelandet finns inte i koden alls.'), false);
});
