// A production server of the app for browser tests: built once if needed, on a free port.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
// @ts-expect-error: a plain ES module of the scripts, without types
import { heapFlags } from '../../scripts/heap.mjs';

// No telemetry calls from builds or servers started by tests.
process.env.NEXT_TELEMETRY_DISABLED = '1';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** Newest modification time under the folders a build depends on. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['app', 'components', 'lib', 'data', 'public']) if (existsSync(d)) walk(d);
  for (const f of ['proxy.ts', 'next.config.ts', 'package-lock.json', 'scripts/server.ts', 'scripts/build-server.mjs']) if (existsSync(f)) newest = Math.max(newest, statSync(f).mtimeMs);
  return newest;
}

/**
 * The built app on a free port, with a database of its own (a temporary DATELINE_DB, removed on stop) so tests
 * never touch the developer's corpus or each other's; `env` adds settings (a token, a rate limit).
 */
export interface StartOptions {
  /** The database file (default: a new one in a temporary folder). */
  db?: string;
  /** Run the server as the unprivileged user nobody when the tests run as root (as CI does), so that file
   *  permissions hold for it (a read-only database is read-only). */
  unprivileged?: boolean;
  /** Ready once this path answers at all (default: the explorer answers below 500). */
  probe?: string;
}

export async function startApp(env: Record<string, string> = {}, opts: StartOptions = {}): Promise<{ url: string; stop: () => void; kill: () => void; db: string; log: () => string }> {
  // Build when there is no build, or when a source changed since it was made (a stale build tests old code).
  const built = ['.next/BUILD_ID', 'dist/server.mjs', 'dist/extract-worker.mjs'].every((f) => existsSync(f));
  if (!built || statSync('.next/BUILD_ID').mtimeMs < newestSource() || statSync('dist/server.mjs').mtimeMs < newestSource()) {
    const b = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const port = await freePort();
  const dbDir = opts.db ? null : mkdtempSync(path.join(os.tmpdir(), 'dateline-test-db-'));
  const db = opts.db ?? path.join(dbDir!, 'dateline.sqlite');
  const asNobody = opts.unprivileged && process.getuid?.() === 0;
  const child: ChildProcess = spawn(process.execPath, [...heapFlags(), 'dist/server.mjs', '--port', String(port), '--host', '127.0.0.1'], {
    stdio: 'pipe',
    env: { ...process.env, DATELINE_DB: db, ...(asNobody ? { HOME: os.tmpdir() } : {}), ...env },
    ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
  });
  const stop = () => {
    child.kill('SIGTERM');
    if (dbDir) setTimeout(() => rmSync(dbDir, { recursive: true, force: true }), 500).unref();
  };
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(url + (opts.probe ?? '/'));
      if (opts.probe || r.status < 500) return { url, stop, db, kill: () => child.kill('SIGKILL'), log: () => log };
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the app did not start:\n${log}`);
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/**
 * A new page at `url` that records uncaught errors and console errors (a test ends by expecting none), once
 * the `ready` selector is on screen and, on the explorer, React has hydrated the page.
 */
export async function openPage(browser: Browser, url: string, ready: string, viewport = { width: 1440, height: 1000 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(ready).first().waitFor();
  // The server's HTML shows the chart before React hydrates it: an explorer is ready once it says so.
  await page.waitForFunction(() => !document.querySelector('.explorer') || document.documentElement.dataset.hydrated === 'true');
  return { page, errors };
}
