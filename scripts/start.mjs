// npm start: build once when no production build exists, then serve on PORT (default 3000).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const port = process.env.PORT || '3000';
// Next's anonymous telemetry would call out to the network: Dateline runs offline.
process.env.NEXT_TELEMETRY_DISABLED = '1';
const next = 'node_modules/next/dist/bin/next';
if (!existsSync('.next/BUILD_ID')) {
  console.log('dateline: no production build yet — running `next build` (once)…');
  const b = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
console.log(`dateline: serving http://localhost:${port}`);
// A shared view can carry a long search in its URL: allow 64 KB of headers (Node's default is 16 KB).
const server = spawn(process.execPath, ['--max-http-header-size=65536', next, 'start', '-p', port], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
