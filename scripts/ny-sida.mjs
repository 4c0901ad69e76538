// `npm run ny-sida -- <kapitel>/<slug> [--typ vagledning|roll|fraga-och-svar]`: creates a page with
// complete frontmatter from a template in scripts/mallar/. It never overwrites an existing page.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Run through npm from the project root; the current folder is the project.
const root = process.cwd();
const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--'));
const typIndex = args.indexOf('--typ');
const fail = (message) => {
  console.error(message);
  process.exit(1);
};

if (!path || !/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(path)) {
  fail('Ange sidans adress med små bokstäver a–z, siffror och bindestreck, till exempel: npm run ny-sida -- roller/samordnare');
}
const slug = path.split('/').pop();
const typ = typIndex >= 0 ? args[typIndex + 1] : path.startsWith('roller/') ? 'roll' : 'vagledning';
const template = join(import.meta.dirname, 'mallar', `${typ}.mdx`);
if (!existsSync(template)) fail(`Okänd sidtyp "${typ}". Välj vagledning, roll eller fraga-och-svar.`);

const file = join(root, 'content/docs', `${path}.mdx`);
if (existsSync(file) || existsSync(join(root, 'content/docs', path, 'index.mdx'))) {
  fail(`Sidan finns redan: content/docs/${path}.mdx. Välj en annan adress eller redigera den befintliga sidan.`);
}
const title = slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');
const text = readFileSync(template, 'utf8')
  .replaceAll('{{titel}}', title)
  .replaceAll('{{slug}}', slug)
  .replaceAll('{{idag}}', new Date().toISOString().slice(0, 10));
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text);
console.log(`Skapade content/docs/${path}.mdx (${typ}). Sidan är ett utkast (draft: true) tills du tar bort den raden.`);

// A role page lists its own role, which must exist as data; made here so the draft builds at once.
const role = join(root, 'content/roller', `${slug}.yaml`);
if (typ === 'roll' && !existsSync(role)) {
  mkdirSync(dirname(role), { recursive: true });
  writeFileSync(role, `namn: ${title}\nkort: 'ERSÄTT: en mening om vad rollen gör, som visas i listor över roller.'\nsida: /${path}/\n`);
  console.log(`Skapade content/roller/${slug}.yaml. Skriv rollens korta beskrivning där innan sidan publiceras.`);
}
console.log('Byt ut allt som börjar med ERSÄTT mot din egen text; bygget säger var något står kvar.');
