// The shape of a statistics series after validation, inferred from its schema
// (src/schemas/statistik.ts) so the two cannot drift apart. Type-only imports: the checks that use
// these types still run in plain unit tests.
import type { z } from 'astro/zod';
import type { serieFields } from '../../schemas/statistik.ts';

export type { KallaYears } from '../../schemas/content-files.ts';

export type Serie = z.output<typeof serieFields>;
export type Varde = Serie['varden'][number];
export type Kategori = NonNullable<Serie['kategorier']>[number];
export type Undantag = Serie['undantag'][number];
export type Kontroll = Undantag['kontroll'];
