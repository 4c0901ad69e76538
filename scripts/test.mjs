// `npm test`: every check, in order. A failing step does not hide the others (an editor should see
// every problem at once), except that the browser tests need a successful build to test.
import { spawnSync } from 'node:child_process';
import { SKIPPED } from './kopierad-text.mjs';

const steps = [
  // Code only: editors' MDX, Markdown and YAML are left alone (.prettierignore). `npm run format` fixes it.
  { name: 'Kodformat (Prettier)', script: 'format:check' },
  { name: 'Typkontroll (astro check)', script: 'check' },
  { name: 'Enhetstester', script: 'test:unit' },
  // Needs the source reports beside the project: without them it is counted as skipped, with the reason.
  { name: 'Kopierad text och källornas filnamn (kopierad-text)', script: 'kopierad-text', canSkip: true },
  { name: 'Byggfel som ska upptäckas', script: 'test:build' },
  { name: 'Bygge av webbplatsen', script: 'build', gate: true },
  { name: 'Validering av den byggda HTML:en (html-validate)', script: 'validate-html', needsBuild: true },
  { name: 'Länkar, filer och ankare i bygget (check-dist)', script: 'check-dist', needsBuild: true },
  { name: 'Webbläsartester (Playwright + Chromium)', script: 'test:e2e', needsBuild: true },
];

const results = [];
let built = true;
for (const step of steps) {
  if (step.needsBuild && !built) {
    results.push({ ...step, status: 'hoppades över (bygget misslyckades)' });
    continue;
  }
  console.log(`\n▶ ${step.name}: npm run ${step.script}\n`);
  const started = performance.now();
  const run = spawnSync('npm', ['run', step.script], {
    stdio: ['inherit', step.canSkip ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  if (step.canSkip) process.stdout.write(run.stdout);
  const ok = run.status === 0;
  if (step.gate && !ok) built = false;
  const skipped = step.canSkip && run.status === SKIPPED;
  // The script's own line says why it was skipped ("hoppades över, eftersom …").
  const status = ok ? 'ok' : skipped ? run.stdout.trim().split('\n').at(-1) : 'MISSLYCKADES';
  results.push({ ...step, status, skipped, seconds: (performance.now() - started) / 1000 });
}

// Step times, so a slow step shows where the minutes go (issue: npm test under 4 minutes).
const time = (s) => (s === undefined ? '' : ` (${s < 60 ? `${s.toFixed(0)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`})`);
const total = results.reduce((sum, r) => sum + (r.seconds ?? 0), 0);
console.log('\nSammanfattning av npm test:');
for (const r of results) console.log(`  ${r.status === 'ok' ? '✔' : r.skipped ? '–' : '✘'} ${r.name}: ${r.status}${time(r.seconds)}`);
console.log(`  Totalt${time(total)}`);
const skipped = results.filter((r) => r.skipped).length;
const failed = results.filter((r) => r.status !== 'ok' && !r.skipped).length;
console.log(`Steg: ${results.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
