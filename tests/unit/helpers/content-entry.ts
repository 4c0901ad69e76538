// Validates one content file the way `astro build` does, without a build: the site's real collection
// schemas (content.config.ts), Astro's own validation (getEntryData: its Zod error map and its
// "data does not match collection schema" message) and the CLI's error printer, which names the file
// under "Location:". A schema mistake is then tested in milliseconds instead of a build's seconds;
// tests/build/mistakes.test.mjs keeps one build showing that such an error really stops the build.
import './astro-content-hooks.mjs';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';

const root = join(import.meta.dirname, '../../..');
/** Astro's internals, by file: not in its package exports, but what the build itself calls. */
const astroModule = (path: string) => import(pathToFileURL(join(root, 'node_modules/astro/dist', path)).href);

/** Collections whose entries are the items of one YAML file (Astro's file() loader). */
const FILE_COLLECTIONS: Record<string, string> = {
  'sok/avsikter.yaml': 'avsikter',
  'sok/begrepp.yaml': 'begrepp',
  'sok/synonymer.yaml': 'synonymer',
};

let site: string | undefined;

/**
 * Makes a copy of the minimal fixture site the current folder, as the project root is in a build
 * (the schemas look up ids and pages under ./content), and returns its path. One copy per test
 * process: the schemas cache folder listings.
 */
export function useFixtureSite(): string {
  if (!site) {
    site = mkdtempSync(join(tmpdir(), 'schema-fixture-'));
    cpSync(join(root, 'tests/fixtures/minimal'), site, { recursive: true });
    process.chdir(site);
  }
  return site;
}

export interface Validation {
  ok: boolean;
  /** What the CLI prints for the error (colours removed), Location included; '' when valid. */
  output: string;
}

/**
 * Parses `file` (relative to content/) with `edit` applied to its text, through its collection's
 * schema, and returns what the build would print. Only the first failing entry is reported, as
 * in the build.
 */
export async function validate(file: string, edit: (text: string) => string = (s) => s): Promise<Validation> {
  const dir = useFixtureSite();
  const { collections } = await import(pathToFileURL(join(root, 'content.config.ts')).href);
  const { getEntryData, safeParseFrontmatter } = await astroModule('content/utils.js');
  const { collectErrorMetadata } = await astroModule('core/errors/dev/utils.js');
  const { formatErrorMessage } = await astroModule('core/messages/runtime.js');

  const filePath = join(dir, 'content', file);
  const text = edit(readFileSync(filePath, 'utf8'));
  const fileCollection = FILE_COLLECTIONS[file];
  const collection = fileCollection ?? file.split('/')[0];
  const config = collections[collection];
  if (!config) throw new Error(`no collection for ${file}`);

  const printed = (error: unknown): Validation => ({
    ok: false,
    output: (formatErrorMessage(collectErrorMetadata(error), true) as string).replace(/\x1b\[[0-9;]*m/g, ''),
  });
  let entries: { id: string; data: unknown }[];
  try {
    if (fileCollection) {
      entries = (load(text) as { id: string }[]).map((item) => ({ id: item.id, data: item }));
    } else if (collection === 'docs') {
      // Frontmatter, parsed as the MDX entry type does (it fails on broken YAML, naming the file).
      entries = [{ id: file.replace(/^docs\//, '').replace(/\.mdx?$/, ''), data: safeParseFrontmatter(text, filePath).frontmatter }];
    } else {
      // Data files: Astro's YAML entry type uses js-yaml's load too.
      entries = [{ id: file.replace(/^[^/]+\//, '').replace(/\.(ya?ml|json)$/, ''), data: load(text) }];
    }
  } catch (error) {
    return printed(error);
  }

  for (const entry of entries) {
    try {
      await getEntryData(
        { id: entry.id, collection, unvalidatedData: entry.data, _internal: { rawData: undefined, filePath } },
        config,
        false,
      );
    } catch (error) {
      return printed(error);
    }
  }
  return { ok: true, output: '' };
}
