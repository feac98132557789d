/**
 * One small database interface over the two engines the server runs on: embedded PGlite (a data folder, nothing to
 * install) and a PostgreSQL server (by URL, shared by any number of `gongkai worker` processes). The SQL is the
 * same for both and stays within PostgreSQL 15; only opening, transactions and pg-boss's adapter differ.
 */
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { ConstructorOptions } from 'pg-boss';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** What pg-boss needs to run on this database. */
  bossOptions(): Promise<ConstructorOptions>;
  close(): Promise<void>;
}

export async function openPglite(dir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db: PGlite = await PGlite.create(dir);
  return {
    kind: 'pglite',
    async query(text, params) {
      return (await db.query(text, params)).rows as never[];
    },
    async exec(text) {
      await db.exec(text);
    },
    transaction(fn) {
      return db.transaction((tx) =>
        fn({ query: async (text, params) => (await tx.query(text, params)).rows as never[] }),
      );
    },
    async bossOptions() {
      const { fromPglite } = await import('pg-boss');
      return { db: fromPglite(db), backend: 'pglite' };
    },
    async close() {
      await db.close();
    },
  };
}

export async function openPostgres(url: string): Promise<Db> {
  const { default: pgModule } = await import('pg');
  const pool: pg.Pool = new pgModule.Pool({ connectionString: url, max: 8 });
  // Fail now with a clear reason instead of on the first request.
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    async query(text, params) {
      return (await pool.query(text, params as unknown[])).rows;
    },
    async exec(text) {
      await pool.query(text);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({
          query: async (text, params) => (await client.query(text, params as unknown[])).rows,
        });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async bossOptions() {
      return { connectionString: url, max: 4 };
    },
    async close() {
      await pool.end();
    },
  };
}
