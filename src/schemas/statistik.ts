// Schema of a statistics series (content/statistik/<id>.yaml). The arithmetic and source checks in
// src/lib/statistik/checks.ts run here, so an inconsistent series fails the build naming its file.
import { z } from 'astro/zod';
import { checkSeries } from '../lib/statistik/checks';
import { NAMES_A_SERIES } from '../lib/statistik/notes';
import { idsIn, kallaYears } from './content-files';
import { text } from './fields';

const year = z
  .number({ error: 'ange året som ett tal, till exempel ar: 2025.' })
  .int()
  .min(2004, 'Finsamlagen gäller sedan 2004; kontrollera året.')
  .max(2100);

const varde = z.object({
  /** The year the figure holds for. */
  ar: year,
  /**
   * The figure exactly as the source states it. Left out only for a part whose share (andel) is all
   * the source gives: the site never works a count out of a share.
   */
  varde: z.number({ error: 'ange siffran som ett tal, utan mellanslag eller enhet.' }).optional(),
  /** Category id (from `kategorier`); omit for the series total. */
  kategori: z.string().optional(),
  /** Share in percent as the source states it; checked against varde / total, or alone where the source gives no count. */
  andel: z.number().min(0).max(100).optional(),
  /** Source id: a file in content/kallor/. */
  kalla: text('kalla'),
  /** Where in the source: section and/or page. */
  plats: text('plats'),
  /** When the figure holds, if a point in time ("oktober 2024"). */
  tidpunkt: z.string().optional(),
  /** Only for values derived from stated figures: how they were derived. */
  harledd: z.string().optional(),
});

const undantag = z.object({
  kontroll: z.enum(['summa', 'andel'], { error: 'ange summa eller andel.' }),
  ar: year,
  kategori: z.string().optional(),
  /** Shown to readers: what in the source does not add up, and that the figures are kept as stated. */
  forklaring: text('forklaring', { min: 20 }),
});

/** The fields of a series; the types in src/lib/statistik/types.ts are inferred from this. */
export const serieFields = z.object({
  /** Heading over the chart and table. */
  titel: text('titel'),
  /** One sentence: what the series shows. */
  beskrivning: text('beskrivning'),
  /** Plural noun for the figures: förbund, insatser, deltagare, mkr, procent … */
  enhet: text('enhet'),
  /** The parts of a split series, in display order. */
  kategorier: z.array(z.object({ id: text('kategorier.id'), namn: text('kategorier.namn') })).optional(),
  /** With kategorier: the parts must add up to the total each year. */
  summa: z.boolean().default(false),
  /** Counts registered in SUS / Uppföljning Finsam: readers get the January 2023 caveat. */
  uppfoljningssystem: z.boolean().default(false),
  /** Optional: this chart's own rule on which years compare and why, with the sources in brackets.
      Shown in the box above the chart, in place of the general caveat about the change of system. */
  jamforelse: text('jamforelse', { min: 20 }).optional(),
  /** With jamforelse: one short plain sentence saying whether the years compare, no sources in it. It
      opens the box, and the full rule (jamforelse) unfolds under it: a board member read the rule's
      references before learning whether the years could be compared at all. */
  jamforelsekort: text('jamforelsekort')
    .refine((s) => !/[()]/.test(s) && s.length <= 110, {
      message: 'skriv en kort mening utan källhänvisningar (högst 110 tecken, inga parenteser); källorna står i jamforelse:.',
    })
    .optional(),
  /** Optional: the name of the total in chart, table and CSV where "Totalt" would mislead, as when the
      total is a sum of overlapping groups ("Summa av grupperna"). */
  totalnamn: text('totalnamn').optional(),
  varden: z.array(varde).min(1, 'serien har inga värden.'),
  undantag: z.array(undantag).default([]),
  /** Notes shown under the chart. Name no other series here: list it under `relaterade`. */
  anmarkningar: z
    .array(
      z.string().refine((note) => !NAMES_A_SERIES.test(note), {
        message:
          'anmärkningen hänvisar till en annan serie i text ("se serien om …"). Ta bort hänvisningen och skriv seriens id under relaterade: i stället; då visas hänvisningen bara på sidor där den serien också finns.',
      }),
    )
    .default([]),
  /** Ids of other series (files in content/statistik/) a reader may compare with; pointed to only where they share a page. */
  relaterade: z
    .array(
      z.string().refine((id) => idsIn('statistik').has(id), {
        message: 'serien finns inte i content/statistik/. Ange filnamnet utan .yaml, till exempel insatser-per-typ-andel.',
      }),
    )
    .default([]),
});

export const statistikSchema = serieFields.superRefine((serie, ctx) => {
  if (serie.jamforelse && !serie.jamforelsekort) {
    ctx.addIssue({
      code: 'custom',
      path: ['jamforelsekort'],
      message: `Serien "${serie.titel}" har jamforelse: men ingen jamforelsekort:. Skriv en kort mening som säger om åren går att jämföra, till exempel "Åren kan jämföras, men med försiktighet."`,
    });
  }
  for (const message of checkSeries(serie, kallaYears())) {
    ctx.addIssue({ code: 'custom', path: ['varden'], message: `Serien "${serie.titel}": ${message}` });
  }
});
