// `npm run kopierad-text`: lists sentences on guidance pages that stand word for word in the source
// reports in ../shared/kallor/ (rewrite them in your own words, or mark a real quotation with „ ”).
// The reports are not part of the repository; without them the check says so and passes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copiedRuns, runIndex, RUN } from '../src/lib/copied-text.ts';
import { proseLines } from '../src/lib/typed-figures.ts';
import { listFiles } from '../src/lib/files.ts';

const root = join(import.meta.dirname, '..');
const reportsDir = process.env.KALLOR_DIR || join(root, '../shared/kallor');
if (!existsSync(reportsDir)) {
  console.log(`Källrapporterna finns inte i ${reportsDir}; kontrollen av kopierad text hoppades över.`);
  process.exit(0);
}
const index = runIndex(readdirSync(reportsDir).map((f) => readFileSync(join(reportsDir, f), 'utf8')));
let count = 0;
for (const file of listFiles(join(root, 'content/docs'), (n) => n.endsWith('.mdx'))) {
  for (const run of copiedRuns(proseLines(readFileSync(file, 'utf8')), index)) {
    count += 1;
    console.log(`${relative(root, file)}:${run.line}: ${run.text}`);
  }
}
console.log(count ? `${count} stycken text står ordagrant (${RUN} ord eller fler i följd) i en källrapport. Skriv om dem med egna ord.` : 'Ingen text är kopierad ordagrant från källrapporterna.');
process.exit(count ? 1 : 0);
