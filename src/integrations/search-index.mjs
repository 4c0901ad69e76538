// Pagefind's index in small chunks, and the list of them for /sok/.
// Pagefind cuts its word index into chunks of about 20 000 word positions by default: five files of
// about 30 KB here, of which a first search downloaded one to three (up to 90 KB) for the few words
// it asked about. Chunks of INDEX_CHUNK_SIZE positions (about 1 KB each) make that a few KB; the
// metadata every search loads (pf_meta, indexdelar.json) grows with their number. 500 positions
// rather than 1 000 (143 chunks instead of 83) take a first query's index data from 66 KB at most to
// 58 KB and its 95th percentile of all bytes from 152 to 145 KB: a query word's stem fills little
// of a chunk, and the rest of a bigger chunk was words nobody asked for. 250 positions saved 2.5 KB
// more but made warm typing slower in an A/B run under the same load (median 35.7 vs 33.7 ms, p95
// 100 vs 87 ms over 150 questions): more chunks mean more calls to Pagefind's worker. Starlight
// runs Pagefind without options, so the size is set through Pagefind's environment variable (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, read by
// Pagefind 1.x; the build stops when it is no longer obeyed).
// After Pagefind has run, the chunks' word ranges are written to /sok/indexdelar.json:
// lib/search/index-chunks.ts needs them to load every chunk a query word's longer forms are in.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chunkBounds } from '../lib/pagefind-meta.ts';
import { CHUNK_LIST_URL } from '../lib/search/index-chunks.ts';

/** Word positions per index chunk (Pagefind's default: 20 000). */
export const INDEX_CHUNK_SIZE = 500;
/**
 * No chunk is larger (compressed) unless Pagefind ignored the size: then the build stops rather
 * than quietly sending readers 30 KB chunks again. One very common word can make a chunk of its own
 * above the size; at 500 positions the largest chunk was 2.7 KB.
 */
export const MAX_CHUNK_BYTES = 12 * 1024;

export function searchIndex() {
  return {
    name: 'kunskapsstod:search-index',
    hooks: {
      'astro:config:setup': () => {
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
      },
      // Runs after Starlight's own build:done hook, which builds the index: integrations listed
      // after Starlight in astro.config.mjs run their hooks after it.
      'astro:build:done': ({ dir, logger }) => {
        const pagefind = new URL('pagefind/', dir);
        const entry = JSON.parse(readFileSync(new URL('pagefind-entry.json', pagefind), 'utf8'));
        const languages = Object.values(entry.languages ?? {});
        if (languages.length !== 1) throw new Error(`Sökindexet ska ha ett språk (sv), men pagefind-entry.json anger ${languages.length}.`);
        const bounds = chunkBounds(readFileSync(new URL(`pagefind.${languages[0].hash}.pf_meta`, pagefind)));
        const index = new URL('index/', pagefind);
        for (const file of readdirSync(index)) {
          const size = statSync(new URL(file, index)).size;
          if (size > MAX_CHUNK_BYTES)
            throw new Error(
              `Sökindexets del ${file} är ${Math.round(size / 1024)} KB, mer än ${MAX_CHUNK_BYTES / 1024} KB: Pagefind följde inte PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (src/integrations/search-index.mjs). Se efter om en ny Pagefind-version har bytt namn på inställningen.`,
            );
        }
        writeFileSync(fileURLToPath(new URL(`.${CHUNK_LIST_URL}`, dir)), JSON.stringify(bounds));
        logger.info(`${bounds.length} indexdelar i ${CHUNK_LIST_URL}`);
      },
    },
  };
}
