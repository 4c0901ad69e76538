// In `astro dev`, a source file added while the server runs must be usable at once: a page that
// cites it renders without "finns inte i content/kallor/" and without restarting the server.
// Readers of content/ that cached folder listings for the life of the process broke exactly this.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeSiteCopy, removeSiteCopy } from '../../scripts/site-copy.mjs';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/minimal/content');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Fetches until the server answers something other than a connection error, for up to `ms`. */
async function fetchWhenUp(url, ms) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > until) throw error;
      await sleep(100);
    }
  }
}

/** Fetches `url` until its body passes `done` or `ms` run out; returns the last response text. */
async function pollText(url, done, ms) {
  const until = Date.now() + ms;
  let text = '';
  while (Date.now() < until) {
    text = await (await fetch(url)).text();
    if (done(text)) break;
    await sleep(200);
  }
  return text;
}

function write(dir, file, text) {
  const path = join(dir, 'content', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// Starting the server and compiling the first page is nearly all of the time (19 s in all, 1.3 s after
// the files were added, measured at a load average of 20 on 2 cores); the limits leave room for a
// busier machine.
test('a source added while astro dev runs can be cited at once, without a restart', { timeout: 90_000 }, async (t) => {
  const t0 = performance.now();
  const dir = makeSiteCopy(fixture);
  const port = await freePort();
  const server = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  t.after(async () => {
    server.kill();
    await new Promise((ok) => (server.exitCode !== null ? ok() : server.once('exit', ok)));
    removeSiteCopy(dir);
  });

  const base = `http://127.0.0.1:${port}`;
  // A page of the fixture first: the server has loaded the content and watches for changes.
  const before = await fetchWhenUp(`${base}/roller/styrelsen/`, 60_000);
  assert.equal(before.status, 200, `the fixture page must render before anything is added:\n${log}`);
  const started = log.length;
  const t1 = performance.now();

  write(
    dir,
    'kallor/rapport-ny.yaml',
    [
      'titel: Ny testrapport',
      'kortnamn: Rapport Ny',
      'utgivare: [Testmyndigheten]',
      'ar: 2025',
      'fil: rapport-ny.txt',
      'omfattar: { fran: 2024, till: 2025 }',
      'beskrivning: En rapport som läggs till medan utvecklingsservern körs.',
      '',
    ].join('\n'),
  );
  write(
    dir,
    'docs/ny-sida.mdx',
    [
      '---',
      'title: Ny sida',
      'description: En sida som skapas medan servern körs och som bygger på en ny källa.',
      'kallor: [rapport-ny]',
      "granskad: '2024-02-01'",
      '---',
      "import Kalla from '~/components/Kalla.astro';",
      '',
      'Text som bygger på den nya rapporten. <Kalla id="rapport-ny" plats="s. 3" />',
      '',
    ].join('\n'),
  );

  const html = await pollText(`${base}/ny-sida/`, (s) => s.includes('Rapport Ny'), 15_000);
  const after = log.slice(started);
  t.diagnostic(
    `server up and first page: ${((t1 - t0) / 1000).toFixed(1)} s; new page with the new source: ${((performance.now() - t1) / 1000).toFixed(1)} s`,
  );
  // The schema's message lands in the server log (the page is then missing); a component's in the page.
  assert.doesNotMatch(after, /finns inte i content\/kallor/, 'the server reported the new source as unknown');
  assert.doesNotMatch(html, /finns inte i content\/kallor/, 'the page reported the new source as unknown');
  assert.match(html, /<h1[^>]*>Ny sida<\/h1>/, `the new page must render; the server said:\n${after}`);
  assert.match(html, /Rapport Ny/, 'the new source must be listed on the page');
});
