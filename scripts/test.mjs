// `npm test`: every check, in order (the browser tests with every other check beside them). A failing step does not hide the others
// (an editor should see every problem at once), except that the browser tests and the checks of dist/ need a successful build to test.
import { spawn } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { SKIPPED } from './kopierad-text.mjs';

const steps = [
  { name: 'Byggfel som ska upptäckas', script: 'test:build' },
  { name: 'Bygge av webbplatsen', script: 'build', gate: true },
  // The browser tests keep both cores only about three quarters busy (each worker waits on its browser
  // and the browser on it), so the other checks run beside them, at a lower priority: they take the
  // time the browser tests leave, instead of half a minute of their own before them, and the browser
  // tests' output is shown as it comes, theirs at the end. None of them needs the browser tests, and
  // the checks of the source code do not need the build either: they run when it fails.
  { name: 'Webbläsartester (Playwright + Chromium)', script: 'test:e2e', needsBuild: true, alongside: true, live: true },
  { name: 'Validering av den byggda HTML:en (html-validate)', script: 'validate-html', needsBuild: true, alongside: true, lower: true },
  { name: 'Länkar, filer och ankare i bygget (check-dist)', script: 'check-dist', needsBuild: true, alongside: true, lower: true },
  // Code only: editors' MDX, Markdown and YAML are left alone (.prettierignore). `npm run format` fixes it.
  { name: 'Kodformat (Prettier)', script: 'format:check', alongside: true, lower: true },
  { name: 'Typkontroll (astro check)', script: 'check', alongside: true, lower: true },
  { name: 'Enhetstester', script: 'test:unit', alongside: true, lower: true },
  // Needs the source reports beside the project: without them it is counted as skipped, with the reason.
  { name: 'Kopierad text och källornas filnamn (kopierad-text)', script: 'kopierad-text', canSkip: true, alongside: true, lower: true },
];

/**
 * The lowest priority (niceness 19; Windows' lowest class): a check beside the browser tests takes
 * almost only the CPU they leave, so they run as fast as alone; on a machine with none to spare the
 * checks finish after them, which costs no more than running first did. (At niceness 10 each busy check
 * would still take about a tenth of a core from them.) test:build stays out of this group: its dev-server test
 * waits for the server with a deadline, which a starved server could miss.
 */
const LOWER_PRIORITY = process.platform === 'win32' ? constants.priority.PRIORITY_LOW : 19;

/** Runs one step; a step that runs beside others has its output held and printed whole, in order (a `live` one prints as it comes). */
function runStep(step, { alongside = false } = {}) {
  const started = performance.now();
  const held = (alongside && !step.live) || step.canSkip;
  const child = spawn('npm', ['run', step.script], { stdio: ['inherit', held ? 'pipe' : 'inherit', held ? 'pipe' : 'inherit'] });
  // Set while npm is still starting (a few hundred milliseconds before it runs the script), so the
  // script and everything it starts inherit it. Only ever lowers the priority, which needs no rights.
  if (step.lower && child.pid) setPriority(child.pid, LOWER_PRIORITY);
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
  // Steps marked `alongside` run side by side with their neighbours so marked (2 cores here).
  const end = steps.findIndex((s, j) => j >= i && !s.alongside);
  const members = steps[i].alongside ? steps.slice(i, end === -1 ? steps.length : end) : [steps[i]];
  i += members.length;
  // Without a build, the steps that test it are counted as skipped; the others in their group still run.
  const group = members.filter((s) => built || !s.needsBuild);
  for (const step of members) if (!group.includes(step)) results.push({ ...step, status: 'hoppades över (bygget misslyckades)' });
  if (group.length === 0) continue;
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
// In the order of `steps`, whatever order they ended in.
results.sort((a, b) => steps.findIndex((s) => s.name === a.name) - steps.findIndex((s) => s.name === b.name));
for (const r of results) console.log(`  ${r.status === 'ok' ? '✔' : r.skipped ? '–' : '✘'} ${r.name}: ${r.status}${time(r.seconds)}`);
console.log(`  Totalt${time(total)}`);
const skipped = results.filter((r) => r.skipped).length;
const failed = results.filter((r) => r.status !== 'ok' && !r.skipped).length;
console.log(`Steg: ${results.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
