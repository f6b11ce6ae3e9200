// npm start: build once when no production build exists, then serve on PORT (default 3000) through the app's
// own server (dist/server.mjs: Next's handler behind a Node server that sees the socket; see scripts/server.ts).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { heapFlags } from './heap.mjs';

const port = process.env.PORT || '3000';
// Next's anonymous telemetry would call out to the network: Dateline runs offline.
process.env.NEXT_TELEMETRY_DISABLED = '1';
const built = ['.next/BUILD_ID', 'dist/server.mjs', 'dist/extract-worker.mjs'].every((f) => existsSync(f));
if (!built) {
  console.log('dateline: no production build yet — building (once)…');
  const b = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const args = [...heapFlags(), 'dist/server.mjs', '--port', port, ...(process.env.HOST ? ['--host', process.env.HOST] : [])];
const server = spawn(process.execPath, args, { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
