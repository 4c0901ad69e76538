// Playwright cannot download its own browser here, so the tests use Debian's Chromium. On a fresh
// machine it is installed with apt-get when we run as root; otherwise we stop with one clear line.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function install() {
  console.log('Chromium saknas: installerar Debians paket chromium med apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) return false;
  }
  return existsSync(CHROMIUM);
}

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !install()) {
    console.error(`Chromium hittades inte på ${CHROMIUM}: installera det (sudo apt-get install chromium) eller ange CHROMIUM_PATH.`);
    process.exit(1);
  }
}
