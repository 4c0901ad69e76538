// Field builders shared by the collection schemas. Every message is Swedish, names the field in
// bold (as Astro's own messages do) and says how to fix it, because editors read them.
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { dateProblem } from '../lib/dates.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { idsIn } from './content-files';

type DataCollection = 'kallor' | 'roller' | 'malgrupper' | 'insatskategorier' | 'statistik' | 'ordlista' | 'processer';

const list = (ids: Set<string>) => [...ids].sort().join(', ') || '(inga filer)';

/** A reference to an entry that must exist as a file in content/<collection>/. */
export function ref(collection: DataCollection) {
  return z
    .string({ error: `ange id:t för en post i content/${collection}/ (filnamnet utan .yaml).` })
    .refine((id) => idsIn(collection).has(id), {
      error: (issue) =>
        `"${String(issue.input)}" finns inte i content/${collection}/. Kontrollera stavningen. Giltiga id: ${list(idsIn(collection))}.`,
    })
    .pipe(reference(collection));
}

/**
 * A calendar date written as a quoted 'YYYY-MM-DD' string. An unquoted YAML date is refused because
 * the YAML parser silently turns an impossible date such as 2025-13-45 into another real day.
 */
export function isoDate(field: string, { notInFuture = false } = {}) {
  return z
    .string({
      error: (issue) =>
        issue.input instanceof Date
          ? `skriv datumet inom citattecken, till exempel ${field}: '2025-11-23'.`
          : `ange ett datum som 'ÅÅÅÅ-MM-DD', till exempel ${field}: '2025-11-23'.`,
    })
    .superRefine((value, ctx) => {
      const problem = dateProblem(value, { field, notInFuture });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((value) => new Date(`${value}T00:00:00Z`));
}

/** A required, non-empty text. */
export function text(field: string, { min = 1, max }: { min?: number; max?: number } = {}) {
  let schema = z
    .string({ error: `fältet saknas. Lägg till ${field}: med en text.` })
    .trim()
    .min(1, `fältet är tomt. Skriv en text.`);
  if (min > 1) schema = schema.min(min, `texten är för kort, minst ${min} tecken.`);
  if (max) schema = schema.max(max, `texten är för lång, högst ${max} tecken.`);
  return schema;
}

/** The address of a guidance page, as a root-relative path such as /lasvagar/ny-styrelseledamot/. */
export function pagePath(field: string) {
  const file = (path: string) => {
    const id = path.replace(/^\/|\/$/g, '');
    const docs = join(process.cwd(), 'content/docs');
    return id === ''
      ? existsSync(join(docs, 'index.mdx'))
      : ['.mdx', '.md', '/index.mdx'].some((ext) => existsSync(join(docs, `${id}${ext}`)));
  };
  return z
    .string({ error: `ange sidans adress, till exempel ${field}: /lasvagar/ny-styrelseledamot/.` })
    .regex(/^\/([a-z0-9-]+\/)*$/, `skriv adressen med snedstreck före och efter, till exempel /lasvagar/ny-styrelseledamot/.`)
    .refine(file, { error: (issue) => `${String(issue.input)} är ingen sida i content/docs/. Kontrollera adressen.` });
}

/**
 * The address of a guidance page, or of one heading on it: /ekonomi/ or
 * /ekonomi/#vad-gäller-för-eget-kapital-och-budget-i-balans. The page is checked here; whether the
 * heading exists can only be seen once the pages are rendered, and is checked when the search's
 * answers are built (glossaryLinkProblems in src/lib/search/deferrals.ts).
 */
export function pagePathOrHeading(field: string) {
  const page = pagePath(field);
  return z
    .string({ error: `ange sidans adress, till exempel ${field}: /ekonomi/ eller ${field}: /ekonomi/#vad-går-pengarna-till.` })
    .superRefine((value, ctx) => {
      const [path, heading, ...rest] = value.split('#');
      const result = page.safeParse(path);
      if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      else if (heading === '' || rest.length || /\s/.test(heading ?? ''))
        ctx.addIssue({
          code: 'custom',
          message: `skriv rubrikens ankare efter ett # utan mellanslag, som i en länk till rubriken: /ekonomi/#vad-går-pengarna-till.`,
        });
    });
}
