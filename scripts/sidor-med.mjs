// `npm run sidor-med -- <id>`: lists the pages (file and line) that show a statistics series or cite
// a source with that id, so that an editor who adds a year or a source knows which pages to check.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataIds } from '../src/lib/data-files.ts';
import { listFiles } from '../src/lib/files.ts';

const root = process.cwd();
const id = process.argv[2];
if (!id) {
  console.error('Ange en series eller källas id, till exempel: npm run sidor-med -- antal-forbund');
  process.exit(1);
}
const kinds = [
  { re: new RegExp(`<Stat\\b[^>]*\\bid="${id}"`), what: 'visar ett värde ur serien (Stat)' },
  { re: new RegExp(`<Diagram\\b[^>]*\\bid="${id}"`), what: 'visar serien som diagram (Diagram)' },
  { re: new RegExp(`<Kalla\\b[^>]*\\bid="${id}"`), what: 'hänvisar till källan (Kalla)' },
  { re: new RegExp(`^kallor:.*\\b${id}\\b`), what: 'har källan i kallor:' },
];
let count = 0;
for (const file of listFiles(join(root, 'content/docs'), (n) => /\.mdx?$/.test(n))) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const k of kinds) {
        if (k.re.test(line)) {
          count += 1;
          console.log(`${relative(root, file)}:${i + 1}: ${k.what}`);
        }
      }
    });
}
const known = dataIds(join(root, 'content/statistik')).has(id) || dataIds(join(root, 'content/kallor')).has(id);
if (!known)
  console.log(`Det finns ingen serie content/statistik/${id}.yaml och ingen källa content/kallor/${id}.yaml. Kontrollera stavningen.`);
else if (!count) console.log(`Ingen sida visar ${id} ännu.`);
