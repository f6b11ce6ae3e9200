// A throwaway PostgreSQL server for a test run: Debian's binaries (initdb, pg_ctl), a cluster in a temporary
// folder on a free port, its socket in that folder, stopped and removed at the end. PostgreSQL refuses to run as
// root, and CI runs as root: there the cluster belongs to, and runs as, the `postgres` user (Debian's package
// makes it). Anything missing is an error that says what to install: the PostgreSQL half of the suite is never
// skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface Throwaway {
  /** postgres://… to the `postgres` database, as the cluster's superuser. */
  url: string;
  /** The server stopped (fast shutdown: connections closed), its data kept… */
  pause(): void;
  /** …and started again on the same port. */
  resume(): void;
  /** Stopped, and its folder removed. */
  stop(): void;
}

/** The newest installed server's bin folder (PG_BIN when set). */
export function serverBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length)
    throw new Error(
      "PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin/initdb): install Debian's `postgresql` package (apt-get install -y postgresql), set PG_BIN, or give a server in DATELINE_TEST_DATABASE_URL.",
    );
  return path.join(root, versions[0]!, 'bin');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });

/** The user the server runs as: this one, or `postgres` when this is root. */
function runAs(): { user: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const out = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (out.status !== 0 || gid.status !== 0)
    throw new Error(
      "The tests run as root and PostgreSQL refuses to: they start it as the `postgres` user, which this machine lacks. Install Debian's `postgresql` package (it makes the user), or give a server in DATELINE_TEST_DATABASE_URL.",
    );
  return { user: 'postgres', uid: Number(out.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export async function startThrowaway(): Promise<Throwaway> {
  const bin = serverBin();
  const who = runAs();
  // As root, in /tmp: the postgres user must reach the folder (a TMPDIR under /root it could not).
  const dir = mkdtempSync(path.join(who ? '/tmp' : os.tmpdir(), 'dateline-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  if (who) {
    chownSync(dir, who.uid, who.gid);
    chmodSync(dir, 0o700);
  }
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = who
      ? ['runuser', ['-u', who.user, '--', path.join(bin, cmd), ...args]]
      : [path.join(bin, cmd), args];
    const r = spawnSync(file, argv, {
      encoding: 'utf8',
      cwd: dir,
      env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
    });
    if (r.status !== 0)
      throw new Error(
        `${cmd} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}${existsSync(log) ? `\n${safeRead(log)}` : ''}`,
      );
  };
  try {
    run('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    // A test server: nothing waits for the disk, nothing listens beyond loopback.
    writeFileSync(
      path.join(data, 'postgresql.auto.conf'),
      [
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'max_connections = 200',
        '',
      ].join('\n'),
    );
    if (who) chownSync(path.join(data, 'postgresql.auto.conf'), who.uid, who.gid);
    // A port taken between finding it and binding it: try another.
    for (let attempt = 0; ; attempt++) {
      const port = await freePort();
      try {
        run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', `-p ${port}`, 'start']);
        const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
        let stopped = false;
        let paused = false;
        return {
          url,
          pause() {
            run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
            paused = true;
          },
          resume() {
            run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', `-p ${port}`, 'start']);
            paused = false;
          },
          stop() {
            if (stopped) return;
            stopped = true;
            try {
              if (!paused) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
            } finally {
              rmSync(dir, { recursive: true, force: true });
            }
          },
        };
      } catch (e) {
        if (attempt >= 2) throw e;
      }
    }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

function safeRead(file: string): string {
  try {
    return execFileSync('tail', ['-n', '20', file], { encoding: 'utf8' });
  } catch {
    return '';
  }
}
