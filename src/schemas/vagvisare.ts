// Schema of a vägvisare (content/vagvisare/<id>.yaml): a few questions, one per page, each answer
// a link to the next step, ending in an outcome. Fields are checked here; the whole guide (answers
// that lead nowhere, loops, steps nobody reaches, unknown sources) in src/lib/vagvisare/check.ts,
// so a mistake fails the build naming the file and the step.
import { join } from 'node:path';
import { z } from 'astro/zod';
import { checkGuide } from '../lib/vagvisare/check.ts';
import { BEDOMNINGAR, GRUND_SLAG } from '../lib/vagvisare/model.ts';
import { listFiles } from '../lib/files.ts';
import { pagePath, pagePathOfFile } from '../lib/url.ts';
import { idsIn } from './content-files';
import { isoDate, text } from './fields';

const slug = (field: string) =>
  z
    .string({ error: `fältet saknas. Lägg till ${field}: med ett kort id, till exempel ${field}: malgrupp.` })
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      `${field} blir en del av adressen: skriv små bokstäver a–z, siffror och bindestreck, utan å, ä och ö (till exempel eget-omrade).`,
    );

const svar = z.object({
  /** Becomes part of the next page's address: a–z, digits and hyphens. */
  id: slug('id'),
  /** The answer as the reader sees it on the link. */
  text: text('svar.text'),
  /** Id of the step the answer leads to: another question or an outcome. */
  till: slug('till'),
});

const grund = z.object({
  /** lag: what the law says; tolkning: how the parties read it; arbetssatt: a way of working the parties agreed; forslag: a proposal, not law. */
  slag: z.enum(GRUND_SLAG, { error: `ange en av: ${GRUND_SLAG.join(', ')}.` }),
  text: text('grund.text'),
  kalla: text('grund.kalla'),
  plats: text('grund.plats'),
});

const stegBas = {
  /** The step's id, part of the page address: a–z, digits and hyphens. */
  id: slug('id'),
  /** Source of what the step says (a file in content/kallor/) and the section or page in it. */
  kalla: text('kalla'),
  plats: text('plats'),
};

const fraga = z.strictObject({
  ...stegBas,
  /** The question, as a reader would ask it. */
  fraga: text('fraga'),
  /** One or two plain sentences that help the reader answer. */
  hjalp: z.string().optional(),
  svar: z.array(svar).min(2, 'en fråga behöver minst två svar.'),
});

const utfall = z.strictObject({
  ...stegBas,
  /** The outcome's heading. */
  rubrik: text('rubrik'),
  /** ja, nej, beror-pa or vagledning: sets the label's colour. */
  bedomning: z.enum(BEDOMNINGAR, { error: `ange en av: ${BEDOMNINGAR.join(', ')}.` }),
  /** A few words shown as the label: "Inom Finsam". */
  etikett: text('etikett', { max: 60 }),
  /** The answer in one to three sentences. */
  sammanfattning: text('sammanfattning'),
  /** What the answer rests on, each with its kind and source. */
  grund: z.array(grund).min(1, 'ange minst en grund: vad lagen säger, hur den tolkas eller vad som föreslås.'),
  /** Guidance pages that say more. */
  lasMer: z
    .array(z.object({ text: text('lasMer.text'), sida: text('lasMer.sida') }))
    .min(1, 'länka till minst en sida i vägledningen under lasMer.'),
  /** A process in content/processer/ to show, if any. */
  process: z.string().optional(),
});

/** Addresses a guide may link to: every guidance page and every guide. */
function knownPages(): Set<string> {
  const docs = join(process.cwd(), 'content', 'docs');
  let files: string[] = [];
  try {
    files = listFiles(docs, (n) => /\.mdx?$/.test(n));
  } catch {
    files = [];
  }
  const pages = files.map((f) => pagePathOfFile(f.slice(docs.length + 1)));
  return new Set([...pages, pagePath('vagvisare'), ...[...idsIn('vagvisare')].map((id) => pagePath(`vagvisare/${id}`))]);
}

/** The fields of a guide; the types in src/lib/vagvisare/model.ts are inferred from this. */
export const vagvisareFields = z.object({
  /** The guide's question, shown as its heading: "Kan förbundet finansiera insatsen?" */
  titel: text('titel'),
  /** One sentence (50–160 characters) for search results and the list of guides. */
  beskrivning: text('beskrivning', { min: 50, max: 160 }),
  /** What the guide helps with and what it does not, on its start page. */
  ingress: text('ingress'),
  /** The day the guide was last reviewed, quoted: '2026-12-06'. */
  granskad: isoDate('granskad', { notInFuture: true }),
  /** Id of the first question. */
  start: slug('start'),
  /** Questions (with fraga and svar) and outcomes (with rubrik and grund), in any order. */
  steg: z
    .array(
      z.union([fraga, utfall], {
        error:
          'ett steg är antingen en fråga (fraga, svar) eller ett utfall (rubrik, bedomning, etikett, sammanfattning, grund, lasMer). Kontrollera fältnamnen.',
      }),
    )
    .min(2, 'en vägvisare behöver minst en fråga och ett utfall.'),
});

export const vagvisareSchema = vagvisareFields.superRefine((guide, ctx) => {
  const known = { kallor: idsIn('kallor'), processer: idsIn('processer'), sidor: knownPages() };
  for (const message of checkGuide(guide, known)) ctx.addIssue({ code: 'custom', path: ['steg'], message });
});
