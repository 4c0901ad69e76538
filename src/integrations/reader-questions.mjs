// Reader questions (content/sok/lasarfragor/) go into the search index with the heading they ask
// about, and out of the pages readers download; so do the marks around proposal boxes
// (proposal-marks.ts) and the separators between list items and after labels (separator-marks.ts).
// readerQuestions() gives two integrations that share what they read: `before` runs before
// Starlight's build:done hook, which builds the index (listed before Starlight in
// astro.config.mjs, as cell-spaces.mjs is); `after` runs after it, and writes where each question
// stands among the page's words into /sok/data.json, so that ranking can count a question that holds
// the reader's words as it counts a heading that does (rank.ts, askedScore).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { listFiles, rewriteFiles } from '../lib/files.ts';
import { contentError } from '../lib/content-error.ts';
import { readFragment, writeFragment } from '../lib/pagefind-meta.ts';
import { fromWire, SEARCH_DATA_URL } from '../lib/search/data-wire.ts';
import { preparePages } from '../lib/search/rank.ts';
import { askedToWire, blankReaderQuestions } from '../lib/search/reader-questions.ts';
import { markProposals, unmarkProposals } from '../lib/search/proposal-marks.ts';
import { markSeparators, unmarkSeparators } from '../lib/search/separator-marks.ts';
import { addReaderQuestions, askedPositions, readReaderQuestions, removeReaderQuestions } from '../lib/reader-questions-files.ts';

/** The address of a built page's file ("…/dist/roller/styrelsen/index.html" → "/roller/styrelsen/"). */
const pageOf = (outDir, file) => `/${relative(outDir, file).split(sep).slice(0, -1).join('/')}/`.replace('//', '/');

export function readerQuestions() {
  /** @type {ReturnType<typeof readReaderQuestions>['questions']} */
  let questions = new Map();
  return {
    before: {
      name: 'kunskapsstod:reader-questions',
      hooks: {
        'astro:config:done': ({ config, logger }) => {
          const read = readReaderQuestions(fileURLToPath(config.root));
          questions = read.questions;
          if (read.problems.length) {
            for (const p of read.problems) logger.error(p);
            throw contentError(`Läsarfrågorna har ${read.problems.length} fel (se ovan).`, read.problems);
          }
        },
        'astro:build:done': ({ dir, logger }) => {
          const outDir = fileURLToPath(dir);
          const problems = [];
          const seen = new Set();
          // One pass over the pages: each heading's questions, the proposal boxes' marks and the separators.
          rewriteFiles(
            listFiles(outDir, (n) => n.endsWith('.html')),
            (html, file) => {
              const page = pageOf(outDir, file);
              const asked = file.endsWith(`${sep}index.html`) ? questions.get(page) : undefined;
              if (asked) seen.add(page);
              return markSeparators(markProposals(asked ? addReaderQuestions(html, page, asked.file, asked.headings, problems) : html));
            },
          );
          for (const [page, { file }] of questions) if (!seen.has(page)) problems.push(`${file}: sidan ${page} finns inte på webbplatsen.`);
          if (problems.length) {
            for (const p of problems) logger.error(p);
            throw contentError(`Läsarfrågorna har ${problems.length} fel (se ovan).`, problems);
          }
          let count = 0;
          for (const { headings } of questions.values()) for (const list of headings.values()) count += list.length;
          if (count) logger.info(`${count} läsarfrågor till sökindexet`);
        },
      },
    },
    after: {
      name: 'kunskapsstod:reader-questions-out',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const dataFile = fileURLToPath(new URL(`.${SEARCH_DATA_URL}`, dir));
          const wire = JSON.parse(readFileSync(dataFile, 'utf8'));
          // Each page's sections in the order ranking indexes them (the FAQ's are its questions).
          const pages = preparePages(fromWire(wire));
          const fragments = new URL('pagefind/fragment/', dir);
          const byUrl = new Map(
            readdirSync(fragments).map((name) => {
              const fragment = readFragment(readFileSync(new URL(name, fragments)));
              return [fragment.url, { name, fragment }];
            }),
          );
          const problems = [];
          pages.forEach((page, i) => {
            const asked = questions.get(page.url);
            const fragment = byUrl.get(page.url)?.fragment;
            if (!asked || !fragment) return;
            const anchors = page.sections.map((s) => s.anchor);
            const locations = new Map((fragment.anchors ?? []).map((a) => [a.id, a.location]));
            const positions = askedPositions(page.url, fragment.content, locations, anchors, asked.headings, problems);
            if (positions.length) wire.pages[i].asked = askedToWire(positions);
          });
          if (problems.length) throw new Error(problems.join('\n'));
          writeFileSync(dataFile, JSON.stringify(wire));
          // Where the questions stand is known now: their words leave the pages' fragments, which each
          // result shown downloads, as one sign per word, so that every word position stays where the
          // index has it (reader-questions.ts, blankReaderQuestions).
          for (const { name, fragment } of byUrl.values()) {
            const content = blankReaderQuestions(fragment.content);
            if (content !== fragment.content) writeFileSync(new URL(name, fragments), writeFragment({ ...fragment, content }, gzipSync));
          }
          rewriteFiles(
            listFiles(fileURLToPath(dir), (n) => n.endsWith('.html')),
            (html) => unmarkSeparators(unmarkProposals(removeReaderQuestions(html))),
          );
        },
      },
    },
  };
}
