// Reader questions (content/sok/lasarfragor/) go into the search index with the heading they ask
// about, and out of the pages readers download; so do the marks around proposal boxes (proposal-marks.ts). readerQuestions() runs before Starlight's
// build:done hook, which builds the index (listed before Starlight in astro.config.mjs, as
// cell-spaces.mjs is); readerQuestionsOut() runs after it, and writes where each question stands
// among the page's words into /sok/data.json, so that ranking can count a question that holds the
// reader's words as it counts a heading that does (rank.ts, askedScore).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { listFiles, rewriteFiles } from '../lib/files.ts';
import { contentError } from '../lib/content-error.ts';
import { readFragment, writeFragment } from '../lib/pagefind-meta.ts';
import { fromWire, SEARCH_DATA_URL } from '../lib/search/data-wire.ts';
import { askedToWire, blankReaderQuestions } from '../lib/search/reader-questions.ts';
import { markProposals, unmarkProposals } from '../lib/search/proposal-marks.ts';
import { addReaderQuestions, askedPositions, readReaderQuestions, removeReaderQuestions } from '../lib/reader-questions-files.ts';

export function readerQuestions() {
  let root = '';
  return {
    name: 'kunskapsstod:reader-questions',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { questions, problems } = readReaderQuestions(root);
        let count = 0;
        for (const [page, { file, headings }] of questions) {
          const html = fileURLToPath(new URL(`.${page}index.html`, dir));
          if (!existsSync(html)) {
            problems.push(`${file}: sidan ${page} finns inte på webbplatsen.`);
            continue;
          }
          rewriteFiles([html], (text) => addReaderQuestions(text, page, file, headings, problems));
          for (const list of headings.values()) count += list.length;
        }
        if (problems.length) {
          for (const p of problems) logger.error(p);
          throw contentError(`Läsarfrågorna har ${problems.length} fel (se ovan).`, problems);
        }
        // Proposal boxes are marked for the index too (proposal-marks.ts).
        rewriteFiles(
          listFiles(fileURLToPath(dir), (n) => n.endsWith('.html')),
          markProposals,
        );
        if (count) logger.info(`${count} läsarfrågor till sökindexet`);
      },
    },
  };
}

export function readerQuestionsOut() {
  let root = '';
  return {
    name: 'kunskapsstod:reader-questions-out',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
        const { questions } = readReaderQuestions(root);
        const dataFile = fileURLToPath(new URL(`.${SEARCH_DATA_URL}`, dir));
        const wire = JSON.parse(readFileSync(dataFile, 'utf8'));
        const data = fromWire(wire);
        const fragments = new URL('pagefind/fragment/', dir);
        const names = new Map();
        const byUrl = new Map(
          readdirSync(fragments).map((name) => {
            const fragment = readFragment(readFileSync(new URL(name, fragments)));
            names.set(fragment.url, name);
            return [fragment.url, fragment];
          }),
        );
        const problems = [];
        data.pages.forEach((page, i) => {
          const asked = questions.get(page.url);
          const fragment = byUrl.get(page.url);
          if (!asked || !fragment) return;
          const anchors = page.entries === 'faqs' ? data.faqs.map(([a]) => a) : (page.sections ?? []).map(([, a]) => a);
          const locations = new Map((fragment.anchors ?? []).map((a) => [a.id, a.location]));
          const positions = askedPositions(page.url, fragment.content, locations, anchors, asked.headings, problems);
          if (positions.length) wire.pages[i].asked = askedToWire(positions);
        });
        if (problems.length) throw new Error(problems.join('\n'));
        writeFileSync(dataFile, JSON.stringify(wire));
        // Where the questions stand is known now: their words leave the pages' fragments, which each
        // result shown downloads, as one sign per word, so that every word position stays where the
        // index has it (reader-questions.ts, blankReaderQuestions).
        for (const [url, fragment] of byUrl) {
          const content = blankReaderQuestions(fragment.content);
          if (content !== fragment.content)
            writeFileSync(new URL(names.get(url), fragments), writeFragment({ ...fragment, content }, gzipSync));
        }
        rewriteFiles(
          listFiles(fileURLToPath(dir), (n) => n.endsWith('.html')),
          (html) => unmarkProposals(removeReaderQuestions(html)),
        );
      },
    },
  };
}
