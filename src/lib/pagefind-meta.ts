// Reads the word ranges of Pagefind's index chunks from its metadata file (pagefind.<hash>.pf_meta:
// gzip, a "pagefind_dcd" signature, then CBOR). The layout is Pagefind's own (1.x: [version, pages,
// index_chunks as [from, to, hash], filters, sorts]); a Pagefind upgrade that changes it makes this
// throw, so the build stops instead of /sok/ quietly loading the wrong chunks.
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';

const SIGNATURE = 'pagefind_dcd';

/** Each chunk's first and last word, as Pagefind shortened them; the chunks in index order. */
export type ChunkBounds = [from: string, to: string][];

export function chunkBounds(file: Uint8Array): ChunkBounds {
  const bytes = gunzipSync(file);
  const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) throw new Error(`Pagefinds metadatafil börjar inte med ${SIGNATURE}: formatet har ändrats.`);
  const meta = decode(bytes.subarray(SIGNATURE.length)) as unknown[];
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  const valid =
    Array.isArray(chunks) &&
    chunks.every((c) => Array.isArray(c) && typeof c[0] === 'string' && typeof c[1] === 'string' && typeof c[2] === 'string');
  if (!valid) throw new Error('Pagefinds metadatafil saknar listan över indexdelar [från, till, hash]: formatet har ändrats.');
  return (chunks as [string, string, string][]).map(([from, to]) => [from, to]);
}

/** A page's fragment as Pagefind wrote it (pagefind/fragment/*.pf_fragment: gzip, the signature, then JSON). */
export interface PagefindFragment {
  url: string;
  content: string;
  anchors?: { element: string; id: string; text?: string; location: number }[];
}

/** The fragment as Pagefind writes it again (readFragment's reverse); other fields are kept as they were. */
export function writeFragment(fragment: PagefindFragment, gzip: (bytes: Uint8Array) => Uint8Array): Uint8Array {
  return gzip(new TextEncoder().encode(SIGNATURE + JSON.stringify(fragment)));
}

export function readFragment(file: Uint8Array): PagefindFragment {
  const bytes = gunzipSync(file);
  const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) throw new Error(`Pagefinds sidfragment börjar inte med ${SIGNATURE}: formatet har ändrats.`);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(SIGNATURE.length))) as PagefindFragment;
}
