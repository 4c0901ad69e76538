// The sentences of /sok/'s status line (content/i18n/sv.json, sok.*) describe the results on screen
// now, in the present tense throughout: "Ingen sida innehöll alla orden. Sidorna nedan innehåller
// flest av dem." mixed two tenses in two sentences (review 17).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const strings: Record<string, string> = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/i18n/sv.json'), 'utf8'));

/** Past-tense verbs a sentence about the results could slip into. */
const PAST = /\b(innehöll|fanns|hittades|hittade|gav|matchade|visades)\b/i;

test("the search page's status sentences are in the present tense", () => {
  const status = Object.entries(strings).filter(([key]) =>
    /^sok\.(count|answer(Only|Count)|noResults|fallback|weak|unfound|showMore|filtered)/.test(key),
  );
  assert.ok(status.length > 10);
  for (const [key, text] of status) assert.doesNotMatch(text, PAST, key);
});
