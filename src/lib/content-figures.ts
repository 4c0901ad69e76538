// Runs the figure and proposal-wording checks over the real content folder: the build and the unit
// tests share this, so an editor sees the same message in both. Returns "file:line: message" lines.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { dataDir, dataFiles, dataId, isDataFile } from './data-files.ts';
import { listFiles } from './files.ts';
import { formatNumber } from './format.ts';
import { derivedMarks, mixedForms, otherDerivedWords, statUses, unformattedNumbers, type StatUse } from './figure-marks.ts';
import { proposalAsLaw, proposalAsLawInEntry } from './proposal-wording.ts';
import { proseLines } from './typed-figures.ts';

/** Reader-facing strings in a data file, with the line each starts on (keys that hold ids, sources or numbers are left out). */
function readerStrings(yamlText: string): { text: string; line: number }[] {
  const skip = /^\s*-?\s*(?:id|kalla|kallor|sida|plats|varde|ar|andel|kategori|system|typ|motsvarar|fran|till|diarienummer|url|datum)\s*:/;
  return yamlText.split('\n').flatMap((line, i) => (skip.test(line) ? [] : [{ text: line, line: i + 1 }]));
}

/**
 * What these checks read of a series (content/statistik/). They run before Astro loads the content,
 * so the files are read here and only this much is checked; a file without this shape is left to
 * the collection schema (src/schemas/statistik.ts), which reports it with its name. A validated
 * series (Serie) has this shape too.
 */
const seriesFigures = z.looseObject({
  enhet: z.string(),
  varden: z.array(
    z.looseObject({
      ar: z.number(),
      varde: z.number().optional(),
      kategori: z.string().optional(),
      andel: z.number().optional(),
      harledd: z.string().optional(),
      kalla: z.string(),
    }),
  ),
  undantag: z.array(z.looseObject({ kontroll: z.string(), ar: z.number(), forklaring: z.string() })).default([]),
  anmarkningar: z.array(z.string()).default([]),
  relaterade: z.array(z.string()).optional(),
});
export type SeriesFigures = z.output<typeof seriesFigures>;

export function loadSeries(root: string): Map<string, SeriesFigures> {
  const dir = dataDir(root, 'statistik');
  return new Map(
    dataFiles(dir).flatMap((f) => {
      const data = seriesFigures.safeParse(parseOrSkip(readFileSync(f, 'utf8')));
      return data.success ? [[dataId(relative(dir, f)), data.data] as const] : [];
    }),
  );
}

/**
 * A data file's YAML, or null when it does not parse: Astro's loader then reports that file by
 * name, which an exception thrown from here (before the loaders run) would hide.
 */
function parseOrSkip(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return null;
  }
}

/** Whether the figure a <Stat> prints is calculated by the site rather than stated in the report. */
export function derivedIn(series: Map<string, SeriesFigures>) {
  return (u: StatUse): boolean => {
    const value = series.get(u.id)?.varden.find((v) => v.ar === u.year && (v.kategori ?? '') === (u.kategori ?? ''));
    if (!value) return false; // <Stat> itself fails the build for a missing value
    // A share the report does not state is worked out by <Stat> from two counts: calculated too.
    return Boolean(value.harledd) || (u.visa === 'andel' && value.andel === undefined);
  };
}

export function contentFigureProblems(root: string): string[] {
  const content = join(root, 'content');
  const series = loadSeries(root);
  const isDerived = derivedIn(series);
  const problems: string[] = [];
  const usesByFile = new Map<string, StatUse[]>();
  for (const file of listFiles(content, (n) => n.endsWith('.mdx') || isDataFile(n))) {
    const name = relative(root, file);
    // content/sok/ holds the words readers type (search vocabulary), never text shown on a page.
    if (name.startsWith('content/sok/')) continue;
    const text = readFileSync(file, 'utf8');
    const push = (ps: { line: number; message: string }[]) => ps.forEach((p) => problems.push(`${name}:${p.line}: ${p.message}`));
    if (file.endsWith('.mdx')) {
      const prose = proseLines(text).join('\n');
      push(derivedMarks(text, isDerived));
      push(otherDerivedWords(prose));
      push(unformattedNumbers(prose));
      push(proposalAsLaw(text));
      usesByFile.set(name, statUses(text));
    } else {
      const strings = file.endsWith('.json') ? text.split('\n').map((line, i) => ({ text: line, line: i + 1 })) : readerStrings(text);
      for (const s of strings) {
        push(otherDerivedWords(s.text).map((p) => ({ ...p, line: s.line })));
        push(unformattedNumbers(s.text).map((p) => ({ ...p, line: s.line })));
      }
      if (!name.startsWith('content/statistik/')) {
        const data = entryTexts.safeParse(parseOrSkip(text));
        if (!data.success) continue;
        const { definition, kort, beskrivning, plats } = data.data;
        const body = [definition, kort, beskrivning].filter((v) => v !== undefined).join(' ');
        for (const message of proposalAsLawInEntry(body, plats)) problems.push(`${name}: ${message}`);
      }
    }
  }
  problems.push(...mixedForms(usesByFile));
  problems.push(...unnotedContradictions(series));
  problems.push(...sharesThatDisagree(series));
  return problems;
}

