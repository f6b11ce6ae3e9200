// PostgreSQL for a test file: DATELINE_TEST_DATABASE_URL when given (a role that may create databases), else a
// throwaway server started for the file and stopped after it. Each test asks for a fresh database of its own.
// A server that cannot be had fails the file's tests, with the reason: the PostgreSQL half is never skipped.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type Throwaway, startThrowaway } from './postgres';

export interface TestPostgres {
  /** A new, empty database: its URL. */
  fresh(): Promise<string>;
}

/** The database URL with another database name. */
export const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

export function usePostgres(): TestPostgres {
  let server: Throwaway | null = null;
  let admin: string | null = null;
  const made: string[] = [];
  beforeAll(async () => {
    const given = process.env.DATELINE_TEST_DATABASE_URL;
    if (given) admin = given;
    else {
      server = await startThrowaway();
      admin = server.url;
    }
  }, 60_000);
  afterAll(async () => {
    if (server) server.stop();
    else if (admin && made.length) {
      // A server given is left as it was found.
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      for (const name of made)
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await c.end();
    }
  }, 60_000);
  return {
    async fresh() {
      if (!admin) throw new Error('PostgreSQL did not start (see the error of beforeAll).');
      const name = `dateline_test_${randomBytes(6).toString('hex')}`;
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE ${name}`);
      } finally {
        await c.end();
      }
      made.push(name);
      return withDatabase(admin, name);
    },
  };
}
