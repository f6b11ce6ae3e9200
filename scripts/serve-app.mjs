// The built app served on a free local port for the benchmark scripts: the app's server (dist/server.mjs) in its own process
// group (stopped with everything it spawned), answered once `probe` responds.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { heapFlags } from './heap.mjs';

export async function serveApp({ root, env, probe }) {
  const port = await new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = srv.address();
      srv.close(() => resolve(p));
    });
  });
  const server = spawn(process.execPath, [...heapFlags(env), 'dist/server.mjs', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}${probe}`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 120) {
      stop();
      throw new Error(`the app did not answer at ${base}${probe}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, stop, pid: server.pid };
}