/** The texts of a data entry that could state a proposal as law; other fields and shapes are not read. */
const text = z.string().optional().catch(undefined);
const entryTexts = z.looseObject({ definition: text, kort: text, beskrivning: text, plats: text });

const CONTRADICTION = /går inte ihop|stämmer inte/;

/**
 * A total the report contradicts (its parts do not add up: an `undantag` in one series) that another series repeats
 * without saying so: the reader of that series' chart or CSV would not learn of the problem.
 */
export function unnotedContradictions(series: Map<string, SeriesFigures>): string[] {
  const problems: string[] = [];
  const spaced = (n: number) => formatNumber(n).replace(/\u00a0/g, ' ');
  for (const [id, serie] of series) {
    // A total whose parts do not add up; a share that does not fit concerns the share, which other series do not repeat.
    for (const u of (serie.undantag ?? []).filter((x) => x.kontroll === 'summa')) {
      const figure = serie.varden.find((v) => v.ar === u.ar && v.kategori === undefined);
      if (figure?.varde === undefined) continue;
      const varde = figure.varde;
      for (const [otherId, other] of series) {
        if (otherId === id || other.enhet !== serie.enhet) continue;
        const repeats = other.varden.some((v) => v.ar === figure.ar && v.varde === varde && v.kalla === figure.kalla);
        const notes = [...(other.anmarkningar ?? []), ...(other.undantag ?? []).map((x) => x.forklaring)].map((n) =>
          n.replace(/\u00a0/g, ' '),
        );
        const explained = notes.some((n) => n.includes(spaced(varde)) && CONTRADICTION.test(n));
        if (repeats && !explained) {
          problems.push(
            `content/statistik/${otherId}.yaml: värdet ${spaced(varde)} för ${figure.ar} går inte ihop i källan (se undantaget i ${id}.yaml), men serien säger inget om det. ` +
              'Lägg till en anmärkning som säger vad rapportens siffror säger, vilken siffra webbplatsen använder och varför (med orden "går inte ihop").',
          );
        }
      }
    }
  }
  return problems;
}

/**
 * A share stated twice: as the `andel` of a part in one series and as the value of a related series in
 * percent (either names the other under `relaterade`; same year, category and report). The two must be
 * the same figure, or a page citing one and a chart showing the other would disagree. Unrelated series
 * in percent share categories but measure other things (the shares of costs, not of insatser).
 */
export function sharesThatDisagree(series: Map<string, SeriesFigures>): string[] {
  const problems: string[] = [];
  for (const [id, serie] of series) {
    for (const v of serie.varden.filter((x) => x.andel !== undefined && x.kategori !== undefined)) {
      for (const [otherId, other] of series) {
        const related = (serie.relaterade ?? []).includes(otherId) || (other.relaterade ?? []).includes(id);
        if (otherId === id || other.enhet !== 'procent' || !related) continue;
        const same = other.varden.find((w) => w.ar === v.ar && w.kategori === v.kategori && w.kalla === v.kalla);
        if (same && same.varde !== v.andel) {
          problems.push(
            `content/statistik/${otherId}.yaml: andelen för ${v.ar}, ${v.kategori} är ${same.varde} procent, men ${id}.yaml anger ${v.andel} procent (andel) ur samma rapport. ` +
              'Rätta den siffra som skrivits av fel, så att båda säger det rapporten säger.',
          );
        }
      }
    }
  }
  return problems;
}
