// All content collections in one place. Guidance pages are Starlight's docs collection, extended
// with the fields that tie a page to its sources, roles and target groups; the rest are data.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { DATA_GLOB } from './src/lib/data-files';
import { isoDate, pagePath, pagePathOrHeading, ref, text } from './src/schemas/fields';
import { statistikSchema } from './src/schemas/statistik';
import { uiStrings } from './src/schemas/ui-strings';
import { vagvisareSchema } from './src/schemas/vagvisare';

// Which files are entries: the one rule the checks that read content/ themselves share (src/lib/data-files.ts).
const data = (folder: string) => glob({ pattern: DATA_GLOB, base: `./content/${folder}` });

const PAGE_KINDS = ['vagledning', 'fragor-och-svar', 'ordlista', 'statistik', 'lasvag', 'om-webbplatsen', 'verktyg', 'vagvisare'] as const;

/** Frontmatter every guidance page carries, on top of Starlight's own fields. */
const pageFields = z
  .object({
    /** The page heading: short, plain Swedish. */
    title: text('title'),
    /** One sentence (50–160 characters) saying what the page answers; shown in search results. */
    description: text('description', { min: 50, max: 160 }),
    /** Ids of the sources the page rests on (files in content/kallor/); at least one. */
    kallor: z.array(ref('kallor'), { error: 'ange en lista med källor, till exempel kallor: [fk-analys-finsamlagen-2024].' }).default([]),
    /** The day the content was last reviewed, quoted: '2025-11-23'. */
    granskad: isoDate('granskad', { notInFuture: true }).optional(),
    /** Roles the page concerns (files in content/roller/). */
    roller: z.array(ref('roller')).default([]),
    /** Target groups the page concerns (files in content/malgrupper/). */
    malgrupper: z.array(ref('malgrupper')).default([]),
    /** What changed on the page and when, newest first or in any order: shown in the change log and feed. */
    andringar: z
      .array(
        z.object({
          datum: isoDate('andringar.datum', { notInFuture: true }),
          text: text('andringar.text'),
          /** true when the change is to how the site works (menus, layout), not to what the guidance says: the start page's list leaves it out. */
          webbplats: z.boolean().optional(),
          /** true when the change corrects a fact that was wrong, checked against the sources: listed first among the day's changes. */
          rattelse: z.boolean().optional(),
        }),
      )
      .default([]),
    /** Kind of page, used by search filters. `verktyg` and `om-webbplatsen` pages need no sources. */
    typ: z.enum(PAGE_KINDS, { error: `ange en av: ${PAGE_KINDS.join(', ')}.` }).default('vagledning'),
  })
  .superRefine((page, ctx) => {
    if (page.typ === 'verktyg') return;
    // Pages about the site itself (review list, change log) rest on no report; guidance always does.
    if (page.kallor.length === 0 && page.typ !== 'om-webbplatsen') {
      ctx.addIssue({
        code: 'custom',
        path: ['kallor'],
        message: 'ange minst en källa, till exempel kallor: [fk-analys-finsamlagen-2024]. Varje sida måste visa vad den bygger på.',
      });
    }
    if (!page.granskad) {
      ctx.addIssue({
        code: 'custom',
        path: ['granskad'],
        message: "ange när innehållet senast granskades, till exempel granskad: '2025-11-23'.",
      });
    }
  });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFields }) }),
  i18n: defineCollection({
    loader: i18nLoader(),
    // The site's own UI strings sit beside Starlight's, so components hold no Swedish text.
    schema: i18nSchema({ extend: uiStrings }),
  }),

  kallor: defineCollection({
    loader: data('kallor'),
    schema: z
      .object({
        /** The report's own title. */
        titel: text('titel'),
        /** Short name used in citations in the text, e.g. "Återrapport 2025". */
        kortnamn: text('kortnamn'),
        utgivare: z.array(z.string()).min(1, 'ange minst en utgivare.'),
        /** Date of the report, quoted 'YYYY-MM-DD'; give `ar` instead when only the year is known. */
        datum: isoDate('datum').optional(),
        ar: z.number().int().optional(),
        /** Diarienummer as printed in the report; omit when none is stated. */
        diarienummer: z.array(z.string()).default([]),
        /**
         * File name of the report in the reports folder, ../shared/kallor/ beside the project (or
         * KALLOR_DIR). The site builds without that folder; where it exists, a name that is not in it
         * fails the build (src/lib/content-checks.ts).
         */
        fil: text('fil'),
        /** The data years the report covers; a figure cited to it from another year fails the build. */
        omfattar: z.object(
          { fran: z.number().int(), till: z.number().int() },
          { error: 'ange vilka år rapportens uppgifter gäller, till exempel omfattar: { fran: 2016, till: 2017 }.' },
        ),
        beskrivning: text('beskrivning'),
      })
      .refine((k) => k.datum || k.ar, {
        path: ['datum'],
        message: "ange datum, till exempel datum: '2024-12-02', eller ar om bara året är känt.",
      }),
  }),

  /** Laws the guidance cites by paragraph, with the address of their official text. */
  lagar: defineCollection({
    loader: data('lagar'),
    schema: z.object({
      /** The law's full name with its SFS number, e.g. "Lag (2003:1210) om …". */
      namn: text('namn'),
      /** What the site calls it in running text, e.g. "Finsamlagen". */
      kortnamn: text('kortnamn'),
      /** The official text on riksdagen.se. */
      url: z.url({ error: 'ange hela adressen till lagtexten, som börjar med https://.' }),
      /** Who publishes the text at that address, shown with the link. */
      webbplats: text('webbplats'),
    }),
  }),

  roller: defineCollection({
    loader: data('roller'),
    schema: z.object({ namn: text('namn'), kort: text('kort'), sida: text('sida') }),
  }),

  malgrupper: defineCollection({
    loader: data('malgrupper'),
    schema: z.object({ namn: text('namn'), kort: text('kort'), prioriterad: z.boolean(), sida: text('sida') }),
  }),

  insatskategorier: defineCollection({
    loader: data('insatskategorier'),
    schema: z
      .object({
        namn: text('namn'),
        /** sus: the inriktningar used up to 2022; uppfoljning-finsam: from January 2023. */
        system: z.enum(['sus', 'uppfoljning-finsam']),
        typ: z.enum(['individinriktad', 'strukturovergripande']),
        beskrivning: text('beskrivning'),
        kalla: ref('kallor'),
        plats: text('plats'),
        /** Ids in the other system this category corresponds to. */
        motsvarar: z.array(ref('insatskategorier')).default([]),
        /** Required with motsvarar: what the mapping rests on. */
        motsvararGrund: z.string().optional(),
      })
      .refine((k) => k.motsvarar.length === 0 || k.motsvararGrund, {
        message: 'ange vad jämförelsen bygger på när motsvarar är ifyllt.',
      }),
  }),

  statistik: defineCollection({ loader: data('statistik'), schema: statistikSchema }),

  processer: defineCollection({
    loader: data('processer'),
    schema: z.object({
      titel: text('titel'),
      beskrivning: text('beskrivning'),
      kalla: ref('kallor'),
      /** The steps in order; the list and the diagram are both drawn from them. */
      steg: z
        .array(
          z.object({
            id: text('steg.id'),
            rubrik: text('steg.rubrik'),
            beskrivning: text('steg.beskrivning'),
            /** Who does the step (role ids). */
            vem: z.array(ref('roller')).default([]),
            plats: text('steg.plats'),
            /** False once the work has left the förbund and its beredningsstruktur. */
            inomForbundet: z.boolean(),
          }),
        )
        .min(2, 'en process behöver minst två steg.'),
    }),
  }),

  /** Readers' words for things, mapped to the guidance's words before searching (content/sok/). */
  synonymer: defineCollection({
    loader: file('content/sok/synonymer.yaml'),
    schema: z.object({
      varianter: z.array(text('varianter')).min(1, 'ange minst en variant.'),
    }),
  }),

  /** Step-by-step answers to a decision (content/vagvisare/): questions, answers and outcomes. */
  vagvisare: defineCollection({ loader: data('vagvisare'), schema: vagvisareSchema }),

  /** Concepts: a reader's word for something the pages word differently (CONTRIBUTING.md, Sökningen). */
  begrepp: defineCollection({
    loader: file('content/sok/begrepp.yaml'),
    schema: z.object({
      /** Words readers type for the concept; inflected forms match by themselves. */
      ord: z.array(text('ord')).min(1, 'ange minst ett ord som läsare skriver, till exempel ord: [balanskrav].'),
      /** How the pages say it: words or phrases that occur in the guidance. */
      sidorna: z.array(text('sidorna')).min(1, 'ange minst en formulering som sidorna använder, till exempel sidorna: [budget i balans].'),
    }),
  }),

  /** Intents: a phrase readers type when they want a particular page (CONTRIBUTING.md, Sökningen). */
  avsikter: defineCollection({
    loader: file('content/sok/avsikter.yaml'),
    schema: z.object({
      /** Phrases; the intent applies when every word of one phrase is in the question. */
      fraser: z.array(text('fraser')).min(1, 'ange minst en fras, till exempel fraser: [läsa först].'),
      /** Words that show the reader is after another page whatever the phrase ("esf" for applying for money). */
      utom: z.array(text('utom')).optional(),
      /** The page the reader is after. */
      sida: pagePath('sida'),
    }),
  }),

  ordlista: defineCollection({
    loader: data('ordlista'),
    schema: z.object({
      term: text('term'),
      definition: text('definition', { min: 20 }),
      kalla: ref('kallor'),
      plats: text('plats'),
      /** The guidance page, or the heading on it, that says more, if any: /ekonomi/#vad-gäller-för-eget-kapital-och-budget-i-balans. */
      sida: pagePathOrHeading('sida').optional(),
      /** A name (Nationella rådet, Uppföljning Finsam): it keeps its capital letter inside a sentence. */
      egennamn: z.boolean().default(false),
    }),
  }),
};
