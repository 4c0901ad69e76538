// Every check on the raw content files that the build runs before Astro reads them, in one place,
// so `npm run build`, `npm start`, CI and an editor's own machine report the same problems in the
// same form: `content/<file>:<line>: <what is wrong and how to fix it>`, in Swedish.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import {
  duplicateSlugs,
  figuresWithoutNote,
  imagesWithoutAlt,
  isDraft,
  personnummer,
  placeholders,
  shortAnswerForm,
} from './content-guards.ts';
import { copiedRuns, runIndexByReport, RUN } from './copied-text.ts';
import { dataDir, dataFiles, dataId, isDataFile } from './data-files.ts';
import { listFiles } from './files.ts';
import { pagePathOfFile } from './url.ts';
import { boundValues, proseLines, typedFigureProblems, type SeriesValues } from './typed-figures.ts';

/** Where the source reports are: beside the project, in ../shared/kallor, unless KALLOR_DIR says otherwise. */
export function reportsDir(root: string, env: Record<string, string | undefined> = process.env): string {
  return env.KALLOR_DIR || join(root, '../shared/kallor');
}

export interface CheckResult {
  /** Errors that fail the build, each naming the file (and line where there is one). */
  problems: string[];
  /** Lines the build prints as information, such as a check that was skipped and why. */
  notes: string[];
}

export function checkContent(root: string, reports = reportsDir(root)): CheckResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const content = join(root, 'content');
  const docs = join(content, 'docs');
  const name = (file: string) => relative(root, file);

  const pages = existsSync(docs) ? listFiles(docs, (n) => /\.mdx?$/.test(n)) : [];
  // A data file made together with a draft page (npm run ny-sida -- roller/x) may keep its
  // placeholders while the page is a draft: it names the page in `sida:`.
  const draftAddresses = new Set(pages.filter((f) => isDraft(readFileSync(f, 'utf8'))).map((f) => pagePathOfFile(relative(docs, f))));
  for (const file of listFiles(content, (n) => /\.mdx?$/.test(n) || isDataFile(n))) {
    const text = readFileSync(file, 'utf8');
    for (const p of personnummer(text)) problems.push(`${name(file)}:${p.line}: ${p.message}`);
    if (/\.mdx?$/.test(file)) {
      for (const p of imagesWithoutAlt(text)) problems.push(`${name(file)}:${p.line}: ${p.message}`);
      for (const p of placeholders(text)) problems.push(`${name(file)}:${p.line}: ${p.message}`);
      for (const p of shortAnswerForm(text)) problems.push(`${name(file)}:${p.line}: ${p.message}`);
      for (const p of figuresWithoutNote(text)) problems.push(`${name(file)}:${p.line}: ${p.message}`);
    } else if (!draftAddresses.has(/^sida:\s*(\S+)/m.exec(text)?.[1] ?? '')) {
      // Data files have no frontmatter: wrap the text so the page rule (outside frontmatter) applies.
      for (const p of placeholders(`---\n---\n${text}`)) problems.push(`${name(file)}:${p.line - 2}: ${p.message}`);
    }
  }
  problems.push(...duplicateSlugs(pages.map((f) => relative(docs, f))));

  // Figures typed into prose that a statistics series holds: text and charts could then disagree.
  const values = boundValues(readSeries(dataDir(root, 'statistik')));
  for (const file of pages) {
    for (const p of typedFigureProblems(readFileSync(file, 'utf8'), values)) problems.push(`${name(file)}:${p.line}: ${p.message}`);
  }

  const reportCheck = checkAgainstReports(root, reports, pages);
  problems.push(...reportCheck.problems);
  notes.push(...reportCheck.notes);
  return { problems, notes };
}

/**
 * The checks against the source reports: sentences copied from them into pages, and `fil:` names that
 * are not in the reports folder. The reports are not in the repository; where they are missing the
 * checks are skipped and `skipped` says why (a note, never a silent pass).
 */
export function checkAgainstReports(root: string, reports = reportsDir(root), pages?: string[]): CheckResult & { skipped?: string } {
  const problems: string[] = [];
  const notes: string[] = [];
  const content = join(root, 'content');
  const docs = join(content, 'docs');
  pages ??= existsSync(docs) ? listFiles(docs, (n) => /\.mdx?$/.test(n)) : [];
  const name = (file: string) => relative(root, file);
  if (!existsSync(reports)) {
    notes.push(
      `Kontrollen av kopierad text och av källornas filnamn (fil:) hoppades över, eftersom källrapporterna inte finns i ${reports}. ` +
        'Lägg mappen med rapporterna där (eller ange en annan mapp med KALLOR_DIR) för att köra den.',
    );
  } else {
    const reportFiles = new Set(readdirSync(reports));
    for (const file of dataFiles(dataDir(root, 'kallor'))) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      // The line is only for the message; JSON files name the field in quotes.
      const i = lines.findIndex((l) => /^\s*"?fil"?\s*:/.test(l));
      const fil = String(parseOrNull(text)?.fil ?? '').trim();
      if (fil && !reportFiles.has(fil)) {
        problems.push(
          `${name(file)}:${i + 1}: fil: ${fil} finns inte i mappen med källrapporter (${reports}). ` +
            `Skriv rapportens filnamn exakt som det står i mappen. Där finns: ${[...reportFiles].sort().join(', ')}.`,
        );
      }
    }
    const index = runIndexByReport([...reportFiles].sort().map((f) => ({ name: f, text: readFileSync(join(reports, f), 'utf8') })));
    for (const file of pages) {
      for (const run of copiedRuns(proseLines(readFileSync(file, 'utf8')), index)) {
        problems.push(
          `${name(file)}:${run.line}: texten "${run.text}" står ordagrant (${RUN} ord eller fler i följd) i källrapporten ${run.report}. ` +
            'Skriv om den med egna ord, eller märk ett riktigt citat med „ ”.',
        );
      }
    }
  }
  return { problems, notes, skipped: existsSync(reports) ? undefined : notes[0] };
}

function readSeries(dir: string): SeriesValues[] {
  return dataFiles(dir).flatMap((file) => {
    // A series that does not parse is reported by the schema, with its file and line.
    const serie = parseOrNull(readFileSync(file, 'utf8'));
    return Array.isArray(serie?.varden)
      ? [{ id: dataId(relative(dir, file)), enhet: String(serie.enhet ?? ''), varden: serie.varden }]
      : [];
  });
}

/** A data file's YAML (or JSON, which YAML includes), or null when it does not parse. */
function parseOrNull(text: string) {
  try {
    return parse(text);
  } catch {
    return null;
  }
}
