// Browser tests need Chromium: CHROMIUM_PATH, else /usr/bin/chromium. Where it is missing and we
// are root with apt-get, install Debian's package (saying so); otherwise stop with the command.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
  console.log('dateline: Chromium not found at /usr/bin/chromium — installing Debian\'s "chromium" package with apt-get…');
  const r = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
  if (r.status === 0 && existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  `dateline: the browser tests need Chromium at ${path}.\n` +
    '  Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
    '  or point CHROMIUM_PATH at a Chromium binary.',
);
process.exit(1);
