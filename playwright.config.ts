import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// A free port, chosen once by the main process and inherited by the workers through the environment,
// so that a server left running elsewhere (another checkout, an old run) never fails or feeds the suite.
process.env.E2E_PORT ||= execFileSync(
  process.execPath,
  ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"],
  { encoding: 'utf8' },
);
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'sv-SE',
    launchOptions: {
      // Debian's Chromium (scripts/ensure-chromium.mjs); the flags keep it off the closed network.
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // dist/ served with its _headers applied, beside any preview server a reader may run.
    command: `node scripts/serve-dist.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never reuse: whatever already listens there was not started from this dist/.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
