// The shape of a vägvisare (content/vagvisare/<id>.yaml) as the checks and the page builder see it,
// inferred from the Zod schema in src/schemas/vagvisare.ts so the two cannot drift apart. The imports
// of the schema are type-only, so the checks still run in plain unit tests.
import type { z } from 'astro/zod';
import type { vagvisareFields } from '../../schemas/vagvisare.ts';

/** A validated guide: questions and outcomes with their sources. */
export type Vagvisare = z.output<typeof vagvisareFields>;
/** One step: a question (with svar) or an outcome (with rubrik and grund). */
export type Steg = Vagvisare['steg'][number];
export type Fraga = Extract<Steg, { svar: unknown }>;
export type Utfall = Exclude<Steg, Fraga>;
/** An answer: its text and the step it leads to. */
export type Svar = Fraga['svar'][number];
/** What a statement on an outcome page rests on, with its kind and source. */
export type Grund = Utfall['grund'][number];
/** A guidance page an outcome links to. */
export type Lank = Utfall['lasMer'][number];
/** What a statement on an outcome page rests on: the law, a reading of it, an agreed way of working, a proposal. */
export const GRUND_SLAG = ['lag', 'tolkning', 'arbetssatt', 'forslag'] as const;
export type GrundSlag = (typeof GRUND_SLAG)[number];

/** How an outcome answers the guide's question; decides the label's style, not its words. */
export const BEDOMNINGAR = ['ja', 'nej', 'beror-pa', 'vagledning'] as const;
export type Bedomning = (typeof BEDOMNINGAR)[number];

export const isFraga = (s: Steg): s is Fraga => 'svar' in s && Array.isArray(s.svar);
