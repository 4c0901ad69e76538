// `npm test`: every check, in order (the source checks side by side). A failing step does not hide the others (an editor should see
// every problem at once), except that the browser tests need a successful build to test.
import { spawn } from 'node:child_process';
import { SKIPPED } from './kopierad-text.mjs';

const steps = [
  // Code only: editors' MDX, Markdown and YAML are left alone (.prettierignore). `npm run format` fixes it.
  { name: 'Kodformat (Prettier)', script: 'format:check', alongside: true },
  { name: 'Typkontroll (astro check)', script: 'check', alongside: true },
  { name: 'Enhetstester', script: 'test:unit', alongside: true },
  // Needs the source reports beside the project: without them it is counted as skipped, with the reason.
  { name: 'Kopierad text och källornas filnamn (kopierad-text)', script: 'kopierad-text', canSkip: true, alongside: true },
  { name: 'Byggfel som ska upptäckas', script: 'test:build' },
  { name: 'Bygge av webbplatsen', script: 'build', gate: true },
  // The checks of dist/ run beside the browser tests, whose first seconds (server, workers, browser
  // start) leave a core free; the browser tests' output is shown as it comes, theirs at the end.
  { name: 'Validering av den byggda HTML:en (html-validate)', script: 'validate-html', needsBuild: true, alongside: true },
  { name: 'Länkar, filer och ankare i bygget (check-dist)', script: 'check-dist', needsBuild: true, alongside: true },
  { name: 'Webbläsartester (Playwright + Chromium)', script: 'test:e2e', needsBuild: true, alongside: true, live: true },
];

/** Runs one step; a step that runs beside others has its output held and printed whole, in order (a `live` one prints as it comes). */
function runStep(step, { alongside = false } = {}) {
  const started = performance.now();
  const held = (alongside && !step.live) || step.canSkip;
  const child = spawn('npm', ['run', step.script], { stdio: ['inherit', held ? 'pipe' : 'inherit', held ? 'pipe' : 'inherit'] });
  let stdout = '';
  let output = '';
  child.stdout?.on('data', (d) => ((stdout += d), (output += d)));
  child.stderr?.on('data', (d) => (output += d));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const ok = code === 0;
      const skipped = step.canSkip && code === SKIPPED;
      // The script's own line says why it was skipped ("hoppades över, eftersom …").
      const status = ok ? 'ok' : skipped ? stdout.trim().split('\n').at(-1) : 'MISSLYCKADES';
      resolve({ ...step, status, skipped, output: held ? output : '', seconds: (performance.now() - started) / 1000 });
    }),
  );
}

const started = performance.now();
const results = [];
let built = true;
for (let i = 0; i < steps.length;) {
  // Steps marked `alongside` run side by side with their neighbours so marked (2 cores here): the checks
  // of the source code, which use a core or less each, and the checks of the build.
  const end = steps.findIndex((s, j) => j >= i && !s.alongside);
  const group = steps[i].alongside ? steps.slice(i, end === -1 ? steps.length : end) : [steps[i]];
  i += group.length;
  if (group[0].needsBuild && !built) {
    for (const step of group) results.push({ ...step, status: 'hoppades över (bygget misslyckades)' });
    continue;
  }
  if (group.length === 1) console.log(`\n▶ ${group[0].name}: npm run ${group[0].script}\n`);
  else console.log(`\n▶ Samtidigt: ${group.map((s) => s.name).join(', ')}\n`);
  const done = await Promise.all(group.map((step) => runStep(step, { alongside: group.length > 1 })));
  for (const r of done) {
    if (r.output) console.log(group.length > 1 ? `\n▶ ${r.name}: npm run ${r.script}\n${r.output}` : r.output);
    if (r.gate && r.status !== 'ok') built = false;
    results.push(r);
  }
}

// Step times, so a slow step shows where the minutes go (issue: npm test under 4 minutes).
const time = (s) => (s === undefined ? '' : ` (${s < 60 ? `${s.toFixed(0)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`})`);
// Wall time: the steps that run side by side overlap.
const total = (performance.now() - started) / 1000;
console.log('\nSammanfattning av npm test:');
for (const r of results) console.log(`  ${r.status === 'ok' ? '✔' : r.skipped ? '–' : '✘'} ${r.name}: ${r.status}${time(r.seconds)}`);
console.log(`  Totalt${time(total)}`);
const skipped = results.filter((r) => r.skipped).length;
const failed = results.filter((r) => r.status !== 'ok' && !r.skipped).length;
console.log(`Steg: ${results.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
